import { describe, expect, test } from 'vitest';
import { splitSitemap, toSitemap } from '../../../src/lib/site/feeds.ts';

describe('sitemaps above the search engines’ limit', () => {
	const site = 'https://contoh.go.id/katalog/';
	const urls = ['e', 'a', 'd', 'b', 'c'].map((path) => `${site}${path}/`);

	test('within the limit: one sitemap.xml, sorted', () => {
		expect(splitSitemap(urls, site, 5)).toEqual([{ file: 'sitemap.xml', xml: toSitemap(urls) }]);
	});

	test('above it: sitemap.xml indexes parts of at most the limit, every URL once', () => {
		const files = splitSitemap(urls, site, 2);
		expect(files.map((file) => file.file)).toEqual([
			'sitemap.xml',
			'sitemap-1.xml',
			'sitemap-2.xml',
			'sitemap-3.xml',
		]);
		expect(files[0]!.xml).toContain('<sitemapindex');
		expect(files[0]!.xml).toContain(`<loc>${site}sitemap-3.xml</loc>`);
		const locs = files
			.slice(1)
			.flatMap((file) => [...file.xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]));
		expect(locs).toEqual([...urls].sort());
		expect(files[1]!.xml).toBe(toSitemap([`${site}a/`, `${site}b/`]));
	});
});
