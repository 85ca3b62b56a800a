/**
 * The export's workbook, written with exceljs: one worksheet per sheet, a bold frozen header row,
 * widths from the content, long text wrapped. Cells are written as values (never formulas), so
 * text from agencies cannot run in a spreadsheet. The workbook's dates are the build date, so the
 * same repository on the same day gives the same file.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Sheet } from './national-rows.ts';

/** Widest column, in characters. */
const MAX_WIDTH = 60;

/** The workbook's bytes. */
export async function toXlsx(sheets: readonly Sheet[], date: string): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	const stamp = new Date(`${date}T00:00:00Z`);
	workbook.creator = 'Katalog Inovasi Daerah';
	workbook.lastModifiedBy = 'Katalog Inovasi Daerah';
	workbook.created = stamp;
	workbook.modified = stamp;
	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheet.nama, {
			views: [{ state: 'frozen', ySplit: 1 }],
		});
		worksheet.addRow(sheet.kolom).font = { bold: true };
		for (const row of sheet.baris) worksheet.addRow(row);
		sheet.kolom.forEach((header, index) => {
			const longest = Math.max(
				header.length,
				...sheet.baris.map((row) => String(row[index] ?? '').split('\n')[0]!.length)
			);
			const column = worksheet.getColumn(index + 1);
			column.width = Math.min(MAX_WIDTH, Math.max(6, longest + 2));
			if (longest > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
		});
	}
	return new Uint8Array(await withZipDate(stamp, () => workbook.xlsx.writeBuffer()));
}

/**
 * Runs `write` with JSZip's default entry date set to `date`: exceljs zips through JSZip, which
 * otherwise stamps every entry with the current time, so two runs would differ in those bytes.
 */
async function withZipDate<T>(date: Date, write: () => Promise<T>): Promise<T> {
	const defaults = (JSZip as unknown as { defaults: { date: Date | null } }).defaults;
	const previous = defaults.date;
	defaults.date = date;
	try {
		return await write();
	} finally {
		defaults.date = previous;
	}
}
