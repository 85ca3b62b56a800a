import { describe, expect, test } from 'vitest';
import { escapeMarkup } from '../../../src/lib/html/escape.ts';
import type { MaturityRow } from '../../../src/lib/scoring/maturity.ts';
import { renderScoreRows, type ScoreRowLabels } from '../../../src/lib/site/score-rows.ts';

const labels: ScoreRowLabels = {
	no: 'No.',
	indicator: 'Indikator',
	parameter: 'Parameter',
	weight: 'Bobot',
	points: 'Skor',
	evidence: 'Bukti',
	mandatory: 'wajib',
	notClaimed: 'belum diklaim',
	evidenceLink: (index) => `Bukti ${index + 1}`,
	verification: 'Verifikasi',
	status: {
		'tidak-diklaim': '–',
		belum: 'belum diverifikasi',
		diterima: 'diterima',
		perbaiki: 'perlu perbaikan',
		ditolak: 'ditolak',
		kedaluwarsa: 'kedaluwarsa',
	},
};

const row = (overrides: Partial<MaturityRow>): MaturityRow => ({
	kunci: 'regulasi',
	nomor: 16,
	nama: 'Regulasi',
	bobot: 3,
	wajib: false,
	parameter: 0,
	skor: 0,
	teks_parameter: '',
	bukti: [],
	...overrides,
});

describe('escapeMarkup', () => {
	test.each([
		['teks biasa', 'teks biasa'],
		[
			'<script>"a" & \'b\'</script>',
			'&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;',
		],
		[42, '42'],
	])('%s', (input, output) => {
		expect(escapeMarkup(input)).toBe(output);
	});
});

describe('renderScoreRows', () => {
	test('an unclaimed mandatory indicator', () => {
		// Six cells without end tags or per-cell labels; no verification column unless asked for.
		expect(renderScoreRows([row({ wajib: true })], '/', labels)).toBe(
			'<tr><td>16<td>Regulasi <abbr title="wajib">*</abbr><td><span class="meta">belum diklaim</span><td>3<td>0<td>'
		);
		expect(renderScoreRows([row({})], '/', labels, [])).toBe(
			'<tr><td>16<td>Regulasi<td><span class="meta">belum diklaim</span><td>3<td>0<td><td>'
		);
	});

	test('a claimed indicator with a site path and an external link, under a base path', () => {
		const html = renderScoreRows(
			[
				row({
					bobot: 1.5,
					parameter: 2,
					skor: 3,
					teks_parameter: 'Perbup',
					bukti: ['/bukti/dinkes/a.pdf', 'https://arsip.example/b.pdf'],
				}),
			],
			'/katalog/',
			labels
		);
		expect(html).toContain('<td>2: Perbup<td>1,5<td>3<td>');
		// Each link is named by its file and kind, not "Bukti 1", "Bukti 2".
		expect(html).toContain(
			'<a href="/katalog/bukti/dinkes/a.pdf">a (PDF)</a> <a href="https://arsip.example/b.pdf">b (PDF)</a>'
		);
	});

	test('markup in any value stays text, and an unsafe evidence link is not a link', () => {
		const html = renderScoreRows(
			[
				row({
					nama: '<img src=x onerror=alert(1)>',
					parameter: 1,
					skor: 3,
					teks_parameter: '"><script>alert(1)</script>',
					bukti: ['javascript:alert(1)', 'https://x.example/"onmouseover="alert(1)'],
				}),
			],
			'/',
			labels
		);
		expect(html).not.toMatch(/<(img|script)\b/);
		expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
		expect(html).not.toContain('javascript:');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).toContain('href="https://x.example/%22onmouseover=%22alert(1)"');
	});
});

describe('verification and evidence details', () => {
	test('the verifier note and name are escaped; a lowered level is shown', () => {
		const html = renderScoreRows([row({ parameter: 2 })], '/', labels, [
			{
				kunci: 'regulasi',
				status: 'diterima',
				klaim: 2,
				parameter: 1,
				catatan: 'SK <b>kepala dinas</b>',
				oleh: 'Sari & Tim',
				tanggal: '2026-11-20',
			},
		]);
		expect(html).toContain(
			'<td><span class="status-diterima">diterima (1)</span><br><span class="meta">SK &lt;b&gt;kepala dinas&lt;/b&gt;</span><br><span class="meta">Sari &amp; Tim, 20 November 2026</span>'
		);
	});

	test('the subject names the link, escaped; number and date follow it', () => {
		const html = renderScoreRows(
			[
				row({
					parameter: 2,
					bukti: [
						{
							berkas: '/bukti/a/b/sk.pdf',
							nomor: '1/2024',
							tanggal: '2024-03-05',
							tentang: 'A <b>',
						},
					],
				}),
			],
			'/',
			labels
		);
		expect(html).toContain('>A &lt;b&gt;</a> <span class="meta">1/2024 · 5 Maret 2024</span>');
	});

	test.each([
		['https://www.youtube.com/watch?v=abc', 'video YouTube'],
		['https://jdih.example.go.id/dokumen/detail/123', 'halaman jdih.example.go.id'],
		['/bukti/a/b/foto_kegiatan-1.JPG', 'foto kegiatan 1 (foto)'],
		['/bukti/a/b/laporan%20akhir.pdf', 'laporan akhir (PDF)'],
		// No known kind and no words: the numbered fallback.
		['/bukti/a/b/berkas', 'Bukti 1'],
	])('evidence %s is called %s', (ref, text) => {
		const html = renderScoreRows([row({ parameter: 1, bukti: [ref] })], '/', labels);
		expect(html).toContain(`>${text}</a>`);
	});
});
