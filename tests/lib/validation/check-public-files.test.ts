import { describe, expect, test } from 'vitest';
import {
	checkPublicFiles,
	type PublicEntry,
} from '../../../src/lib/validation/check-public-files.ts';

const PDF = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const HTML = new TextEncoder().encode('<html><script>');

const file = (path: string, head = PDF, size = 100): PublicEntry => ({
	path,
	kind: 'file',
	size,
	head,
});
const context = {
	agencyIds: ['dinkes', 'disdik'],
	types: ['pdf', 'jpg', 'png', 'mp4'],
	maxBytes: 10 * 1024 * 1024,
	isReferenced: (sitePath: string) =>
		new Set(['/bukti/dinkes/sipandu/sk.pdf', '/bukti/pemda/rpjmd.pdf']).has(sitePath),
};

describe('checkPublicFiles: every path under public/ is accounted for', () => {
	test.each<[string, PublicEntry, string | undefined]>([
		['referenced innovation evidence', file('public/bukti/dinkes/sipandu/sk.pdf'), undefined],
		['referenced region evidence', file('public/bukti/pemda/rpjmd.pdf'), undefined],
		[
			'the form page, which the build generates from the schema',
			file('public/admin/index.html', HTML),
			'galat: /admin/index.html dibuat oleh build (formulir /admin/ (dibuat dari skema saat build)); berkas di public/ akan menggantikannya diam-diam',
		],
		[
			'the home page',
			file('public/index.html', HTML),
			'galat: /index.html dibuat oleh build (src/pages/index.astro)',
		],
		[
			'the home page in other case (one file on Windows and macOS)',
			file('public/INDEX.html', HTML),
			'galat: /INDEX.html dibuat oleh build (src/pages/index.astro)',
		],
		[
			'the published scores',
			file('public/data/skor.json', HTML),
			'galat: /data/skor.json dibuat oleh build (src/pages/data/skor.json.ts)',
		],
		[
			'the published CSV',
			file('public/data/inovasi.csv', HTML),
			'galat: /data/inovasi.csv dibuat oleh build (src/pages/data/inovasi.csv.ts)',
		],
		[
			'the national workbook',
			file('public/data/ekspor/formulir-nasional.xlsx', HTML),
			'galat: /data/ekspor/formulir-nasional.xlsx dibuat oleh build (src/pages/data/ekspor/[berkas].ts)',
		],
		[
			'the form configuration',
			file('public/admin/config.yml', HTML),
			'galat: /admin/config.yml dibuat oleh build',
		],
		[
			'an innovation page',
			file('public/inovasi/dinkes/sipandu/index.html', HTML),
			'galat: /inovasi/dinkes/sipandu/index.html dibuat oleh build (src/pages/inovasi/[skpd]/[slug].astro)',
		],
		[
			'a file outside every allowed folder',
			file('public/js/app.js', HTML),
			'galat: hanya public/bukti/ yang diterbitkan dari public/',
		],
		[
			'a file straight under public/',
			file('public/favicon.ico', PNG),
			'galat: hanya public/bukti/ yang diterbitkan dari public/',
		],
		[
			'a link at a generated path',
			{ path: 'public/sitemap.xml', kind: 'link', size: 0, head: new Uint8Array() },
			'galat: /sitemap.xml dibuat oleh build (src/pages/sitemap.xml.ts)',
		],
		[
			'HTML straight under bukti/',
			file('public/bukti/index.html', HTML),
			'galat: berkas tidak boleh langsung di public/bukti/',
		],
		[
			'HTML in an agency folder',
			file('public/bukti/dinkes/x.html', HTML),
			'galat: bukti disimpan di public/bukti/<id-skpd>/<slug>/<berkas>',
		],
		[
			'an SVG (can carry script)',
			file('public/bukti/dinkes/sipandu/logo.svg', HTML),
			'galat: jenis berkas .svg tidak diterima sebagai bukti; gunakan PDF/JPG/PNG/MP4',
		],
		[
			'JavaScript',
			file('public/bukti/dinkes/sipandu/a.js', HTML),
			'galat: jenis berkas .js tidak diterima sebagai bukti',
		],
		[
			'HTML named .pdf',
			file('public/bukti/dinkes/sipandu/sk2.pdf', HTML),
			'galat: isi berkas public/bukti/dinkes/sipandu/sk2.pdf bukan PDF sungguhan',
		],
		[
			'an unregistered agency',
			file('public/bukti/dinas-lain/x/sk.pdf'),
			'galat: folder SKPD `dinas-lain` belum terdaftar',
		],
		['too deep', file('public/bukti/dinkes/sipandu/lama/sk.pdf'), 'galat: bukti disimpan di'],
		[
			'a subfolder of pemda',
			file('public/bukti/pemda/2024/lhp.pdf'),
			'galat: bukti pemda disimpan langsung di public/bukti/pemda/<berkas>',
		],
		[
			'a slug folder that is no slug',
			file('public/bukti/dinkes/Si_Pandu/sk.pdf'),
			'galat: folder `Si_Pandu` harus sama dengan nama berkas inovasinya',
		],
		[
			'a Windows-reserved name',
			file('public/bukti/dinkes/sipandu/aux.pdf'),
			'galat: nama berkas `aux.pdf` tidak dapat dibuat di Windows',
		],
		[
			'a name with a space',
			file('public/bukti/dinkes/sipandu/sk tim.pdf'),
			'galat: nama berkas `sk tim.pdf` hanya boleh berisi huruf',
		],
		[
			'a hidden file',
			file('public/bukti/dinkes/sipandu/.htaccess'),
			'galat: nama berkas `.htaccess` hanya boleh berisi huruf',
		],
		[
			'an empty file',
			file('public/bukti/dinkes/sipandu/kosong.pdf', new Uint8Array(), 0),
			'galat: berkas bukti public/bukti/dinkes/sipandu/kosong.pdf kosong',
		],
		[
			'an oversize file',
			file('public/bukti/dinkes/sipandu/besar.pdf', PDF, 11 * 1024 * 1024),
			'galat: berkas bukti terlalu besar (11.0 MiB; maksimal 10 MiB)',
		],
		[
			'a case twin',
			{ ...file('public/bukti/dinkes/sipandu/SK.pdf'), caseTwin: true },
			'galat: folder public/bukti/dinkes/sipandu/ memuat nama lain yang hanya berbeda huruf besar/kecil',
		],
		[
			'a link',
			{
				path: 'public/bukti/dinkes/sipandu/sk3.pdf',
				kind: 'link',
				size: 0,
				head: new Uint8Array(),
			},
			'galat: tautan simbolik tidak diterima di public/',
		],
		[
			'a special file or empty folder',
			{ path: 'public/bukti/dinkes/sipandu/modul', kind: 'other', size: 0, head: new Uint8Array() },
			'galat: harus berupa berkas biasa',
		],
		[
			'unused evidence (still published)',
			file('public/bukti/disdik/literasi/foto.png', PNG),
			'peringatan: berkas bukti ini tidak dirujuk oleh inovasi mana pun',
		],
	])('%s', (_name, entry, expected) => {
		const result = checkPublicFiles([entry], context);
		const shown = result.findings.map((f) => `${f.severity}: ${f.message}`);
		if (expected === undefined) expect(shown).toEqual([]);
		else {
			expect(shown).toHaveLength(1);
			expect(shown[0]).toContain(expected);
		}
		const published = entry.kind === 'file' && !expected?.startsWith('galat');
		expect(result.published).toEqual(published ? [entry.path] : []);
	});

	test('findings are located at the file, and the published list is sorted', () => {
		const result = checkPublicFiles(
			[
				file('public/bukti/pemda/rpjmd.pdf'),
				file('public/bukti/index.html', HTML),
				file('public/bukti/dinkes/sipandu/sk.pdf'),
			],
			context
		);
		expect(result.findings.map((f) => [f.file, f.line, f.column, f.key])).toEqual([
			['public/bukti/index.html', 1, 1, ''],
		]);
		expect(result.published).toEqual([
			'public/bukti/dinkes/sipandu/sk.pdf',
			'public/bukti/pemda/rpjmd.pdf',
		]);
	});
});
