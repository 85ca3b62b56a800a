/**
 * The published site's address with its base path (`https://host/base/`), for links that leave
 * the site: evidence in the national export, the province view's sources. Declared once here; the
 * Astro config takes its default from `DEFAULT_SITE_ORIGIN`.
 */

/** Where the sample catalogue is published when nothing else says so. */
export const DEFAULT_SITE_ORIGIN = 'https://bappedalitbang-tanbu.github.io';

/** `origin` + `base` as one address ending in `/`. */
export function joinSiteAddress(origin: string, base = '/'): string {
	const path = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/\/\/+/g, '/');
	return `${origin.replace(/\/+$/, '')}${path}`;
}

/**
 * The site's address: `situs` in `pemda.yml` when given, else the build's `SITE_URL` and
 * `BASE_PATH`, else the default.
 */
export function getSiteAddress(
	situs: string | undefined,
	env: { SITE_URL?: string | undefined; BASE_PATH?: string | undefined }
): string {
	if (situs) return situs.endsWith('/') ? situs : `${situs}/`;
	return joinSiteAddress(env.SITE_URL || DEFAULT_SITE_ORIGIN, env.BASE_PATH || '/');
}
