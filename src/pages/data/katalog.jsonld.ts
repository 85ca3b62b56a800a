import type { APIContext } from 'astro';
import { getCatalogueDocument } from '../../page-data/open-data.ts';

/** `/data/katalog.jsonld`: the open data described in DCAT. */
export function GET(context: Pick<APIContext, 'site'>) {
	const site = new URL(import.meta.env.BASE_URL, context.site).href;
	return new Response(getCatalogueDocument(site), {
		headers: { 'Content-Type': 'application/ld+json; charset=utf-8' },
	});
}
