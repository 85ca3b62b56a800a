/**
 * The province site's page frame: one stylesheet, its own Content-Security-Policy (only this site's
 * scripts, plus the regencies' Pagefind bundles on the search page), Indonesian, and navigation.
 * Every text that comes from a source passes `escapeMarkup` before it lands here.
 */
import { escapeMarkup } from '../html/escape.ts';

/** The province site's pages, in menu order: file path and label. */
export const PROVINCE_PAGES = [
	{ path: 'index.html', label: 'Peringkat' },
	{ path: 'statistik/index.html', label: 'Statistik' },
	{ path: 'replikasi/index.html', label: 'Replikasi' },
	{ path: 'cari/index.html', label: 'Cari inovasi' },
	{ path: 'status/index.html', label: 'Status sumber' },
] as const;

export type ProvincePagePath = (typeof PROVINCE_PAGES)[number]['path'];

/** `../` up to the site root from a page's path. */
const toRoot = (path: string) => '../'.repeat(path.split('/').length - 1);

/** The policy: this site only, plus `origins` for scripts and fetches (the search page). */
export function toProvincePolicy(origins: readonly string[] = []): string {
	const extra = origins.map((origin) => ` ${origin}`).join('');
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval'${extra}`,
		`connect-src 'self'${extra}`,
		"img-src 'self' data:",
		"style-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join(';');
}

/** A whole page; `body` is trusted markup built from escaped parts. */
export function renderProvincePage(input: {
	path: ProvincePagePath;
	provinsi: string;
	title: string;
	body: string;
	origins?: readonly string[];
	scripts?: readonly string[];
}): string {
	const root = toRoot(input.path);
	const nav = PROVINCE_PAGES.map(
		(page) =>
			`<a href="${root}${page.path.replace(/index\.html$/, '')}"${page.path === input.path ? ' aria-current="page"' : ''}>${escapeMarkup(page.label)}</a>`
	).join(' ');
	const scripts = (input.scripts ?? [])
		.map((src) => `<script type="module" src="${root}${escapeMarkup(src)}"></script>`)
		.join('');
	return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${escapeMarkup(toProvincePolicy(input.origins))}">
<meta name="referrer" content="no-referrer">
<title>${escapeMarkup(input.title)} — Inovasi Daerah Provinsi ${escapeMarkup(input.provinsi)}</title>
<link rel="stylesheet" href="${root}gaya.css">${scripts}</head>
<body><a class="skip" href="#isi">Langsung ke isi</a>
<header><p class="brand">Inovasi Daerah Provinsi ${escapeMarkup(input.provinsi)}</p><nav aria-label="Menu utama">${nav}</nav></header>
<main id="isi">${input.body}</main>
<footer><p>Dihitung ulang dari data terbuka setiap kabupaten/kota dengan metode Indeks Inovasi Daerah yang sama; bukan hasil resmi Kemendagri.</p></footer>
</body></html>
`;
}

/** The stylesheet (mobile first; tables stack below 40rem). */
export const PROVINCE_CSS = `:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#d0d0d0;--soft:#f3f5f8;--brand:#0b5cad;--bad:#a4000f}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:var(--ink)}
header{background:var(--brand);color:#fff;padding:.5rem 1rem}header a{color:#fff;margin-right:.75rem;display:inline-block;padding:.25rem 0}
header a[aria-current]{font-weight:700;text-decoration:underline}.brand{margin:0;font-weight:700}
main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}footer{color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);margin-top:2rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:.4rem;text-align:left;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}.flag{color:var(--bad);font-weight:700}.meta{color:var(--muted);font-size:.9rem}
.wrap{overflow-x:auto}label{display:block;font-weight:600;margin-top:.5rem}input,select,button{font:inherit;padding:.4rem;max-width:100%}
@media (max-width:40rem){table.stack thead{position:absolute;left:-999px}table.stack tr{display:block;border-bottom:1px solid var(--line);padding:.4rem 0}
table.stack td,table.stack th{display:block;border:0;padding:.1rem 0;text-align:left}table.stack td[data-label]::before{content:attr(data-label) ": ";font-weight:600}}
`;
