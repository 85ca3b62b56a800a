/**
 * The catalogue's plain list (works without JavaScript): innovations by maturity, in pages.
 */
import { paginate, sortByMaturity, type InnovationView } from '../lib/site/innovation-view.ts';
import { getInnovationViews } from './repository.ts';

/** Innovations per page of `/inovasi/halaman/N/`. */
export const PAGE_SIZE = 20;

/** The pages of the plain catalogue list. */
export function getCataloguePages(): InnovationView[][] {
	return paginate(sortByMaturity(getInnovationViews()), PAGE_SIZE);
}
