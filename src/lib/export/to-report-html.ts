/**
 * The printable report, numbered like the national app's "LAPORAN INOVASI DAERAH": section 1 the
 * innovation's profile (1.1 …), section 2 "Indikator Inovasi" as No · Indikator · Informasi ·
 * Bukti Dukung. One document per innovation, or the whole package with a page break between
 * innovations. Built from the export's rows, so it shows exactly what the workbook holds; every
 * value is escaped, and the page carries no script and no outside resource.
 */
import { escapeMarkup } from '../html/escape.ts';
import { isLinkCell, toCellText, type Cell, type Sheet } from './cells.ts';
import { INDICATOR_COLUMNS, INNOVATION_COLUMNS } from './national-rows.ts';

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
	'Dokumen HAKI',
	'Dokumen Penghargaan',
	'Foto',
	'Tautan Video',
	'Penghargaan',
	'Tautan Layanan',
];

const STYLE = `body{font:11pt/1.4 system-ui,sans-serif;margin:1rem auto;max-width:60rem;padding:0 1rem;color:#000}
h1{font-size:14pt;text-align:center}h2{font-size:12pt}table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #444;padding:.25rem .4rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
th{background:#eee}.nomor{width:3rem}.label{width:28%}.teks{white-space:pre-wrap}article+article{break-before:page}
.catatan{font-size:9pt;color:#333}.dokumen{margin:0;padding-left:1.2rem}@page{margin:1.5cm}@media print{body{margin:0;padding:0;max-width:none}a{color:#000}}
@media (max-width:40rem){body{font-size:10pt;padding:0 .5rem}.nomor{width:2.2rem}}`;

const cell = (value: Cell | undefined) => escapeMarkup(toCellText(value));

/** A link cell as an anchor, any other cell as escaped text. */
const linkOrText = (value: Cell | undefined) =>
	isLinkCell(value)
		? `<a href="${escapeMarkup(value.tautan)}">${escapeMarkup(value.tautan)}</a>`
		: cell(value);

const indicatorAt = (name: (typeof INDICATOR_COLUMNS)[number]) => INDICATOR_COLUMNS.indexOf(name);

/** One document of an indicator: its number, date and subject, then its file or link. */
function renderDocument(row: readonly Cell[]): string {
	const details = (['Nomor Dokumen', 'Tanggal Dokumen', 'Tentang/Judul'] as const)
		.map((name) => toCellText(row[indicatorAt(name)]))
		.filter(Boolean)
		.map((text) => escapeMarkup(text))
		.join(' · ');
	const ref = linkOrText(row[indicatorAt('Berkas/Tautan')]);
	return `<li>${details ? `${details}<br>` : ''}${ref}</li>`;
}

/** One indicator (its rows, one per document) as a row of section 2. */
function renderIndicator(rows: readonly (readonly Cell[])[]): string {
	const [first] = rows as [readonly Cell[]];
	const at = (name: (typeof INDICATOR_COLUMNS)[number]) => first[indicatorAt(name)];
	const verified = toCellText(at('Informasi Terverifikasi (disalin)'));
	const information = verified
		? cell(verified)
		: `<span class="catatan">belum diterima; klaim: ${cell(at('Informasi Klaim')) || '–'}</span>`;
	const documents = rows.filter((row) => toCellText(row[indicatorAt('Dokumen')]) !== '');
	const evidence = documents.length
		? `<ol class="dokumen">${documents.map(renderDocument).join('')}</ol>`
		: '';
	const note = toCellText(at('Catatan Verifikator'));
	return `<tr><td class="nomor">${cell(at('No'))}</td><td>${cell(at('Indikator'))}</td><td>${information}</td><td>${evidence}<div class="catatan">Verifikasi: ${cell(at('Status Verifikasi'))}${note ? ` — ${escapeMarkup(note)}` : ''}</div></td></tr>`;
}

function renderInnovation(
	row: readonly Cell[],
	indicators: readonly (readonly Cell[])[],
	number: number
): string {
	const column = (name: string) =>
		row[INNOVATION_COLUMNS.indexOf(name as (typeof INNOVATION_COLUMNS)[number])];
	const profile = PROFILE.map(
		(name, index) =>
			`<tr><td class="nomor">1.${index + 1}</td><th scope="row" class="label">${escapeMarkup(name)}</th><td class="teks">${linkOrText(column(name))}</td></tr>`
	).join('');
	const byIndicator = new Map<string, (readonly Cell[])[]>();
	for (const item of indicators) {
		const key = toCellText(item[indicatorAt('No')]);
		byIndicator.set(key, [...(byIndicator.get(key) ?? []), item]);
	}
	const table = [...byIndicator.values()].map(renderIndicator).join('');
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
	const byId = new Map<string, Cell[][]>();
	for (const row of indicators.baris)
		byId.set(toCellText(row[0]), [...(byId.get(toCellText(row[0])) ?? []), row]);
	const chosen = innovations.baris.filter((row) =>
		ids ? ids.includes(toCellText(row[idAt])) : byId.has(toCellText(row[idAt]))
	);
	const body = chosen
		.map((row, index) => renderInnovation(row, byId.get(toCellText(row[idAt])) ?? [], index + 1))
		.join('\n');
	return `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><meta name="referrer" content="no-referrer"><title>${escapeMarkup(title)}</title><style>${STYLE}</style></head><body>
${body || '<p>Belum ada inovasi yang dinilai.</p>'}
</body></html>
`;
}
