/**
 * The catalogue's first filtered result without Pagefind. On a slow network Pagefind needs five
 * round trips (its script, entry, WebAssembly, metadata, filters) before the first filtered result;
 * on slow 3G that is over ten seconds. The first tick is almost always one value of one facet, so
 * the build writes, for every facet value, the answer Pagefind would give: how many innovations
 * have it, every facet's counts with it selected, and the first results in the catalogue's default
 * order. One small file, one round trip; Pagefind takes over for everything after that.
 */
import { FACET_KEYS, getFacetValues, type Facet, type FacetKey } from './facets.ts';
import type { InnovationView } from './innovation-view.ts';
import { getResultMeta, type ResultMeta } from './search-document.ts';
import { withBase } from './url.ts';

/** What the catalogue shows for one ticked facet value (the same fields Pagefind returns). */
export interface FacetPreview {
	/** The value itself: a page from an older build (cached) must not take another value's file. */
	value: string;
	/** Innovations with this value. */
	count: number;
	/**
	 * Per facet, the count of each value if it were selected too. The ticked facet's own values are
	 * alternatives, so they keep the whole catalogue's counts (never a false zero).
	 */
	counts: Record<FacetKey, Record<string, number>>;
	/** The first results, in the catalogue's default order (maturity, highest first). */
	results: { url: string; meta: ResultMeta }[];
}

/** The folder of `/inovasi/` the previews are written to. */
export const PREVIEW_FOLDER = 'saring';

/** Where the preview of a facet's `index`-th value is (values in `buildFacets` order). */
export function toFacetPreviewPath(key: FacetKey, index: number): string {
	return `inovasi/${PREVIEW_FOLDER}/${key}/${index}.json`;
}

/**
 * The preview of every facet value, keyed by its path. `ordered` must be in the catalogue's
 * default order (`sortByMaturity`), the order Pagefind's default sort reproduces.
 */
export function buildFacetPreviews(
	ordered: readonly InnovationView[],
	facets: readonly Facet[],
	options: { base: string; notImplemented: string; limit: number }
): Map<string, FacetPreview> {
	const values = ordered.map((view) => getFacetValues(view, options.notImplemented));
	const previews = new Map<string, FacetPreview>();
	for (const facet of facets) {
		const own = Object.fromEntries(facet.values.map(({ value, count }) => [value, count]));
		// One pass per facet: the positions of each value, still in the default order.
		const positions = new Map<string, number[]>();
		values.forEach((value, position) => {
			const list = positions.get(value[facet.key]) ?? [];
			list.push(position);
			positions.set(value[facet.key], list);
		});
		facet.values.forEach(({ value, count }, index) => {
			const counts = Object.fromEntries(
				FACET_KEYS.map((key) => [key, {}])
			) as FacetPreview['counts'];
			const matching = positions.get(value) ?? [];
			for (const position of matching)
				for (const key of FACET_KEYS) {
					const other = values[position]![key];
					counts[key][other] = (counts[key][other] ?? 0) + 1;
				}
			counts[facet.key] = own;
			const results = matching.slice(0, options.limit).map((position) => ({
				url: withBase(options.base, `inovasi/${ordered[position]!.id}/`),
				meta: getResultMeta(ordered[position]!),
			}));
			previews.set(toFacetPreviewPath(facet.key, index), { value, count, counts, results });
		});
	}
	return previews;
}
