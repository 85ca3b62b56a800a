import { expect, test } from 'vitest';
import { buildFacetPreviews, toFacetPreviewPath } from '../../../src/lib/site/facet-preview.ts';
import { buildFacets } from '../../../src/lib/site/facets.ts';
import type { InnovationView } from '../../../src/lib/site/innovation-view.ts';

/** A view with only what facets and result cards read. */
function makeView(id: string, skpdNama: string, jenis: string, kematangan: number): InnovationView {
	return {
		id,
		skpdNama,
		data: { nama: `Inovasi ${id}`, ringkasan: `Ringkasan ${id}` },
		score: { kematangan },
		tahunPenerapan: 2025,
		label: { urusan: 'Kesehatan', tahapan: 'Penerapan', jenis, bentuk: 'Pelayanan' },
	} as unknown as InnovationView;
}

// Already in the catalogue's default order (maturity, highest first).
const ordered = [
	makeView('dinkes/a', 'Dinas Kesehatan', 'Digital', 90),
	makeView('disdik/b', 'Dinas Pendidikan', 'Digital', 80),
	makeView('dinkes/c', 'Dinas Kesehatan', 'Non Digital', 70),
	makeView('dinkes/d', 'Dinas Kesehatan', 'Digital', 60),
];
const facets = buildFacets(ordered, 'Belum diterapkan');
const previews = buildFacetPreviews(ordered, facets, {
	base: '/k/',
	notImplemented: '-',
	limit: 2,
});

test('one preview per facet value, at the path of its place among the values', () => {
	expect(previews.size).toBe(facets.reduce((sum, facet) => sum + facet.values.length, 0));
	// skpd values sort as Dinas Kesehatan (0), Dinas Pendidikan (1).
	expect(toFacetPreviewPath('skpd', 0)).toBe('inovasi/saring/skpd/0.json');
	expect(previews.get('inovasi/saring/skpd/0.json')!.count).toBe(3);
	expect(previews.get('inovasi/saring/skpd/1.json')!.count).toBe(1);
	// Each file names its value, so a cached page of another build cannot show the wrong one.
	expect(previews.get('inovasi/saring/skpd/1.json')!.value).toBe('Dinas Pendidikan');
});

test("counts are those of the value added; the ticked facet's own values keep the whole counts", () => {
	const dinkes = previews.get('inovasi/saring/skpd/0.json')!;
	expect(dinkes.counts.jenis).toEqual({ Digital: 2, 'Non Digital': 1 });
	expect(dinkes.counts.skpd).toEqual({ 'Dinas Kesehatan': 3, 'Dinas Pendidikan': 1 });
	expect(dinkes.counts.tahun).toEqual({ '2025': 3 });
});

test('the first results keep the default order, up to the limit, with the base path', () => {
	const digital = previews.get('inovasi/saring/jenis/0.json')!;
	expect(digital.count).toBe(3);
	expect(digital.results).toEqual([
		{
			url: '/k/inovasi/dinkes/a/',
			meta: {
				title: 'Inovasi dinkes/a',
				ringkasan: 'Ringkasan dinkes/a',
				skpd: 'Dinas Kesehatan',
				tahapan: 'Penerapan',
				kematangan: '90',
			},
		},
		expect.objectContaining({ url: '/k/inovasi/disdik/b/' }),
	]);
});
