import { toMonogramSvg } from '../lib/site/identity.ts';
import { getSiteIdentity } from '../page-data/identity.ts';

/** `/favicon.svg`: the region's monogram on its brand colour. */
export function GET() {
	return new Response(toMonogramSvg(getSiteIdentity()), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
	});
}
