/**
 * Open-data files (`/data/inovasi.json`, `/data/inovasi.csv`, `/data/skema-inovasi.json`,
 * `/data/skema-verifikasi.json`). Same
 * repository → byte-identical files: fixed key order, records sorted by id, no dates of the build.
 */
import { z } from 'zod';
import { PROFILE_FIELDS } from '../content/profile-fields.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { createInnovationSchema } from '../../schemas/innovation.ts';
import {
	createInnovationVerificationSchema,
	createRegionVerificationSchema,
} from '../../schemas/verification.ts';
import { getEvidenceRefOf } from '../../schemas/answer.ts';
import { round2 } from '../scoring/round.ts';
import { OPEN_DATA_VERSION } from './data-version.ts';
import type { InnovationView } from './innovation-view.ts';

/** Frontmatter keys that are not copied as they are: the folder gives `skpd`; answers are scored rows. */
const DERIVED_KEYS = new Set(['skpd', 'indikator']);

/**
 * The frontmatter keys of a record, in schema order (every key the schema declares, so a new field
 * reaches the open data without being listed here).
 */
export function listRecordKeys(rules: RuleSet): string[] {
	return Object.keys(getInnovationShape(rules)).filter((key) => !DERIVED_KEYS.has(key));
}

const shapes = new WeakMap<RuleSet, Record<string, unknown>>();
function getInnovationShape(rules: RuleSet): Record<string, unknown> {
	let shape = shapes.get(rules);
	if (!shape) shapes.set(rules, (shape = createInnovationSchema(rules).shape));
	return shape;
}

/** One record of `inovasi.json`: every frontmatter field (absent ones as null) plus the scores. */
export function toInnovationRecord(view: InnovationView, rules: RuleSet) {
	const { data, score } = view;
	const fields = Object.fromEntries(
		listRecordKeys(rules).map((key) => [key, (data as Record<string, unknown>)[key] ?? null])
	);
	return {
		id: view.id,
		skpd: view.skpd,
		skpd_nama: view.skpdNama,
		slug: view.slug,
		...fields,
		kematangan: round2(score.kematangan),
		dinilai: score.kelayakan.dinilai,
		alasan: score.kelayakan.alasan,
		indikator_wajib_kurang: score.wajib_kurang,
		indikator: score.baris.map((row) => ({
			kunci: row.kunci,
			parameter: row.parameter,
			bobot: row.bobot,
			skor: round2(row.skor),
			bukti: row.bukti.map(getEvidenceRefOf),
			// Only where an item has details (nomor, tanggal, tentang): a copy of `bukti` on every
			// row was a third of the file, 56 MB at 40,000 innovations.
			...(row.bukti.some((item) => typeof item !== 'string') && {
				bukti_rincian: row.bukti.map((item) =>
					typeof item === 'string' ? { berkas: item } : item
				),
			}),
		})),
		// Added in version 2: which shape and rule year the record follows, and the coordinator's
		// decisions (the verified level of each accepted claim only, so the file stays small).
		versi_data: OPEN_DATA_VERSION,
		tahun_aturan: rules.tahun,
		kematangan_terverifikasi: round2(score.verifikasi.kematangan),
		status_layak: score.verifikasi.status_layak,
		parameter_terverifikasi: Object.fromEntries(
			score.verifikasi.baris
				.filter((row) => row.parameter > 0)
				.map((row) => [row.kunci, row.parameter])
		),
	};
}

/**
 * `inovasi.json`: a JSON array sorted by id with one record per line, newline-terminated. One
 * line per innovation keeps diffs readable and the file small (pretty-printing every indicator
 * row made it 46 MB at 10,000 innovations), and lets a reader stream it line by line.
 */
export function toInnovationJson(views: readonly InnovationView[], rules: RuleSet): string {
	const lines = [...views]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((view) => JSON.stringify(toInnovationRecord(view, rules)));
	return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}

/** A plain decimal number (a latitude `-3.41`, a count): data, never altered. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Puts an apostrophe before every formula trigger (`=`, `+`, `-`, `@`) that starts the text or
 * follows a list separator or a line break, unless that piece is a plain number. Indonesian Excel
 * splits on `;`, so `x;=HYPERLINK(…)` would run there although the cell does not start with `=`.
 */
function guardFormulas(text: string): string {
	return text
		.split(/([,;\t\r\n])/)
		.map((piece, index) => {
			if (index % 2 === 1 || PLAIN_NUMBER.test(piece.trim())) return piece;
			const lead = /^[ \u00A0]*/.exec(piece)![0];
			return /^[=+\-@]/.test(piece.slice(lead.length))
				? `${lead}'${piece.slice(lead.length)}`
				: piece;
		})
		.join('');
}

/**
 * One CSV cell (RFC 4180). Text a spreadsheet would read as a formula, at the start or after any
 * separator or line break, gets an apostrophe (`guardFormulas`): the text comes from many agencies
 * and must not run in Excel. Numbers are never altered.
 */
export function toCsvCell(value: unknown): string {
	let text =
		value === null || value === undefined
			? ''
			: Array.isArray(value)
				? value.join('; ')
				: typeof value === 'string'
					? value
					: typeof value === 'number' || typeof value === 'boolean'
						? String(value)
						: JSON.stringify(value);
	if (typeof value !== 'number') text = guardFormulas(text);
	return /[",\t\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type InnovationRecord = ReturnType<typeof toInnovationRecord>;

/** The columns of `inovasi.csv`, in order: header and cell from one declaration. */
const CSV_COLUMNS: readonly [string, (record: InnovationRecord) => unknown][] = [
	...[
		'id',
		'nama',
		'skpd',
		'skpd_nama',
		'tahapan',
		'jenis',
		'bentuk',
		'urusan',
		'urusan_lain',
		'tematik',
		'asta_cita',
		'inisiator',
		'klasifikasi',
		'waktu_uji_coba',
		'waktu_penerapan',
		'waktu_pengembangan',
		'tautan',
		'kematangan',
	].map(
		(key) =>
			[key, (record: InnovationRecord) => (record as Record<string, unknown>)[key]] as [
				string,
				(record: InnovationRecord) => unknown,
			]
	),
	['dinilai', (record) => (record.dinilai ? 'ya' : 'tidak')],
	['alasan', (record) => record.alasan],
	['pkpn_klaster', (record) => field(record, 'pkpn', 'klaster')],
	['pkpn_program', (record) => field(record, 'pkpn', 'program')],
	['lintang', (record) => field(record, 'koordinat', 'lintang')],
	['bujur', (record) => field(record, 'koordinat', 'bujur')],
];

/** A nested value of a record (`pkpn.klaster`), or undefined. */
function field(record: InnovationRecord, key: string, inner: string): unknown {
	const value = (record as Record<string, unknown>)[key];
	return value !== null && typeof value === 'object'
		? (value as Record<string, unknown>)[inner]
		: undefined;
}

/**
 * A shown profile field declared with a CSV column (`profile-fields.ts`) that the fixed columns
 * above do not have yet: appended after them, so earlier columns keep their place.
 */
const PROFILE_COLUMNS: readonly [string, (record: InnovationRecord) => unknown][] =
	PROFILE_FIELDS.filter(
		(field) => field.csv === 'kolom' && !CSV_COLUMNS.some(([name]) => name === field.key)
	).map((field) => [field.key, (record) => (record as Record<string, unknown>)[field.key]]);

/**
 * Frontmatter keys the CSV leaves out, and why (all are in `inovasi.json`): a shown profile field
 * says why in its declaration; a test fails when a schema key is neither a column nor here.
 */
export const CSV_LEFT_OUT: Readonly<Record<string, string>> = {
	...Object.fromEntries(
		PROFILE_FIELDS.flatMap((field) =>
			field.csv === 'kolom' ? [] : [[field.key, field.csv.alasan]]
		)
	),
	ringkasan: 'teks panjang; dibaca di situs atau inovasi.json',
	penghargaan: 'daftar bertingkat; ada di inovasi.json',
	kontak: 'kontak petugas tidak diulang di lembar kerja; ada di inovasi.json',
	indikator: 'satu kolom parameter_<kunci> per indikator',
	koordinat: 'dipecah menjadi kolom lintang dan bujur',
	dokumen: 'daftar berkas; ada di inovasi.json',
	foto: 'daftar bertingkat; ada di inovasi.json',
};

/** Header names of `inovasi.csv` for a rule set (fixed columns, then one per indicator). */
export function listCsvHeader(rules: RuleSet): string[] {
	return [
		...CSV_COLUMNS.map(([name]) => name),
		...PROFILE_COLUMNS.map(([name]) => name),
		...rules.indikator.map((indicator) => `parameter_${indicator.kunci}`),
		// Added in version 2, last so that earlier columns keep their place.
		'versi_data',
		'tahun_aturan',
	];
}

/** `inovasi.csv`: UTF-8 with BOM (so Excel reads it as UTF-8), CRLF rows, one column per indicator. */
export function toInnovationCsv(views: readonly InnovationView[], rules: RuleSet): string {
	const indicatorKeys = rules.indikator.map((indicator) => indicator.kunci);
	const rows = [...views]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((view) => {
			const record = toInnovationRecord(view, rules);
			const parameters = new Map(record.indikator.map((row) => [row.kunci, row.parameter]));
			return [
				...CSV_COLUMNS.map(([, cell]) => cell(record)),
				...PROFILE_COLUMNS.map(([, cell]) => cell(record)),
				...indicatorKeys.map((key) => parameters.get(key) ?? 0),
				OPEN_DATA_VERSION,
				rules.tahun,
			];
		});
	return `\uFEFF${[listCsvHeader(rules), ...rows].map((row) => row.map(toCsvCell).join(',')).join('\r\n')}\r\n`;
}

/** JSON Schema (draft-07) of what an SKPD writes, generated from the zod schema. */
export function toInnovationJsonSchema(rules: RuleSet): string {
	const schema = z.toJSONSchema(createInnovationSchema(rules), {
		target: 'draft-7',
		io: 'input',
		unrepresentable: 'any',
	});
	const titled = { ...schema, title: `Frontmatter inovasi daerah (aturan ${rules.tahun})` };
	return `${JSON.stringify(titled, null, 2)}\n`;
}

/**
 * JSON Schema (draft-07) of what a coordinator's verification file holds: one innovation's
 * (`content/verifikasi/<skpd>/<slug>.yml`) or the region's SPD rows (`content/verifikasi/pemda.yml`).
 */
export function toVerificationJsonSchema(rules: RuleSet): string {
	const options = { target: 'draft-7', io: 'input', unrepresentable: 'any' } as const;
	const innovation = z.toJSONSchema(createInnovationVerificationSchema(rules), options);
	const region = z.toJSONSchema(createRegionVerificationSchema(rules), options);
	const strip = ({ $schema: _schema, ...rest }: Record<string, unknown>) => rest;
	const schema = {
		$schema: innovation.$schema,
		title: `Berkas verifikasi koordinator (aturan ${rules.tahun})`,
		anyOf: [
			{ title: 'content/verifikasi/<skpd>/<slug>.yml', ...strip(innovation) },
			{ title: 'content/verifikasi/pemda.yml', ...strip(region) },
		],
	};
	return `${JSON.stringify(schema, null, 2)}\n`;
}
