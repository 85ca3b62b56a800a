import { describe, expect, test } from 'vitest';
import { parseMarkdownSource } from '../../../src/lib/content/parse-source.ts';
import {
	htmlToText,
	toIsoDate,
	toLegacyDraft,
	toSlug,
} from '../../../src/lib/import/legacy-row.ts';
import { rules2026 } from '../../helpers/rules.ts';

const context = { rules: rules2026, agencies: [{ id: 'dinkes', nama: 'Dinas Kesehatan' }] };

describe('legacy rows', () => {
	test.each([
		['2024-03-04', '2024-03-04'],
		['04/03/2024', '2024-03-04'],
		['4-3-2024', '2024-03-04'],
		[new Date(Date.UTC(2024, 2, 4)), '2024-03-04'],
		['kemarin', undefined],
	])('date %j → %j', (value, iso) => expect(toIsoDate(value)).toBe(iso));

	test.each([
		['Puskesmas Keliling — Pesisir!', 'puskesmas-keliling-pesisir'],
		['Sélamat Pagi', 'selamat-pagi'],
		['***', 'inovasi'],
	])('slug of %j', (name, slug) => expect(toSlug(name)).toBe(slug));

	test('rich text becomes paragraphs and list items, entities decoded, tags never kept', () => {
		expect(
			htmlToText(
				'<p>Satu &amp; dua</p><ul><li>a</li><li>b</li></ul><p>x<br>y <script>z</script></p>'
			)
		).toBe('Satu & dua\n\n- a\n\n- b\n\nx\ny z');
	});

	test('a value with line breaks cannot add keys through the comment line', () => {
		const draft = toLegacyDraft(
			{
				ID: '1',
				Nama: 'A',
				User: 'x\nurusan: kesehatan\nskpd: lain',
				SKPD: 'Dinas Kesehatan',
				Tahapan: 'Inisiatif',
			},
			context
		);
		const parsed = parseMarkdownSource(new TextEncoder().encode(draft.text));
		expect(parsed.issues).toEqual([]);
		expect(parsed.data).not.toHaveProperty('urusan');
		expect(parsed.data).not.toHaveProperty('skpd');
	});

	test('unknown values are reported, never guessed', () => {
		const draft = toLegacyDraft(
			{ ID: '2', Nama: 'B', SKPD: 'Dinas Kesehatan', Jenis: 'Hybrid', Tematik: 'Lainnya' },
			context
		);
		expect(draft.catatan).toEqual(
			expect.arrayContaining([
				'Jenis "Hybrid" tidak dikenal (pilihan: digital, non-digital)',
				'Tematik "Lainnya" tidak dapat dipetakan ke asta_cita atau pkpn; isi sendiri',
			])
		);
		expect(draft.text).not.toContain('jenis:');
	});
});
