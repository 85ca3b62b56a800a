/**
 * The export's workbook, written with exceljs: one worksheet per sheet, a bold frozen header row
 * with a filter, widths from the content, long text wrapped. Numbers are numbers, dates are typed
 * date cells (`yyyy-mm-dd`, written at UTC midnight so no time zone moves them), addresses are
 * hyperlinks. Cells are written as values (never formulas), so text from agencies cannot run in a
 * spreadsheet. The workbook's dates are the build date, so the same repository on the same day
 * gives the same file.
 */
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { dropNotXml } from '../html/escape.ts';
import { toCellText, type Cell, type Sheet } from './cells.ts';

/** How a date cell shows: the ISO form the rest of the catalogue uses. */
const DATE_FORMAT = 'yyyy-mm-dd';

/**
 * A cell as exceljs writes it. Text drops characters XML cannot hold: content checks refuse them,
 * but one U+FFFE that slipped through would make the whole file unreadable.
 */
function toWorkbookValue(cell: Cell): ExcelJS.CellValue {
	if (typeof cell === 'string') return dropNotXml(cell);
	if (typeof cell === 'number') return cell;
	if ('tanggal' in cell) {
		const [year, month, day] = cell.tanggal.split('-').map(Number) as [number, number, number];
		return new Date(Date.UTC(year, month - 1, day));
	}
	const address = dropNotXml(cell.tautan);
	return { text: address, hyperlink: address };
}

/** The spreadsheet column letters of column `count` (1 → A, 27 → AA). */
function toColumnLetters(count: number): string {
	let letters = '';
	for (let rest = count; rest > 0; rest = Math.floor((rest - 1) / 26))
		letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
	return letters;
}

/** Widest column, in characters. */
const MAX_WIDTH = 60;

/**
 * The workbook's bytes. Written with exceljs's streaming writer: rows are serialised as they are
 * added instead of kept as cell objects, which at 40,000 innovations (800,000 indicator rows) ran
 * the document writer out of a 4 GB heap, and is a third faster at 10,000.
 */
export async function toXlsx(sheets: readonly Sheet[], date: string): Promise<Uint8Array> {
	const stamp = new Date(`${date}T00:00:00Z`);
	const output = new PassThrough();
	const chunks: Buffer[] = [];
	output.on('data', (chunk: Buffer) => chunks.push(chunk));
	const workbook = createStampedWriter(output, stamp);
	workbook.creator = 'Katalog Inovasi Daerah';
	workbook.lastModifiedBy = 'Katalog Inovasi Daerah';
	workbook.created = stamp;
	workbook.modified = stamp;
	for (const sheet of sheets) {
		const worksheet = workbook.addWorksheet(sheet.nama, {
			views: [{ state: 'frozen', ySplit: 1 }],
		});
		worksheet.autoFilter = `A1:${toColumnLetters(sheet.kolom.length)}1`;
		// Widths and wrapping are column styles, so they are set before the first row is written.
		worksheet.columns = sheet.kolom.map((header, index) => {
			const longest = findLongestLine(header, sheet.baris, index);
			return {
				width: Math.min(MAX_WIDTH, Math.max(6, longest + 2)),
				...(longest > MAX_WIDTH && { style: { alignment: { wrapText: true, vertical: 'top' } } }),
			};
		});
		const heading = worksheet.addRow(sheet.kolom.map(toWorkbookValue));
		heading.font = { bold: true };
		heading.commit();
		for (const cells of sheet.baris) {
			const row = worksheet.addRow(cells.map(toWorkbookValue));
			cells.forEach((cell, index) => {
				if (typeof cell === 'object' && 'tanggal' in cell)
					row.getCell(index + 1).numFmt = DATE_FORMAT;
			});
			row.commit();
		}
		worksheet.commit();
	}
	await workbook.commit();
	return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A streaming writer whose zip entries all carry `date`: the zip library (archiver) stamps each
 * entry with the current time, so two runs would differ in those bytes. Entries appended later
 * get the date through `append`'s own option; the two the constructor appends at once (theme,
 * relationships) are stamped by letting `new Date()` mean `date` for that synchronous call only.
 */
function createStampedWriter(stream: PassThrough, date: Date): ExcelJS.stream.xlsx.WorkbookWriter {
	const RealDate = Date;
	globalThis.Date = class extends RealDate {
		constructor(...args: ConstructorParameters<DateConstructor> | []) {
			super(...((args.length > 0 ? args : [date.getTime()]) as [number]));
		}
	} as DateConstructor;
	let workbook: ExcelJS.stream.xlsx.WorkbookWriter;
	try {
		workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
			stream,
			useStyles: true,
			useSharedStrings: true,
			zip: { zlib: { level: 9 } },
		});
	} finally {
		globalThis.Date = RealDate;
	}
	const zip = (
		workbook as unknown as { zip: { append: (source: unknown, data: object) => unknown } }
	).zip;
	const append = zip.append.bind(zip);
	zip.append = (source, data) => append(source, { ...data, date });
	return workbook;
}

/**
 * The length of the longest first line in column `index`, heading included. A loop, not
 * `Math.max(...cells)`: spreading 200,000 cells (10,000 assessed innovations × 20 indicators)
 * overflows the call stack, which stopped the site's build at 40,000 innovations.
 */
export function findLongestLine(
	header: string,
	rows: readonly (readonly (Cell | null | undefined)[])[],
	index: number
): number {
	let longest = header.length;
	for (const row of rows) {
		const cell = toCellText(row[index] ?? undefined);
		const end = cell.indexOf('\n');
		longest = Math.max(longest, end === -1 ? cell.length : end);
	}
	return longest;
}
