/**
 * Links that respect the configured base path (a fork's GitHub Pages project site lives under
 * `/<repository>/`).
 */

/**
 * Joins the base path and a site path.
 * @example withBase('/katalog/', 'inovasi/') // '/katalog/inovasi/'
 */
export function withBase(base: string, path: string): string {
	const left = base.endsWith('/') ? base : `${base}/`;
	return `${left}${path.replace(/^\/+/, '')}`;
}

/** The href of evidence: site paths get the base, links stay as they are. */
export function evidenceHref(base: string, ref: string): string {
	return ref.startsWith('/') ? withBase(base, ref) : ref;
}
