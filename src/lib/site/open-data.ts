/**
 * Open-data files (`/data/inovasi.json`, `/data/inovasi.csv`, `/data/skema-inovasi.json`). Same
 * repository → byte-identical files: fixed key order, records sorted by id, no dates of the build.
 */
import { z } from 'zod';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { createInnovationSchema } from '../../schemas/innovation.ts';
import { round2 } from '../scoring/round.ts';
import type { InnovationView } from './innovation-view.ts';

/** One record of `inovasi.json`: every frontmatter field plus the scores. */
export function toInnovationRecord(view: InnovationView) {
	const { data, score } = view;
	return {
		id: view.id,
		skpd: view.skpd,
		skpd_nama: view.skpdNama,
		slug: view.slug,
		nama: data.nama,
		ringkasan: data.ringkasan,
		tahapan: data.tahapan,
		inisiator: data.inisiator,
		nama_inisiator: data.nama_inisiator ?? null,
		klasifikasi: data.klasifikasi,
		jenis: data.jenis,
		bentuk: data.bentuk,
		urusan: data.urusan,
		urusan_lain: data.urusan_lain,
		tematik: data.tematik,
		penghargaan: data.penghargaan,
		waktu_uji_coba: data.waktu_uji_coba ?? null,
		waktu_penerapan: data.waktu_penerapan ?? null,
		waktu_pengembangan: data.waktu_pengembangan ?? null,
		tautan: data.tautan ?? null,
		kontak: data.kontak ?? null,
		kematangan: round2(score.kematangan),
		dinilai: score.eligibility.dinilai,
		alasan: score.eligibility.alasan,
		indikator_wajib_kurang: score.maturity.wajib_kurang,
		indikator: score.maturity.rows.map((row) => ({ kunci: row.kunci, parameter: row.parameter, bobot: row.bobot, skor: round2(row.skor), bukti: row.bukti })),
	};
}

/**
 * `inovasi.json`: a JSON array sorted by id with one record per line, newline-terminated. One
 * line per innovation keeps diffs readable and the file small (pretty-printing every indicator
 * row made it 46 MB at 10,000 innovations), and lets a reader stream it line by line.
 */
export function toInnovationJson(views: readonly InnovationView[]): string {
	const lines = [...views].sort((a, b) => (a.id < b.id ? -1 : 1)).map((view) => JSON.stringify(toInnovationRecord(view)));
	return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}

/**
 * One CSV cell (RFC 4180). Cells that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`)
 * get a leading apostrophe: the text comes from many agencies and must not run in Excel.
 */
export function toCsvCell(value: unknown): string {
	let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** `inovasi.csv`: UTF-8 with BOM (so Excel reads it as UTF-8), CRLF rows, one column per indicator. */
export function toInnovationCsv(views: readonly InnovationView[], rules: RuleSet): string {
	const indicatorKeys = rules.indikator.map((indicator) => indicator.kunci);
	const header = ['id', 'nama', 'skpd', 'skpd_nama', 'tahapan', 'jenis', 'bentuk', 'urusan', 'urusan_lain', 'tematik', 'inisiator', 'klasifikasi', 'waktu_uji_coba', 'waktu_penerapan', 'waktu_pengembangan', 'tautan', 'kematangan', 'dinilai', 'alasan', ...indicatorKeys.map((key) => `parameter_${key}`)];
	const rows = [...views]
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.map((view) => {
			const record = toInnovationRecord(view);
			const parameters = new Map(record.indikator.map((row) => [row.kunci, row.parameter]));
			return [record.id, record.nama, record.skpd, record.skpd_nama, record.tahapan, record.jenis, record.bentuk, record.urusan, record.urusan_lain, record.tematik, record.inisiator, record.klasifikasi, record.waktu_uji_coba, record.waktu_penerapan, record.waktu_pengembangan, record.tautan, record.kematangan, record.dinilai ? 'ya' : 'tidak', record.alasan, ...indicatorKeys.map((key) => parameters.get(key) ?? 0)];
		});
	return `\uFEFF${[header, ...rows].map((row) => row.map(toCsvCell).join(',')).join('\r\n')}\r\n`;
}

/** JSON Schema (draft-07) of what an SKPD writes, generated from the zod schema. */
export function toInnovationJsonSchema(rules: RuleSet): string {
	const schema = z.toJSONSchema(createInnovationSchema(rules), { target: 'draft-7', io: 'input', unrepresentable: 'any' });
	const titled = { ...schema, title: `Frontmatter inovasi daerah (aturan ${rules.tahun})` };
	return `${JSON.stringify(titled, null, 2)}\n`;
}
