/**
 * The files of the national export, declared once: `npm run ekspor` writes them to a folder and the
 * site publishes the same bytes under `/data/ekspor/` for the coordinator room's download.
 */
import { toSheetCsv } from './to-csv.ts';
import { toReportHtml } from './to-report-html.ts';
import { toXlsx } from './to-xlsx.ts';
import type { Sheet } from './national-rows.ts';

export interface ExportFile {
	/** File name, also its path under `/data/ekspor/`. */
	nama: string;
	/** What it holds, for the download list (Indonesian). */
	isi: string;
	contentType: string;
	/**
	 * Also published on the site (`/data/ekspor/`). Only the workbook is: the CSV copies and the
	 * printable report grow with the catalogue (indikator.csv and laporan.html reach tens of MB at
	 * 10,000 innovations) against the Pages size limit, and `npm run ekspor` writes them all.
	 */
	situs: boolean;
	build: (
		sheets: readonly Sheet[],
		context: { date: string; title: string }
	) => Promise<Uint8Array> | Uint8Array;
}

const text = (value: string) => new TextEncoder().encode(value);
const csv = (sheet: string, isi: string): ExportFile => ({
	nama: `${sheet.toLowerCase()}.csv`,
	isi,
	// The workbook already carries these sheets, compressed; the site publishes only the workbook.
	situs: false,
	contentType: 'text/csv; charset=utf-8',
	build: (sheets) => text(toSheetCsv(sheets.find((item) => item.nama === sheet)!)),
});

export const EXPORT_FILES: readonly ExportFile[] = [
	{
		nama: 'formulir-nasional.xlsx',
		situs: true,
		isi: 'buku kerja: Pemda, SPD, Inovasi (urutan formulir nasional), Indikator (per inovasi × indikator)',
		contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		build: (sheets, { date }) => toXlsx(sheets, date),
	},
	csv('Pemda', 'ringkasan daerah: SPD, n, IID klaim dan terverifikasi'),
	csv('SPD', 'indikator pemda dengan bukti dan verifikasinya'),
	csv('Inovasi', 'satu baris per inovasi, urutan formulir nasional'),
	csv(
		'Indikator',
		'satu baris per inovasi dinilai × indikator 16–35, dengan rincian bukti dan verifikasi'
	),
	{
		nama: 'laporan.html',
		situs: false,
		isi: 'laporan cetak semua inovasi yang dinilai, bernomor seperti laporan aplikasi nasional',
		contentType: 'text/html; charset=utf-8',
		build: (sheets, { title }) => text(toReportHtml(sheets, title)),
	},
];

/** The export files the site publishes under `/data/ekspor/`. */
export const SITE_EXPORT_FILES: readonly ExportFile[] = EXPORT_FILES.filter((file) => file.situs);
