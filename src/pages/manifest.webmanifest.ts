import { toManifest } from '../lib/site/identity.ts';
import { t } from '../lib/i18n/t.ts';
import { getSiteIdentity } from '../page-data/identity.ts';

/** `/manifest.webmanifest`: name, colour and icons of the region's catalogue. */
export function GET() {
	return new Response(
		toManifest(getSiteIdentity(), import.meta.env.BASE_URL, t('site.description')),
		{ headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } }
	);
}
