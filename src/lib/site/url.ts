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

/**
 * An external link in its normalised form: quotes and angle brackets percent-encoded, so the
 * value reads the same to every HTML parser.
 */
export function normaliseUrl(url: string): string {
	try {
		return new URL(url).href;
	} catch {
		return '#';
	}
}

/** The href of evidence: site paths get the base, links are normalised. */
export function evidenceHref(base: string, ref: string): string {
	return ref.startsWith('/') ? withBase(base, ref) : normaliseUrl(ref);
}
