import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
	MAX_LABELLED_COLUMNS,
	toColumnLabelStyle,
	toCssString,
} from '../../../src/lib/html/column-labels.ts';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';

describe('toCssString', () => {
	test.each([
		['Bobot', "'Bobot'"],
		["Jum'at", "'Jum\\27 at'"],
		['a\\b', "'a\\5c b'"],
		['dua\nbaris', "'dua\\a baris'"],
	])('%j', (text, css) => {
		expect(toCssString(text)).toBe(css);
	});
});

describe('toColumnLabelStyle', () => {
	test('one custom property per labelled column, in order; an empty label is left out', () => {
		expect(toColumnLabelStyle(['', 'Perkiraan', 'Resmi'])).toBe(
			"--kolom-2:'Perkiraan';--kolom-3:'Resmi'"
		);
	});

	test('more columns than the stylesheet labels is refused, not silently unlabelled', () => {
		expect(() => toColumnLabelStyle(Array(MAX_LABELLED_COLUMNS + 1).fill('x'))).toThrow();
	});

	test('the stylesheet prints the label of every column up to the maximum', () => {
		const css = readFileSync(join(REPO_ROOT, 'src/styles/global.css'), 'utf8');
		for (let n = 1; n <= MAX_LABELLED_COLUMNS; n++)
			expect(css).toContain(
				`table.stack > tbody > tr > :nth-child(${n}) {\n\t--label: var(--kolom-${n});\n}`
			);
		expect(css).not.toContain(`--kolom-${MAX_LABELLED_COLUMNS + 1}`);
	});
});
