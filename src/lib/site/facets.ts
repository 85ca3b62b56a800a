/**
 * Catalogue facets: the value of each facet for an innovation (written into its page for Pagefind)
 * and the counts per value (rendered into the catalogue at build time, so the facets show before
 * any script runs and nothing shifts when it does).
 */
import type { InnovationView } from './innovation-view.ts';

/** Facet keys, in display order. */
export const FACET_KEYS = ['skpd', 'urusan', 'tahapan', 'jenis', 'bentuk', 'tahun'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

/** The facet values of one innovation (display labels, as Pagefind filters them). */
export function getFacetValues(
	view: InnovationView,
	notImplemented: string
): Record<FacetKey, string> {
	return {
		skpd: view.skpdNama,
		urusan: view.label.urusan,
		tahapan: view.label.tahapan,
		jenis: view.label.jenis,
		bentuk: view.label.bentuk,
		tahun: view.tahunPenerapan !== undefined ? String(view.tahunPenerapan) : notImplemented,
	};
}

export interface Facet {
	key: FacetKey;
	values: { value: string; count: number }[];
}

/** Every facet with its values (sorted with `id-ID` collation) and how many innovations have each. */
export function buildFacets(views: readonly InnovationView[], notImplemented: string): Facet[] {
	return FACET_KEYS.map((key) => {
		const counts = new Map<string, number>();
		for (const view of views) {
			const value = getFacetValues(view, notImplemented)[key];
			counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		const values = [...counts]
			.map(([value, count]) => ({ value, count }))
			.sort((a, b) => a.value.localeCompare(b.value, 'id'));
		return { key, values };
	});
}
