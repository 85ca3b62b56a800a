/**
 * Every page type of the site, declared once: navigation, the sitemap, the browser tests and the
 * page-weight budgets are all derived from this table, and a test fails when a page file under
 * `src/pages/` has no row here (a new page cannot silently miss the sitemap or the budgets).
 */
import type { PAGE_BUDGETS } from '../budget/page-weight.ts';
import type { TranslationKey } from '../i18n/t.ts';
import { PREVIEW_FOLDER } from './facet-preview.ts';

/** Page types of which the build makes one page per item. */
export type RouteItems = 'inovasi' | 'skpd' | 'halaman';

export interface PageRoute {
	/** Name of the page type (browser tests, budgets, screenshots). */
	name: string;
	/** The page file under `src/pages/`. */
	page: string;
	/** Site-relative path; for a page per item, an example from the sample content. */
	path: string;
	/** Main-menu label, for page types in the navigation. */
	nav?: TranslationKey;
	/** One page per item: the sitemap lists them from the repository. */
	items?: RouteItems;
	/** False for pages search engines should not list (404). */
	sitemap?: boolean;
	/** The page-weight budget this page type is held to (Lighthouse measures every page type). */
	budget?: keyof typeof PAGE_BUDGETS;
}

export const ROUTES: readonly PageRoute[] = [
	{
		name: 'beranda',
		page: 'index.astro',
		path: '',
		nav: 'nav.home',
		budget: 'beranda',
	},
	{
		name: 'katalog',
		page: 'inovasi/index.astro',
		path: 'inovasi/',
		nav: 'nav.catalogue',
		budget: 'beranda',
	},
	{
		name: 'katalog-halaman',
		page: 'inovasi/halaman/[n].astro',
		path: 'inovasi/halaman/1/',
		items: 'halaman',
	},
	{
		name: 'inovasi',
		page: 'inovasi/[skpd]/[slug].astro',
		path: 'inovasi/dinkes/sipandu/',
		items: 'inovasi',
		budget: 'inovasi',
	},
	{ name: 'daftar-skpd', page: 'skpd/index.astro', path: 'skpd/', nav: 'nav.agencies' },
	{ name: 'skpd', page: 'skpd/[id].astro', path: 'skpd/dinkes/', items: 'skpd' },
	{
		name: 'peringkat',
		page: 'peringkat.astro',
		path: 'peringkat/',
		nav: 'nav.ranking',
		budget: 'grafik',
	},
	{
		name: 'statistik',
		page: 'statistik.astro',
		path: 'statistik/',
		nav: 'nav.statistics',
		budget: 'grafik',
	},
	{
		name: 'koordinator',
		page: 'koordinator/index.astro',
		path: 'koordinator/',
		nav: 'nav.coordinator',
	},
	{ name: 'simulasi', page: 'koordinator/simulasi.astro', path: 'koordinator/simulasi/' },
	{ name: 'metodologi', page: 'metodologi/index.astro', path: 'metodologi/', nav: 'nav.method' },
	{ name: 'data', page: 'data/index.astro', path: 'data/', nav: 'nav.data' },
	{ name: '404', page: '404.astro', path: 'tidak-ada/', sitemap: false },
];

/**
 * The site's files that are not pages (open data, feeds, icons), one row per file under
 * `src/pages/` that is an endpoint: with `ROUTES` they are the whole route table, from which the
 * paths the build writes are derived (`generated-paths.ts`).
 */
export const FILE_ROUTES: readonly {
	page: string;
	/** What it holds, for the open-data page (`/data/` lists every file that has one). */
	isi?: TranslationKey;
}[] = [
	{ page: 'data/ekspor/[berkas].ts' },
	{ page: 'data/skor.json.ts', isi: 'data.score' },
	{ page: 'data/inovasi.json.ts', isi: 'data.innovations' },
	{ page: 'data/inovasi.csv.ts', isi: 'data.csv' },
	{ page: 'data/skema-inovasi.json.ts', isi: 'data.schema' },
	{ page: 'data/skema-verifikasi.json.ts', isi: 'data.verificationSchema' },
	{ page: 'data/katalog.jsonld.ts', isi: 'data.catalog' },
	{ page: 'data/simulasi.json.ts' },
	{ page: 'favicon.svg.ts' },
	{ page: 'ikon-[ukuran].png.ts' },
	{ page: 'inovasi/saring/[facet]/[nilai].json.ts' },
	{ page: 'manifest.webmanifest.ts' },
	{ page: 'robots.txt.ts' },
	{ page: 'rss.xml.ts' },
	{ page: 'sitemap.xml.ts' },
	{ page: 'sitemap-[bagian].xml.ts' },
];

/** The open-data files `/data/` lists: path under `data/` and what each holds. */
export function listOpenDataFiles(): { file: string; isi: TranslationKey }[] {
	return FILE_ROUTES.flatMap((route) =>
		route.isi ? [{ file: route.page.slice('data/'.length, -'.ts'.length), isi: route.isi }] : []
	);
}

/** The main menu, in order. */
export function getNavigation(): { path: string; label: TranslationKey }[] {
	return ROUTES.flatMap((route) => (route.nav ? [{ path: route.path, label: route.nav }] : []));
}

/** Every sitemap path: single pages from the table, pages per item from `items`. */
export function listSitemapPaths(items: Readonly<Record<RouteItems, readonly string[]>>): string[] {
	return ROUTES.filter((route) => route.sitemap !== false).flatMap((route) => {
		if (!route.items) return [route.path];
		const prefix = route.items === 'halaman' ? 'inovasi/halaman/' : `${route.items}/`;
		return items[route.items].map((item) => `${prefix}${item}/`);
	});
}

/**
 * Folders of `/inovasi/` that belong to the catalogue itself (its pages and its first-filter
 * previews), derived from the table: an agency with one of these ids would collide with them.
 */
export function listCatalogueFolders(): string[] {
	const pages = ROUTES.map((route) => route.page.split('/')).filter(
		(parts) => parts[0] === 'inovasi' && parts.length > 2 && !parts[1]!.startsWith('[')
	);
	return [...new Set([...pages.map((parts) => parts[1]!), PREVIEW_FOLDER])].sort();
}
