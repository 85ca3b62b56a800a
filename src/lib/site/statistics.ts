/**
 * Counts for the home and statistics pages: innovations by stage, type, form, affair and year, and
 * the basic-service coverage of eligible innovations.
 */
import type { InnovationView } from './innovation-view.ts';

/** One bar of a count chart. */
export interface CountRow {
	key: string;
	label: string;
	count: number;
}

/**
 * Counts views by a key; `order` fixes the order and includes zero rows (vocabulary order),
 * otherwise rows are sorted by count (desc) then label.
 */
export function countBy(
	views: readonly InnovationView[],
	keyOf: (view: InnovationView) => string | undefined,
	labels: Record<string, string>,
	order?: readonly string[]
): CountRow[] {
	const counts = new Map<string, number>();
	for (const view of views) {
		const key = keyOf(view);
		if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	if (order)
		return order.map((key) => ({ key, label: labels[key] ?? key, count: counts.get(key) ?? 0 }));
	return [...counts]
		.map(([key, count]) => ({ key, label: labels[key] ?? key, count }))
		.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'id'));
}

/** Innovations per year of first implementation, ascending years. */
export function countByYear(views: readonly InnovationView[]): CountRow[] {
	const counts = new Map<number, number>();
	for (const view of views)
		if (view.tahunPenerapan !== undefined)
			counts.set(view.tahunPenerapan, (counts.get(view.tahunPenerapan) ?? 0) + 1);
	return [...counts]
		.sort(([a], [b]) => a - b)
		.map(([year, count]) => ({ key: String(year), label: String(year), count }));
}
