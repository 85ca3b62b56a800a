import type { APIRoute } from 'astro';
import { getFacetPreviews } from '../../../../page-data/catalogue.ts';

/** `/inovasi/saring/<facet>/<n>.json`: the catalogue's first result for one ticked value. */
export function getStaticPaths() {
	return [...getFacetPreviews().keys()].map((path) => {
		const [, , facet, file] = path.split('/');
		return { params: { facet, nilai: file!.replace(/\.json$/, '') }, props: { path } };
	});
}

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(getFacetPreviews().get(props.path as string)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
