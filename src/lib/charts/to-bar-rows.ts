/**
 * Horizontal single-series bar charts (rankings, counts by category) drawn as HTML, not canvas:
 * each row is a label, a bar whose width is its share of the axis, and the value as text. No
 * script and no chart library: on the ranking page chart.js cost two 200–350 ms tasks on a
 * throttled phone (Lighthouse 89), for bars that HTML draws at once, prints, and never cuts a label.
 */
import type { BarDatum } from './to-chart-config.ts';

/** One drawn row; `percent` is null where the value is not known (no bar, a dash). */
export interface BarRow {
	label: string;
	percent: number | null;
	value: number | null;
}

/**
 * Bars on an axis from 0 to `max` (by default the largest value, so the longest bar fills the
 * row). Percentages are rounded to one decimal, enough for a pixel at any width.
 */
export function toBarRows(rows: readonly BarDatum[], max?: number): BarRow[] {
	const top = max ?? Math.max(0, ...rows.map((row) => row.value ?? 0));
	return rows.map((row) => ({
		label: row.label,
		value: row.value,
		percent: row.value === null ? null : top > 0 ? Math.round((row.value / top) * 1000) / 10 : 0,
	}));
}
