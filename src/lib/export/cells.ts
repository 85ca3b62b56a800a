/**
 * The cells of the export's sheets. Most are text or numbers; a date and a link are marked, so the
 * workbook writes a typed date and a clickable hyperlink while the CSV and the printed report
 * write their text. One row model, three renderings that cannot disagree.
 */

/** A calendar date, `YYYY-MM-DD` (no time, no time zone: a date never moves). */
export interface DateCell {
	tanggal: string;
}

/** A full `https://` address (evidence on the published site, or a link the agency gave). */
export interface LinkCell {
	tautan: string;
}

export type Cell = string | number | DateCell | LinkCell;

/** One sheet: ordered column headers and rows of cells. */
export interface Sheet {
	nama: string;
	kolom: string[];
	baris: Cell[][];
}

/** A date cell for an ISO date, or '' when there is none. */
export function toDateCell(date: string | undefined): DateCell | '' {
	return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? { tanggal: date } : '';
}

/** A link cell for an `https://` address, else the text as it is. */
export function toLinkCell(address: string | undefined): LinkCell | string {
	return address && /^https:\/\/\S+$/.test(address) ? { tautan: address } : (address ?? '');
}

/** The text of a cell, as the CSV and the report write it. */
export function toCellText(cell: Cell | undefined): string {
	if (cell === undefined) return '';
	if (typeof cell === 'string') return cell;
	if (typeof cell === 'number') return String(cell);
	return 'tanggal' in cell ? cell.tanggal : cell.tautan;
}

/** True for a cell that is a link. */
export function isLinkCell(cell: Cell | undefined): cell is LinkCell {
	return typeof cell === 'object' && 'tautan' in cell;
}
