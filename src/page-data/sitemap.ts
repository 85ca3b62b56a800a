/**
 * The site's sitemap files, computed once per build from the route table (`listSitemapPaths`):
 * `/sitemap.xml` alone, or as the index of `/sitemap-<n>.xml` above `SITEMAP_LIMIT` URLs.
 * The limit can be lowered with `KATALOG_SITEMAP_BATAS` (the build test does, to see the index).
 */
import { getInnovationViews, getSiteRepository } from './repository.ts';
import { getCataloguePages } from './catalogue.ts';
import { SITEMAP_LIMIT, splitSitemap } from '../lib/site/feeds.ts';
import { listSitemapPaths } from '../lib/site/routes.ts';

/** Per base URL: getStaticPaths asks with a stand-in address, the endpoints with the site's own. */
const bySite = new Map<string, { file: string; xml: string }[]>();

/** Every sitemap file of the site at `site` (the base URL), the first being `sitemap.xml`. */
export function getSitemapFiles(site: string): { file: string; xml: string }[] {
	let files = bySite.get(site);
	if (!files) {
		const paths = listSitemapPaths({
			halaman: getCataloguePages().map((_, index) => String(index + 1)),
			inovasi: getInnovationViews().map((view) => view.id),
			skpd: [...getSiteRepository().agencies.keys()],
		});
		const limit = Number(process.env.KATALOG_SITEMAP_BATAS) || SITEMAP_LIMIT;
		files = splitSitemap(
			paths.map((path) => new URL(path, site).href),
			site,
			limit
		);
		bySite.set(site, files);
	}
	return files;
}
