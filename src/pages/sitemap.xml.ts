import type { APIContext } from 'astro';
import { getSitemapFiles } from '../page-data/sitemap.ts';

/** `/sitemap.xml`: every HTML page of the site, or the index of the parts above 45,000 URLs. */
export function GET(context: Pick<APIContext, 'site'>) {
	const site = new URL(import.meta.env.BASE_URL, context.site).href;
	return new Response(getSitemapFiles(site)[0]!.xml, {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
}
