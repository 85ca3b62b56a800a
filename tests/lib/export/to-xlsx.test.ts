import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { findLongestLine, toXlsx } from '../../../src/lib/export/to-xlsx.ts';
import { findXmlProblems } from '../../helpers/xml.ts';

describe('findLongestLine', () => {
	test.each([
		['the heading when the cells are shorter', 'Indikator', [['ab'], ['abc']], 9],
		['the first line of a multi-line cell', 'No', [['satu\nbaris kedua yang panjang']], 4],
		['numbers and empty cells as text', 'X', [[12345], [null], []], 5],
	])('%s', (_, header, rows, expected) => {
		expect(findLongestLine(header, rows, 0)).toBe(expected);
	});

	test('a column of 40,000 innovations × 20 indicators (spreading it overflowed the stack)', () => {
		const rows = Array.from({ length: 800_000 }, (_, index) => [
			index === 12_345 ? 'x'.repeat(70) : 'y',
		]);
		expect(findLongestLine('Kolom', rows, 0)).toBe(70);
	});
});

describe('toXlsx', () => {
	test('a cell holding characters XML cannot hold (U+FFFE, a control, a lone surrogate) still gives a readable workbook', async () => {
		const bytes = await toXlsx(
			[
				{
					nama: 'Inovasi',
					kolom: ['Nama', 'Tujuan\u0007'],
					baris: [
						['Antre\uFFFE Sehat', 'baris\u0001 satu\n\uD800dua'],
						['biasa', -3.41],
					],
				},
			],
			'2026-11-27'
		);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
		const values: unknown[][] = [];
		workbook
			.getWorksheet('Inovasi')!
			.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
		expect(values).toEqual([
			['Nama', 'Tujuan'],
			['Antre Sehat', 'baris satu\ndua'],
			['biasa', -3.41],
		]);
		// The XML itself parses strictly (exceljs's reader is lenient).
		const zip = await JSZip.loadAsync(bytes);
		for (const name of Object.keys(zip.files).filter((file) => file.endsWith('.xml')))
			expect(findXmlProblems(await zip.file(name)!.async('string')), name).toEqual([]);
	});
});
