import type { APIContext } from 'astro';
import { toRobots } from '../lib/site/feeds.ts';

/** `/robots.txt`. */
export function GET(context: Pick<APIContext, 'site'>) {
	return new Response(
		toRobots(
			new URL(`${import.meta.env.BASE_URL}sitemap.xml`.replace(/\/+/g, '/'), context.site).href
		)
	);
}
