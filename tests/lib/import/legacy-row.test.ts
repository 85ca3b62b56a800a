import { describe, expect, test } from 'vitest';
import { parseMarkdownSource } from '../../../src/lib/content/parse-source.ts';
import { readLegacyDate } from '../../../src/lib/import/legacy-date.ts';
import { htmlToText, toLegacyDraft, toSlug } from '../../../src/lib/import/legacy-row.ts';
import { rules2026 } from '../../helpers/rules.ts';

const context = { rules: rules2026, agencies: [{ id: 'dinkes', nama: 'Dinas Kesehatan' }] };

describe('legacy rows', () => {
	test.each<[unknown, string]>([
		['2024-03-04', '2024-03-04'],
		['2024-03-04 00:00:00', '2024-03-04'],
		['04/03/2024', '2024-03-04'],
		['4-3-2024', '2024-03-04'],
		['05-03-2024', '2024-03-05'],
		['05.03.2024', '2024-03-05'],
		['5 Maret 2024', '2024-03-05'],
		['17 Agustus 2024', '2024-08-17'],
		['1 Des. 2025', '2025-12-01'],
		['29/02/2024', '2024-02-29'],
		[new Date(Date.UTC(2024, 2, 4)), '2024-03-04'],
	])('date %j → %j (day first, never through the time zone)', (value, iso) =>
		expect(readLegacyDate(value)).toEqual({ tanggal: iso })
	);

	test.each<[unknown, RegExp]>([
		['kemarin', /tidak terbaca/],
		['31/02/2024', /tidak ada di kalender/],
		['03/25/2024', /tidak ada di kalender/],
		['29/02/2023', /tidak ada di kalender/],
		['05/03/24', /tahun dua angka/],
		['5 Marsch 2024', /nama bulan "Marsch"/],
	])('date %j is reported, not guessed', (value, problem) => {
		const read = readLegacyDate(value);
		expect(read && 'masalah' in read ? read.masalah : '').toMatch(problem);
	});

	test.each([
		['Puskesmas Keliling — Pesisir!', 'puskesmas-keliling-pesisir'],
		['Sélamat Pagi', 'selamat-pagi'],
		['***', 'inovasi'],
	])('slug of %j', (name, slug) => expect(toSlug(name)).toBe(slug));

	test.each([
		[
			'<p>Satu &amp; dua</p><ul><li>a</li><li>b</li></ul><p>x<br>y <script>alert(1)</script></p>',
			'Satu & dua\n\n- a\n\n- b\n\nx\ny',
		],
		['<p>Jumlah &lt;b&gt; 5 &#8211; naik&hellip;</p>', 'Jumlah &lt;b&gt; 5 – naik…'],
		['<p>Kata \\"warga\\" dan \\\'kita\\\'</p>', 'Kata "warga" dan \'kita\''],
		['a < b &#60;c&#x3E; <style>p{}</style>&nbsp;d', 'a &lt; b &lt;c&gt;  d'],
		['&#0; &#xFFFE; ok', 'ok'],
	])('rich text %j becomes clean Markdown %j', (html, text) => expect(htmlToText(html)).toBe(text));

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
