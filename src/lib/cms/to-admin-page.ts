/**
 * The form page (`/admin/index.html`), generated at build time with its Content-Security-Policy: Decap keeps the signed-in
 * coordinator's GitHub token in this origin's localStorage, so only our bundled scripts may run here
 * and the page may only talk to itself, GitHub's API, the OAuth service and the local backend of
 * `npm run admin`. Decap needs `'unsafe-eval'` (its config validator compiles schemas) and inline
 * styles (its CSS-in-JS); no inline script is allowed.
 */
import { LOCAL_BACKEND_PORT, type CmsSettings } from './to-decap-config.ts';

/**
 * The folder the form is generated into (`npm run cms:bundle`, first step of `npm run build`), by
 * the repository root: the build stages it as `/admin/`, `npm run build:formulir` publishes it alone.
 */
export const FORM_SITE_DIR = 'dist-formulir';

/** The origin of an http(s) URL, or undefined when it is not one. */
function originOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url);
		return /^https?:$/.test(parsed.protocol) ? parsed.origin : undefined;
	} catch {
		return undefined;
	}
}

/** The policy of the form page. */
export function toAdminPolicy(settings: CmsSettings): string {
	const connect = [
		"'self'",
		'https://api.github.com',
		originOf(settings.base_url),
		`http://127.0.0.1:${settings.local_port ?? LOCAL_BACKEND_PORT}`,
	].filter(Boolean);
	return [
		"default-src 'self'",
		"script-src 'self' 'unsafe-eval'",
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data: blob: https://avatars.githubusercontent.com",
		"font-src 'self' data:",
		`connect-src ${[...new Set(connect)].join(' ')}`,
		"frame-src 'self' blob:",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/**
 * The whole page.
 * @param collections names of the innovation collections, which init.js gives the preview pane.
 */
export function renderAdminPage(
	settings: CmsSettings,
	year: number,
	collections: readonly string[]
): string {
	return `<!doctype html>
<!-- Dibuat saat build dari skema (npm run cms:bundle); jangan disunting. -->
<html lang="id">
	<head>
		<meta charset="utf-8" />
		<meta http-equiv="Content-Security-Policy" content="${toAdminPolicy(settings)}" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex" />
		<meta name="referrer" content="no-referrer" />
		<meta name="katalog-aturan" content="${year}" />
		<meta name="katalog-koleksi" content="${collections.join(' ')}" />
		<title>Formulir inovasi — Katalog Inovasi Daerah</title>
		<link rel="stylesheet" href="decap/admin.css" />
	</head>
	<body>
		<noscript>Formulir ini memerlukan JavaScript. Panduan tanpa formulir: CONTRIBUTING.md.</noscript>
		<!-- Decap CMS, bundled locally from npm (no CDN) by npm run cms:bundle: React globals first,
		     then the CMS, then init.js, which starts it with config.yml next to this page. -->
		<script src="decap/react-globals.js"></script>
		<script src="decap/decap-cms-app.js"></script>
		<script src="decap/locale-id.js"></script>
		<script src="decap/validate-entry.js"></script>
		<script src="decap/init.js"></script>
	</body>
</html>
`;
}
