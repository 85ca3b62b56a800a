import { describe, expect, test } from 'vitest';
import { findLongestLine } from '../../../src/lib/export/to-xlsx.ts';

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
