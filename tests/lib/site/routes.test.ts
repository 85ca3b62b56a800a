import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import {
	FILE_ROUTES,
	getNavigation,
	listSitemapPaths,
	ROUTES,
} from '../../../src/lib/site/routes.ts';
import { REPO_ROOT } from '../../helpers/temp-repo.ts';

const PAGE_FILES = readdirSync(join(REPO_ROOT, 'src/pages'), {
	recursive: true,
	encoding: 'utf8',
})
	.filter((name) => /\.(astro|ts)$/.test(name))
	.map((name) => name.split('\\').join('/'))
	.sort();

test('every page file under src/pages has exactly one row in the route table, and no row lacks its file', () => {
	expect(ROUTES.map((route) => route.page).sort()).toEqual(
		PAGE_FILES.filter((name) => name.endsWith('.astro'))
	);
	expect(new Set(ROUTES.map((route) => route.name)).size).toBe(ROUTES.length);
});

test('every endpoint under src/pages has exactly one row in FILE_ROUTES, so its output path is known', () => {
	expect(FILE_ROUTES.map((route) => route.page).sort()).toEqual(
		PAGE_FILES.filter((name) => name.endsWith('.ts'))
	);
});

test('the sitemap lists every page a search engine should find, including the coordinator pages', () => {
	const paths = listSitemapPaths({ halaman: ['1', '2'], inovasi: ['dinkes/a'], skpd: ['dinkes'] });
	expect(paths).toEqual([
		'',
		'inovasi/',
		'inovasi/halaman/1/',
		'inovasi/halaman/2/',
		'inovasi/dinkes/a/',
		'skpd/',
		'skpd/dinkes/',
		'peringkat/',
		'statistik/',
		'koordinator/',
		'koordinator/simulasi/',
		'metodologi/',
		'data/',
	]);
});

test('the navigation keeps its order', () => {
	expect(getNavigation().map((item) => item.path)).toEqual([
		'',
		'inovasi/',
		'skpd/',
		'peringkat/',
		'statistik/',
		'koordinator/',
		'metodologi/',
		'data/',
	]);
});
