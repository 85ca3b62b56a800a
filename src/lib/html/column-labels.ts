/**
 * Column labels for tables that stack into one block per row on narrow screens (`table.stack`).
 * The labels travel once per table, as CSS custom properties on the `<table>` (`--kolom-1`, …),
 * and the stylesheet prints `var(--kolom-n)` before the n-th cell of each body row. A
 * `data-label` on every cell repeated them 140 times on an innovation page — a tenth of the page
 * and, at 40,000 pages, 120 MB of the published site.
 */

/** How many columns the stylesheet labels (`src/styles/global.css`, `table.stack`). */
export const MAX_LABELLED_COLUMNS = 8;

/** `text` as a CSS string literal: quotes, backslashes and line breaks escaped. */
export function toCssString(text: string): string {
	return `'${text.replace(/[\\'\n\r\f]/g, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}'`;
}

/**
 * The `style` attribute value that labels the columns of a stacked table, in column order. Astro
 * escapes it for the attribute; an empty label leaves its column unlabelled.
 */
export function toColumnLabelStyle(labels: readonly string[]): string {
	if (labels.length > MAX_LABELLED_COLUMNS)
		throw new Error(`tabel bertumpuk berlabel paling banyak ${MAX_LABELLED_COLUMNS} kolom`);
	return labels
		.map((label, index) => (label ? `--kolom-${index + 1}:${toCssString(label)}` : ''))
		.filter(Boolean)
		.join(';');
}
