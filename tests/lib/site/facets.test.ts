import { expect, test } from 'vitest';
import { buildFacets, getFacetValues } from '../../../src/lib/site/facets.ts';
import type { InnovationView } from '../../../src/lib/site/innovation-view.ts';

function view(skpdNama: string, tahapan: string, tahun?: number): InnovationView {
	return {
		skpdNama,
		...(tahun !== undefined ? { tahunPenerapan: tahun } : {}),
		label: {
			tahapan,
			jenis: 'Digital',
			bentuk: 'Inovasi pelayanan publik',
			urusan: 'Kesehatan',
			inisiator: 'ASN',
			klasifikasi: 'Inovasi Perangkat Daerah',
		},
	} as InnovationView;
}

test('facet values are the display labels, with a label for "not implemented yet"', () => {
	expect(getFacetValues(view('Dinas Kesehatan', 'Inisiatif'), 'Belum diterapkan')).toEqual({
		skpd: 'Dinas Kesehatan',
		urusan: 'Kesehatan',
		tahapan: 'Inisiatif',
		jenis: 'Digital',
		bentuk: 'Inovasi pelayanan publik',
		tahun: 'Belum diterapkan',
	});
});

test('counts per value, sorted with Indonesian collation', () => {
	const facets = buildFacets(
		[
			view('Dinas Sosial', 'Penerapan', 2024),
			view('Dinas Kesehatan', 'Penerapan', 2025),
			view('dinas kecil', 'Uji Coba', 2024),
		],
		'–'
	);
	expect(facets.map((f) => f.key)).toEqual([
		'skpd',
		'urusan',
		'tahapan',
		'jenis',
		'bentuk',
		'tahun',
	]);
	expect(facets[0]!.values).toEqual([
		{ value: 'dinas kecil', count: 1 },
		{ value: 'Dinas Kesehatan', count: 1 },
		{ value: 'Dinas Sosial', count: 1 },
	]);
	expect(facets[2]!.values).toEqual([
		{ value: 'Penerapan', count: 2 },
		{ value: 'Uji Coba', count: 1 },
	]);
	expect(facets[5]!.values).toEqual([
		{ value: '2024', count: 2 },
		{ value: '2025', count: 1 },
	]);
});
