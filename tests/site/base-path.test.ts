import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempSite } from '../helpers/temp-site.ts';
import { PEMDA_YML, PDF_BYTES, PNG_BYTES, minimalInnovation } from '../helpers/temp-repo.ts';

let site: ReturnType<typeof createTempSite>;
let status: number | null;

beforeAll(() => {
	site = createTempSite({
		'content/pemda.yml': PEMDA_YML,
		'content/skpd/dinkes.yml': 'nama: Dinas Kesehatan\nsingkatan: Dinkes\n',
		'content/inovasi/dinkes/contoh.md': minimalInnovation(),
		'public/bukti/dinkes/contoh/sk.pdf': PDF_BYTES,
		'public/bukti/dinkes/contoh/foto.png': PNG_BYTES,
		'public/bukti/pemda/rpjmd.pdf': PDF_BYTES,
		// The generated form (npm run cms:bundle): staged as /admin/ unless FORMULIR_TERPISAH.
		'dist-formulir/index.html': '<!doctype html><title>formulir</title>',
		'dist-formulir/config.yml': 'backend: { name: github }\n',
	});
	// The recommended setup: the form on its own origin, so the catalogue leaves /admin/ out.
	status = site.build({
		SITE_URL: 'https://pemkab-contoh.github.io',
		BASE_PATH: '/katalog-inovasi',
		FORMULIR_TERPISAH: '1',
		// A tiny sitemap limit: the index and its parts, as above 45,000 URLs.
		KATALOG_SITEMAP_BATAS: '5',
	}).status;
}, 180_000);
afterAll(() => site.cleanup());

test('a fork sets SITE_URL and BASE_PATH and every link follows', () => {
	expect(status).toBe(0);
	const html = readFileSync(join(site.root, 'dist/inovasi/dinkes/contoh/index.html'), 'utf8');
	const hrefs = [...html.matchAll(/href="(\/[^"]*)"/g)].map((match) => match[1]!);
	expect(hrefs.length).toBeGreaterThan(10);
	expect(hrefs.filter((href) => !href.startsWith('/katalog-inovasi/'))).toEqual([]);
	expect(html).toContain('href="/katalog-inovasi/bukti/dinkes/contoh/sk.pdf"');
	expect(html).toContain(
		'<link rel="canonical" href="https://pemkab-contoh.github.io/katalog-inovasi/inovasi/dinkes/contoh/">'
	);
	// A region's own data (no `data_contoh` in pemda.yml) carries no "Data contoh" banner, and the
	// header and icons are its own.
	expect(html).not.toContain('class="sample"');
	expect(html).toContain('<link rel="manifest" href="/katalog-inovasi/manifest.webmanifest">');
	// Above the limit, /sitemap.xml is an index of parts, each within the limit, under the base path.
	const index = readFileSync(join(site.root, 'dist/sitemap.xml'), 'utf8');
	const parts = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
	expect(index).toContain('<sitemapindex');
	expect(parts.length).toBeGreaterThan(1);
	expect(parts[0]).toBe('https://pemkab-contoh.github.io/katalog-inovasi/sitemap-1.xml');
	const urls = parts.flatMap((url) => {
		const xml = readFileSync(
			join(site.root, 'dist', new URL(url).pathname.slice('/katalog-inovasi/'.length)),
			'utf8'
		);
		const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(locs.length).toBeLessThanOrEqual(5);
		return locs;
	});
	expect(urls).toContain('https://pemkab-contoh.github.io/katalog-inovasi/inovasi/dinkes/contoh/');
	expect(new Set(urls).size).toBe(urls.length);
	expect(readFileSync(join(site.root, 'dist/robots.txt'), 'utf8')).toContain(
		'Sitemap: https://pemkab-contoh.github.io/katalog-inovasi/sitemap.xml'
	);
});

test('with FORMULIR_TERPISAH the form is not published on the catalogue origin; evidence still is', () => {
	expect(existsSync(join(site.root, 'dist/admin'))).toBe(false);
	expect(existsSync(join(site.root, 'dist/bukti/dinkes/contoh/sk.pdf'))).toBe(true);
});
