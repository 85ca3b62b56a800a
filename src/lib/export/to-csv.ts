/**
 * A sheet as CSV for spreadsheets: UTF-8 with BOM (so Excel reads it as UTF-8), CRLF rows, cells
 * escaped as RFC 4180 and guarded against formulas (`toCsvCell`).
 */
import { toCsvCell } from '../site/open-data.ts';
import { toCellText, type Sheet } from './cells.ts';

/** The CSV text of one sheet: dates as `YYYY-MM-DD`, links as their address, numbers unaltered. */
export function toSheetCsv(sheet: Sheet): string {
	const lines = [sheet.kolom, ...sheet.baris].map((row) =>
		row.map((cell) => toCsvCell(typeof cell === 'number' ? cell : toCellText(cell))).join(',')
	);
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
