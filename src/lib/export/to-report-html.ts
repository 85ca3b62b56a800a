/**
 * The printable report, numbered like the national app's "LAPORAN INOVASI DAERAH": section 1 the
 * innovation's profile (1.1 …), section 2 "Indikator Inovasi" as No · Indikator · Informasi ·
 * Bukti Dukung. One document per innovation, or the whole package with a page break between
 * innovations. Built from the export's rows, so it shows exactly what the workbook holds; every
 * value is escaped, and the page carries no script and no outside resource.
 */
import { escapeMarkup } from '../html/escape.ts';
import { INDICATOR_COLUMNS, INNOVATION_COLUMNS, type Sheet } from './national-rows.ts';

/** Section 1 of the report: the profile columns shown, in the national numbering. */
const PROFILE: readonly (typeof INNOVATION_COLUMNS)[number][] = [
	'Nama Inovasi',
	'OPD Pelaksana',
	'Tahapan Inovasi',
	'Inisiator Inovasi Daerah',
	'Nama Inisiator',
	'Klasifikasi',
	'Jenis Inovasi',
	'Bentuk Inovasi Daerah',
	'Asta Cita',
	'Klaster PKPN',
	'Urusan Inovasi Daerah',
	'Waktu Uji Coba',
	'Waktu Penerapan',
	'Pengembangan Terbaru',
	'Rancang Bangun',
	'Tujuan',
	'Manfaat',
	'Hasil',
	'Anggaran',
	'Profil Bisnis',
];

const STYLE = `body{font:11pt/1.4 system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;color:#000}
h1{font-size:14pt;text-align:center}h2{font-size:12pt}table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #444;padding:.25rem .4rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#eee}.nomor{width:3rem}.label{width:28%}.teks{white-space:pre-wrap}article+article{break-before:page}
.catatan{font-size:9pt;color:#333}@page{margin:1.5cm}@media print{body{margin:0;padding:0;max-width:none}a{color:#000}}
@media (max-width:40rem){body{font-size:10pt;padding:0 .5rem}.nomor{width:2.2rem}}`;

const cell = (value: string | number | undefined) => escapeMarkup(String(value ?? ''));

/** Multi-line cell text (several evidence items) as escaped lines. */
const lines = (value: string | number | undefined) => cell(value).split('\n').join('<br>');

function renderInnovation(
	row: (string | number)[],
	indicators: readonly (string | number)[][],
	number: number
): string {
	const column = (name: string) =>
		row[INNOVATION_COLUMNS.indexOf(name as (typeof INNOVATION_COLUMNS)[number])];
	const at = (name: string) =>
		INDICATOR_COLUMNS.indexOf(name as (typeof INDICATOR_COLUMNS)[number]);
	const profile = PROFILE.map(
		(name, index) =>
			`<tr><td class="nomor">1.${index + 1}</td><th scope="row" class="label">${escapeMarkup(name)}</th><td class="teks">${cell(column(name))}</td></tr>`
	).join('');
	const evidence = (item: (string | number)[]) => {
		const details = [
			item[at('Nomor Dokumen')],
			item[at('Tanggal Dokumen')],
			item[at('Tentang/Judul')],
		]
			.map((value) => String(value ?? ''))
			.filter(Boolean)
			.join(' · ');
		return `${details ? `${lines(details)}<br>` : ''}${lines(item[at('Berkas/Tautan')])}`;
	};
	const table = indicators
		.map(
			(item) =>
				`<tr><td class="nomor">${cell(item[at('No')])}</td><td>${cell(item[at('Indikator')])}</td><td>${cell(item[at('Informasi')])}</td><td>${evidence(item)}<div class="catatan">Verifikasi: ${cell(item[at('Verifikasi')])}${item[at('Catatan Verifikator')] ? ` — ${cell(item[at('Catatan Verifikator')])}` : ''}</div></td></tr>`
		)
		.join('');
	return `<article id="${cell(column('ID'))}"><h1>LAPORAN INOVASI DAERAH</h1><p>${number}. ${cell(column('Nama Inovasi'))} (${cell(column('ID'))}) — kematangan klaim ${cell(column('Kematangan Klaim'))}, terverifikasi ${cell(column('Kematangan Terverifikasi'))}</p>
<h2>1. Profil Inovasi</h2><table><tbody>${profile}</tbody></table>
<h2>2. Indikator Inovasi</h2><table><thead><tr><th scope="col" class="nomor">No</th><th scope="col">Indikator</th><th scope="col">Informasi</th><th scope="col">Bukti Dukung</th></tr></thead><tbody>${table}</tbody></table></article>`;
}

/**
 * The report of the innovations in `ids` (all assessed ones when omitted), as one HTML document.
 * @param sheets the export's sheets (`buildNationalSheets`)
 */
export function toReportHtml(
	sheets: readonly Sheet[],
	title: string,
	ids?: readonly string[]
): string {
	const innovations = sheets.find((sheet) => sheet.nama === 'Inovasi')!;
	const indicators = sheets.find((sheet) => sheet.nama === 'Indikator')!;
	const idAt = INNOVATION_COLUMNS.indexOf('ID');
	const byId = new Map<string, (string | number)[][]>();
	for (const row of indicators.baris)
		byId.set(String(row[0]), [...(byId.get(String(row[0])) ?? []), row]);
	const chosen = innovations.baris.filter((row) =>
		ids ? ids.includes(String(row[idAt])) : byId.has(String(row[idAt]))
	);
	const body = chosen
		.map((row, index) => renderInnovation(row, byId.get(String(row[idAt])) ?? [], index + 1))
		.join('\n');
	return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeMarkup(title)}</title><style>${STYLE}</style></head><body>
${body || '<p>Belum ada inovasi yang dinilai.</p>'}
</body></html>
`;
}
