import type { APIContext } from 'astro';
import { getInnovationViews, getSiteRepository } from '../site/repository.ts';
import { getCataloguePages } from '../site/catalogue.ts';
import { toSitemap } from '../lib/site/feeds.ts';

/** `/sitemap.xml`: every HTML page of the site. */
export function GET(context: Pick<APIContext, 'site'>) {
	const site = new URL(import.meta.env.BASE_URL, context.site).href;
	const paths = [
		'',
		'inovasi/',
		'skpd/',
		'peringkat/',
		'statistik/',
		'metodologi/',
		'data/',
		...getCataloguePages().map((_, index) => `inovasi/halaman/${index + 1}/`),
		...getInnovationViews().map((view) => `inovasi/${view.id}/`),
		...[...getSiteRepository().agencies.keys()].map((id) => `skpd/${id}/`),
	];
	return new Response(toSitemap(paths.map((path) => new URL(path, site).href)), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
