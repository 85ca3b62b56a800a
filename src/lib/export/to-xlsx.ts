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
			const longest = findLongestLine(header, sheet.baris, index);
			const column = worksheet.getColumn(index + 1);
			column.width = Math.min(MAX_WIDTH, Math.max(6, longest + 2));
			if (longest > MAX_WIDTH) column.alignment = { wrapText: true, vertical: 'top' };
		});
	}
	return new Uint8Array(await withZipDate(stamp, () => workbook.xlsx.writeBuffer()));
}

/**
 * The length of the longest first line in column `index`, heading included. A loop, not
 * `Math.max(...cells)`: spreading 200,000 cells (10,000 assessed innovations × 20 indicators)
 * overflows the call stack, which stopped the site's build at 40,000 innovations.
 */
export function findLongestLine(
	header: string,
	rows: readonly (readonly (string | number | null | undefined)[])[],
	index: number
): number {
	let longest = header.length;
	for (const row of rows) {
		const cell = String(row[index] ?? '');
		const end = cell.indexOf('\n');
		longest = Math.max(longest, end === -1 ? cell.length : end);
	}
	return longest;
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
