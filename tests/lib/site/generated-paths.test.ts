import { describe, expect, test } from 'vitest';
import { findGeneratedPath, toOutputPattern } from '../../../src/lib/site/generated-paths.ts';

describe('toOutputPattern: where Astro writes a page file (build.format directory)', () => {
	test.each([
		['index.astro', 'index.html', 'peringkat/index.html'],
		['peringkat.astro', 'peringkat/index.html', 'peringkat.html'],
		['404.astro', '404.html', '404/index.html'],
		['metodologi/index.astro', 'metodologi/index.html', 'metodologi/x/index.html'],
		[
			'inovasi/[skpd]/[slug].astro',
			'inovasi/dinkes/sipandu/index.html',
			'inovasi/dinkes/index.html',
		],
		['data/skor.json.ts', 'data/skor.json', 'data/skor.jsonx'],
		['data/ekspor/[berkas].ts', 'data/ekspor/inovasi.xlsx', 'data/ekspor/a/b.xlsx'],
		['ikon-[ukuran].png.ts', 'ikon-192.png', 'ikon-192.svg'],
	])('%s writes %s (not %s)', (page, written, other) => {
		expect(toOutputPattern(page).test(written)).toBe(true);
		expect(toOutputPattern(page).test(other)).toBe(false);
	});
});

describe('findGeneratedPath: a file under public/ that the build would replace, from the route table', () => {
	test.each([
		['index.html', 'src/pages/index.astro'],
		['Index.HTML', 'src/pages/index.astro'],
		['data/skor.json', 'src/pages/data/skor.json.ts'],
		['data/inovasi.csv', 'src/pages/data/inovasi.csv.ts'],
		['data/ekspor/formulir-nasional.xlsx', 'src/pages/data/ekspor/[berkas].ts'],
		['inovasi/dinkes/sipandu/index.html', 'src/pages/inovasi/[skpd]/[slug].astro'],
		['sitemap.xml', 'src/pages/sitemap.xml.ts'],
		['admin/config.yml', 'formulir /admin/ (dibuat dari skema saat build)'],
		['pagefind/pagefind.js', 'indeks pencarian (Pagefind)'],
		['_astro/x.js', 'skrip dan gaya situs (Astro)'],
	])('%s is written by %s', (path, source) => {
		expect(findGeneratedPath(path)?.source).toBe(source);
	});

	test.each(['bukti/dinkes/sipandu/sk.pdf', 'data/lain.json', 'inovasi/dinkes/sipandu/foto.png'])(
		'%s is not generated',
		(path) => {
			expect(findGeneratedPath(path)).toBeUndefined();
		}
	);
});
