/**
 * Decap CMS configuration generated from the innovation schema and the rule set — never written
 * by hand. One collection per agency folder keeps ownership as clear as CODEOWNERS: a form saves
 * into that agency's folder only, and its evidence into the innovation's own evidence folder.
 */
import type { z } from 'zod';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { BODY_SECTIONS, createInnovationSchema } from '../../schemas/innovation.ts';
import { PROFILE_FIELDS } from '../content/profile-fields.ts';
import { unwrapField } from '../content/schema-fields.ts';
import { getLabels } from '../site/labels.ts';
import { formatScore } from '../format/number.ts';

/** Where the code host and its login live (from package.json `katalog.cms`). */
export interface CmsSettings {
	repo: string;
	branch: string;
	/** OAuth proxy for the GitHub backend (e.g. a small Cloudflare/Netlify function). */
	base_url?: string;
	/** Port of decap-server for `npm run admin` (default `LOCAL_BACKEND_PORT`). */
	local_port?: number;
}

/** decap-server's port for `npm run admin` unless `KATALOG_PORT_DECAP` says otherwise. */
export const LOCAL_BACKEND_PORT = 8081;

type Field = Record<string, unknown>;

/** The longest text a string field accepts, read from its schema. */
function maxLengthOf(schema: unknown): number {
	const maximum = (schema as { maxLength?: number | null } | undefined)?.maxLength;
	if (typeof maximum !== 'number')
		throw new Error('panjang maksimal kolom tidak terbaca dari skema');
	return maximum;
}

/** The Indonesian title/description a schema field carries in its `.meta()`. */
function docOf(schema: unknown): { label: string; hint?: string } {
	const meta = (
		schema as { meta?: () => { title?: string; description?: string } | undefined }
	).meta?.();
	return { label: meta?.title ?? '', ...(meta?.description ? { hint: meta.description } : {}) };
}

const options = (vocabulary: Record<string, string>) =>
	Object.entries(vocabulary).map(([value, label]) => ({ label, value }));

function levelOptions(texts: readonly string[]) {
	return [
		{ label: '0 — belum diklaim', value: 0 },
		...texts.map((text, index) => ({ label: `${index + 1} — ${text}`, value: index + 1 })),
	];
}

/** One evidence item: a file uploaded to the innovation's folder, or a link. */
const EVIDENCE_ITEM: Field = {
	label: 'Berkas atau tautan',
	name: 'berkas',
	widget: 'file',
	choose_url: true,
};

/** The evidence list widget, with the indicator's own evidence text as its hint. */
function evidenceField(hint: string): Field {
	return {
		label: 'Bukti',
		name: 'bukti',
		widget: 'list',
		required: false,
		hint,
		field: EVIDENCE_ITEM,
	};
}

/** One object widget per indicator: a select of its three parameter texts, evidence, a note. */
function indicatorFields(rules: RuleSet): Field[] {
	return rules.indikator.map((indicator) => {
		const fields: Field[] = [
			{
				label: 'Parameter',
				name: 'parameter',
				widget: 'select',
				options: levelOptions(indicator.parameter),
				default: 0,
			},
			evidenceField(
				`${indicator.bukti} Jenis berkas: ${indicator.jenis_berkas.join(', ').toUpperCase()}.`
			),
			{ label: 'Keterangan', name: 'keterangan', widget: 'string', required: false },
		];
		if (indicator.kunci === rules.kemanfaatan.indikator) {
			fields.splice(
				1,
				0,
				{
					label: 'Dasar pengukuran',
					name: 'dasar',
					widget: 'select',
					required: false,
					options: rules.kemanfaatan.dasar.map((basis) => ({
						label: `${basis.kode}. ${basis.nama} (${basis.label_pita.join(' / ')})`,
						value: basis.kunci,
					})),
				},
				{
					label: 'Nilai',
					name: 'nilai',
					widget: 'number',
					required: false,
					value_type: 'float',
					min: 0,
					hint: 'Angka hasil pengukuran dalam satuan dasar yang dipilih; harus sesuai parameter.',
				}
			);
		}
		// One label (the guide's number and name), one hint (weight, and whether IID requires it);
		// collapsed, the bar shows the claimed level instead of repeating the label.
		return {
			label: `${indicator.nomor}. ${indicator.nama}`,
			name: indicator.kunci,
			widget: 'object',
			collapsed: true,
			required: false,
			summary: 'Parameter yang diklaim: {{fields.parameter}}',
			hint: indicator.wajib
				? `Bobot ${formatScore(indicator.bobot)}. Indikator wajib IID: tanpa klaim ini inovasi kehilangan poin, tetapi isian boleh disimpan dulu.`
				: `Bobot ${formatScore(indicator.bobot)}.`,
			fields,
		};
	});
}

/**
 * Characters a form's text pattern refuses, as the schema does (`refuseUnprintable`): controls, bidi
 * controls and the noncharacters U+FFFE/U+FFFF, written for a RegExp without the `u` flag (Decap's).
 */
const UNPRINTABLE_RANGES =
	'\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufdd0-\\ufdef\\ufffe\\uffff';

/**
 * A one-line text pattern for Decap: 1..`max` characters without `<`, `>` or unprintables. The name
 * also gives the file name (Decap's ascii slug keeps `_` and `~`, which file names may not hold).
 */
function plainTextPattern(max: number, forSlug = false): [string, string] {
	const extra = forSlug ? '_~' : '';
	return [
		`^[^<>${extra}${UNPRINTABLE_RANGES}]{1,${max}}$`,
		`satu baris, 1–${max} karakter, tanpa < >${forSlug ? ' _ ~ (nama berkas dibuat dari nama ini)' : ''}`,
	];
}

/**
 * Dates are typed as the hint says, YYYY-MM-DD: Decap's date picker shows the browser's mm/dd/yyyy
 * and silently empties a date typed as 01/03/2025, so a plain field with a pattern is clearer.
 */
const DATE = {
	widget: 'string',
	pattern: ['^\\d{4}-\\d{2}-\\d{2}$', 'tulis tanggal sebagai YYYY-MM-DD, mis. 2025-03-01'],
	required: false,
};

/**
 * The frontmatter fields, in schema order, each labelled from the schema's metadata. Every schema key
 * needs a widget here or a reason in `NOT_IN_FORM`: a key without either throws, so a new field can
 * never silently miss the form.
 */
export function innovationFields(rules: RuleSet): Field[] {
	const shape = (
		createInnovationSchema(rules) as unknown as {
			_zod: {
				def: { in?: { shape: Record<string, z.ZodType> }; shape?: Record<string, z.ZodType> };
			};
		}
	)._zod.def;
	const fieldsOf = shape.shape ?? shape.in?.shape ?? {};
	const widgets: Record<string, Field> = {
		nama: { widget: 'string', pattern: plainTextPattern(maxLengthOf(fieldsOf.nama), true) },
		ringkasan: { widget: 'string', pattern: plainTextPattern(maxLengthOf(fieldsOf.ringkasan)) },
		...deriveSimpleWidgets(fieldsOf, rules),
		asta_cita: {
			widget: 'select',
			required: false,
			options: rules.asta_cita.map((item) => ({
				label: `${item.nomor}. ${item.nama}`,
				value: item.nomor,
			})),
		},
		pkpn: {
			widget: 'object',
			required: false,
			collapsed: true,
			fields: [
				{
					// Not required here: Decap enforces a child's `required` even when the optional
					// object is left empty; the schema (and the PR check) requires it once pkpn is given.
					label: 'Klaster',
					name: 'klaster',
					widget: 'select',
					required: false,
					options: rules.klaster_pkpn.map((item) => ({ label: item.nama, value: item.kunci })),
				},
				{ label: 'Butir program', name: 'program', widget: 'string', required: false },
			],
		},
		koordinat: {
			widget: 'object',
			required: false,
			collapsed: true,
			fields: [
				{
					label: 'Lintang',
					name: 'lintang',
					widget: 'number',
					required: false,
					value_type: 'float',
					min: -90,
					max: 90,
					hint: 'desimal, lintang selatan negatif, mis. -3.4512',
				},
				{
					label: 'Bujur',
					name: 'bujur',
					widget: 'number',
					required: false,
					value_type: 'float',
					min: -180,
					max: 180,
					hint: 'desimal, mis. 115.9950',
				},
			],
		},
		dokumen: {
			widget: 'object',
			required: false,
			collapsed: true,
			fields: [
				['anggaran', 'Dokumen anggaran'],
				['profil_bisnis', 'Profil bisnis'],
				['haki', 'Sertifikat HAKI'],
				['penghargaan', 'Piagam penghargaan'],
			].map(([name, label]) => ({ label: label!, name: name!, widget: 'file', required: false })),
		},
		foto: {
			widget: 'list',
			required: false,
			fields: [
				{ label: 'Judul', name: 'judul', widget: 'string' },
				{ label: 'Gambar', name: 'berkas', widget: 'image', choose_url: true },
			],
		},
		penghargaan: {
			widget: 'list',
			required: false,
			fields: [
				{ label: 'Nama penghargaan', name: 'nama', widget: 'string' },
				{
					label: 'Tahun',
					name: 'tahun',
					widget: 'number',
					value_type: 'int',
					min: 1945,
					max: 2100,
				},
				{ label: 'Pemberi', name: 'pemberi', widget: 'string' },
			],
		},
		kontak: {
			widget: 'object',
			required: false,
			collapsed: true,
			fields: [
				{ label: 'Nama', name: 'nama', widget: 'string', required: false },
				{
					label: 'Surel',
					name: 'email',
					widget: 'string',
					required: false,
					pattern: [
						'^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
						'alamat surel, mis. nama@tanahbumbukab.go.id',
					],
				},
				{
					label: 'Telepon',
					name: 'telepon',
					widget: 'string',
					required: false,
					pattern: ['^$|^\\+?[0-9][0-9 ()-]{5,20}$', 'angka, spasi, +, -, ()'],
				},
			],
		},
		indikator: { widget: 'object', required: false, fields: indicatorFields(rules) },
	};
	return Object.keys(fieldsOf)
		.filter((name) => !(name in NOT_IN_FORM))
		.map((name) => {
			const widget = widgets[name];
			if (!widget)
				throw new Error(
					`kunci \`${name}\` belum punya widget formulir di to-decap-config.ts (atau alasan di NOT_IN_FORM)`
				);
			return { ...docOf(fieldsOf[name]), name, ...widget };
		});
}

/** The form's label of the Markdown body (Decap's field `body`). */
export const BODY_LABEL = 'Isi';

/** Schema keys the form leaves out, and why. */
export const NOT_IN_FORM: Readonly<Record<string, string>> = {
	skpd: 'folder koleksi sudah menentukan SKPD pemilik',
	tematik: 'bentuk lama; isi Asta Cita dan PKPN (npm run migrasi:tematik memindahkannya)',
};

/** A link to the running service: https only, no user name before @ (as the schema). */
const HTTPS_PATTERN = [
	'^https://(?![^/?#]*@)\\S+$',
	'diawali https://, tanpa nama pengguna sebelum @',
];

/** Whether a field's value is a list (an array, or a preprocessed single-or-list). */
function isList(schema: z.ZodType): boolean {
	const def = (schema as unknown as { _zod: { def: { type: string; out?: z.ZodType } } })._zod.def;
	return def.type === 'array' || (def.type === 'pipe' && def.out !== undefined && isList(def.out));
}

/**
 * The widgets of the shown profile fields whose format says all (`profile-fields.ts`): a choice
 * from its vocabulary or the affairs, a date, a link, a line of text; required, list and default
 * from the schema. Other formats (national codes, nested objects) keep their own widget.
 */
function deriveSimpleWidgets(
	fieldsOf: Record<string, z.ZodType>,
	rules: RuleSet
): Record<string, Field> {
	const vocabularies = getLabels(rules) as unknown as Record<string, Record<string, string>>;
	return Object.fromEntries(
		PROFILE_FIELDS.flatMap((field): [string, Field][] => {
			const schema = fieldsOf[field.key];
			if (!schema) return [];
			const { inner, optional, defaultValue } = unwrapField(schema);
			const base = {
				...(optional ? { required: false } : {}),
				...(isList(inner) ? { multiple: true } : {}),
				...(typeof defaultValue === 'string' ? { default: defaultValue } : {}),
			};
			switch (field.format) {
				case 'pilihan':
					return [
						[
							field.key,
							{ widget: 'select', options: options(vocabularies[field.key] ?? {}), ...base },
						],
					];
				case 'urusan':
					return [
						[
							field.key,
							{
								widget: 'select',
								options: rules.urusan.map((affair) => ({
									label: affair.nama,
									value: affair.kunci,
								})),
								...base,
							},
						],
					];
				case 'tanggal':
					return [[field.key, { ...DATE, ...base }]];
				case 'tautan':
					return [[field.key, { widget: 'string', pattern: HTTPS_PATTERN, ...base }]];
				case 'teks':
					return [[field.key, { widget: 'string', ...base }]];
				default:
					return [];
			}
		})
	);
}

/** The whole `config.yml` object. */
export function toDecapConfig(
	rules: RuleSet,
	agencies: readonly { id: string; nama: string }[],
	settings: CmsSettings
) {
	const body = BODY_SECTIONS.map((title) => `## ${title}\n\n`).join('\n');
	const fields = [
		...innovationFields(rules),
		{
			label: BODY_LABEL,
			name: 'body',
			widget: 'markdown',
			default: body,
			hint: `Empat bagian berurutan; Rancang Bangun minimal ${rules.rancang_bangun_minimal_kata} kata.`,
		},
	];
	return {
		backend: {
			name: 'github',
			repo: settings.repo,
			branch: settings.branch,
			open_authoring: true,
			...(settings.base_url ? { base_url: settings.base_url } : {}),
			commit_messages: {
				create: 'Usulan {{collection}} "{{slug}}"',
				update: 'Perbarui {{collection}} "{{slug}}"',
				delete: 'Hapus {{collection}} "{{slug}}"',
			},
		},
		publish_mode: 'editorial_workflow',
		// Bahasa Indonesia, registered by public/admin/decap/init.js from src/admin/locale-id.js.
		locale: 'id',
		// Used only on localhost with `npm run admin` (decap-server); ignored on the published site.
		local_backend: {
			url: `http://127.0.0.1:${settings.local_port ?? LOCAL_BACKEND_PORT}/api/v1`,
			allowed_hosts: ['127.0.0.1', 'localhost'],
		},
		media_folder: 'public/bukti',
		public_folder: '/bukti',
		// File names must match content/inovasi/<skpd>/<slug>.md: lowercase ASCII words and dashes.
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: [...agencies]
			.sort((a, b) => (a.id < b.id ? -1 : 1))
			.map((agency) => ({
				name: `inovasi-${agency.id}`,
				label: `Inovasi — ${agency.nama}`,
				label_singular: 'Inovasi',
				folder: `content/inovasi/${agency.id}`,
				create: true,
				extension: 'md',
				format: 'frontmatter',
				slug: '{{fields.nama}}',
				identifier_field: 'nama',
				summary: '{{nama}} ({{tahapan}})',
				media_folder: `/public/bukti/${agency.id}/{{slug}}`,
				public_folder: `/bukti/${agency.id}/{{slug}}`,
				fields,
			})),
	};
}
