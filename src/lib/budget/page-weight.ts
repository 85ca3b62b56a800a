/**
 * Page-weight accounting for the budget script: which local assets a built HTML page loads, and
 * what a page must not do (third-party requests, images without size or lazy loading). Pure: the
 * caller reads files and gzips them.
 */

/** Budgets in bytes (gzip of HTML + CSS + JS a page loads), from the site issue. */
export const PAGE_BUDGETS = {
	inovasi: 25 * 1024,
	beranda: 50 * 1024,
	grafik: 120 * 1024,
} as const;

/** Local stylesheets and scripts the page loads, as site paths (`/_astro/x.js`). */
export function listPageAssets(html: string): string[] {
	const assets = new Set<string>();
	for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) assets.add(match[1]!);
	for (const match of html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g))
		assets.add(match[1]!);
	for (const match of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="stylesheet"/g))
		assets.add(match[1]!);
	return [...assets].filter((src) => !/^https?:/.test(src)).sort();
}

/** Static imports inside a JS module (`import … from "./x.js"`), resolved against its path. */
export function listModuleImports(code: string, modulePath: string): string[] {
	const dir = modulePath.slice(0, modulePath.lastIndexOf('/') + 1);
	const found = new Set<string>();
	for (const match of code.matchAll(
		/(?:import|export)\s*(?:[^'"()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g
	)) {
		found.add(new URL(match[1]!, `http://x${dir}`).pathname);
	}
	return [...found].sort();
}

/** Problems a page must not have: requests to other hosts, images that are not lazy or unsized. */
export function findPageProblems(html: string): string[] {
	const problems: string[] = [];
	for (const match of html.matchAll(
		/<(script|link|img|iframe)\b[^>]*\b(src|href)="(https?:\/\/[^"]+)"[^>]*>/g
	)) {
		const tag = match[0];
		if (match[1] === 'link' && !/rel="(stylesheet|preload|modulepreload|icon)"/.test(tag)) continue;
		problems.push(`permintaan pihak ketiga: ${match[3]}`);
	}
	for (const match of html.matchAll(/<img\b[^>]*>/g)) {
		const tag = match[0];
		if (!/loading="lazy"/.test(tag))
			problems.push(`gambar tanpa loading="lazy": ${tag.slice(0, 80)}`);
		if (!/width="\d+"/.test(tag) || !/height="\d+"/.test(tag))
			problems.push(`gambar tanpa ukuran: ${tag.slice(0, 80)}`);
	}
	return problems;
}
