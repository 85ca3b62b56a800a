import type { APIContext } from 'astro';
import { getInnovationViews, getSiteRepository } from '../page-data/repository.ts';
import { getCataloguePages } from '../page-data/catalogue.ts';
import { toSitemap } from '../lib/site/feeds.ts';
import { listSitemapPaths } from '../lib/site/routes.ts';

/** `/sitemap.xml`: every HTML page of the site (from the route table). */
export function GET(context: Pick<APIContext, 'site'>) {
	const site = new URL(import.meta.env.BASE_URL, context.site).href;
	const paths = listSitemapPaths({
		halaman: getCataloguePages().map((_, index) => String(index + 1)),
		inovasi: getInnovationViews().map((view) => view.id),
		skpd: [...getSiteRepository().agencies.keys()],
	});
	return new Response(toSitemap(paths.map((path) => new URL(path, site).href)), {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
}
