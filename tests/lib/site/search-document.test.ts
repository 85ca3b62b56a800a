import { expect, test } from 'vitest';
import type { InnovationView } from '../../../src/lib/site/innovation-view.ts';
import { getResultMeta, toSearchDocument } from '../../../src/lib/site/search-document.ts';

const view = {
	id: 'dinkes/antrean',
	skpd: 'dinkes',
	slug: 'antrean',
	skpdNama: 'Dinas Kesehatan',
	data: {
		nama: 'Antrean <b>Daring</b>',
		ringkasan: 'Daftar "dari rumah" & datang tepat waktu',
		nama_inisiator: 'Bidang Yankes',
	},
	score: { kematangan: 79 },
	tahunPenerapan: 2024,
	tanggalTerbaru: '2024-07-01',
	label: {
		tahapan: 'Penerapan',
		jenis: 'Digital',
		bentuk: 'Inovasi pelayanan publik',
		urusan: 'Kesehatan',
		inisiator: 'ASN',
		klasifikasi: 'Inovasi Perangkat Daerah',
	},
} as unknown as InnovationView;

test('the search document carries the URL with the base path, metadata, filters and sorts', () => {
	const document = toSearchDocument(view, 7, '/katalog/', 'Belum diterapkan');
	expect(document.url).toBe('/katalog/inovasi/dinkes/antrean/');
	expect(document.content).toContain('<span hidden data-pagefind-meta="kematangan">79</span>');
	// The maturity sort is the catalogue order's position, so ties sort as the build's lists do.
	expect(document.content).toContain('<span hidden data-pagefind-sort="kematangan">7</span>');
	expect(document.content).toContain(
		'<span hidden data-pagefind-filter="skpd">Dinas Kesehatan</span>'
	);
	expect(document.content).toContain('<span hidden data-pagefind-filter="tahun">2024</span>');
	expect(document.content).toContain('<span hidden data-pagefind-sort="terbaru">2024-07-01</span>');
});

test('only the name, summary and profile are indexed; metadata stays outside the indexed body', () => {
	const { content } = toSearchDocument(view, 7, '/', 'Belum diterapkan');
	const body = content.slice(content.indexOf('<article'));
	expect(body).toBe(
		'<article data-pagefind-body><h1 data-pagefind-meta="title">Antrean &lt;b&gt;Daring&lt;/b&gt;</h1><p>Daftar &quot;dari rumah&quot; &amp; datang tepat waktu</p><p>Dinas Kesehatan · Bidang Yankes · Kesehatan</p></article></body></html>'
	);
	// Dates and labels are filters and sorts, not words to search for.
	expect(body).not.toContain('2024-07-01');
});

test('every value from the submission is escaped', () => {
	const { content } = toSearchDocument(view, 1, '/', 'Belum diterapkan');
	expect(content).toContain(
		'<span hidden data-pagefind-meta="ringkasan">Daftar &quot;dari rumah&quot; &amp; datang tepat waktu</span>'
	);
	expect(content).not.toContain('<b>');
});

test('a result card shows the name, summary, agency, stage and maturity', () => {
	expect(getResultMeta(view)).toEqual({
		title: 'Antrean <b>Daring</b>',
		ringkasan: 'Daftar "dari rumah" & datang tepat waktu',
		skpd: 'Dinas Kesehatan',
		tahapan: 'Penerapan',
		kematangan: '79',
	});
});
