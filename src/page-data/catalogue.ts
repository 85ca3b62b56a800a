/**
 * The catalogue's build-time data: the plain list (works without JavaScript), innovations by
 * maturity in pages; the facets with their counts; and the first-filter previews.
 */
import { buildFacetPreviews, type FacetPreview } from '../lib/site/facet-preview.ts';
import { buildFacets, type Facet } from '../lib/site/facets.ts';
import { paginate, sortByMaturity, type InnovationView } from '../lib/site/innovation-view.ts';
import { t } from '../lib/i18n/t.ts';
import { getInnovationViews } from './repository.ts';

/** Innovations per page of `/inovasi/halaman/N/`. */
export const PAGE_SIZE = 20;

/** Results the catalogue script shows per step, and so in a first-filter preview. */
export const RESULT_BATCH = 10;

/** The pages of the plain catalogue list. */
export function getCataloguePages(): InnovationView[][] {
	return paginate(sortByMaturity(getInnovationViews()), PAGE_SIZE);
}

/** The catalogue's facets, in display order, with their values and counts. */
export function getCatalogueFacets(): Facet[] {
	return buildFacets(getInnovationViews(), t('innovation.notImplemented'));
}

let previews: Map<string, FacetPreview> | undefined;

/** Every facet value's preview, keyed by its site path (built once per build). */
export function getFacetPreviews(): Map<string, FacetPreview> {
	previews ??= buildFacetPreviews(sortByMaturity(getInnovationViews()), getCatalogueFacets(), {
		base: import.meta.env.BASE_URL,
		notImplemented: t('innovation.notImplemented'),
		limit: RESULT_BATCH,
	});
	return previews;
}
