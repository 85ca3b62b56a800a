import type { APIContext } from 'astro';
import { getSitemapFiles } from '../page-data/sitemap.ts';

/** The parts `/sitemap-<n>.xml` when the site has more URLs than one sitemap may hold (else none). */
export function getStaticPaths() {
	// The build's site URL is not known here; the parts' names do not depend on it.
	return getSitemapFiles('http://localhost/')
		.slice(1)
		.map((part) => ({ params: { bagian: part.file.slice('sitemap-'.length, -'.xml'.length) } }));
}

export function GET(context: Pick<APIContext, 'site' | 'params'>) {
	const site = new URL(import.meta.env.BASE_URL, context.site).href;
	const part = getSitemapFiles(site).find(
		(file) => file.file === `sitemap-${context.params.bagian}.xml`
	);
	return new Response(part?.xml ?? '', {
		headers: { 'Content-Type': 'application/xml; charset=utf-8' },
	});
}
