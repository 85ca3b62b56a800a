import { describe, expect, test } from 'vitest';
import { checkEntry, tidyEntry } from '../../../src/lib/cms/validate-entry.ts';
import { toPreviewModel } from '../../../src/lib/cms/preview-model.ts';
import { getMaxMaturity } from '../../../src/lib/scoring/rules-derived.ts';
import { rules2026 } from '../../helpers/rules.ts';

const BODY = `## Rancang Bangun\n\n${'kata '.repeat(320)}\n\n## Tujuan\n\nA.\n\n## Manfaat\n\nB.\n\n## Hasil\n\nC.\n`;

/** What Decap hands to preSave for a form filled like the CMS browser test. */
const entry = (extra: Record<string, unknown> = {}) => ({
	nama: 'Klinik Gizi Keliling',
	ringkasan: 'Ahli gizi mendatangi posyandu desa setiap bulan.',
	tahapan: 'uji-coba',
	inisiator: 'asn',
	jenis: 'non-digital',
	bentuk: 'pelayanan-publik',
	urusan: 'kesehatan',
	urusan_lain: [],
	waktu_uji_coba: '2025-03-01',
	nama_inisiator: '',
	indikator: {
		video: { parameter: 2, bukti: ['https://www.youtube.com/watch?v=abc'], keterangan: '' },
		sdm: { parameter: 0, bukti: [] },
		regulasi: { parameter: 1, bukti: ['/bukti/dinkes/klinik/sk.pdf'] },
	},
	body: BODY,
	...extra,
});

describe('the form checks before Save what the PR check would refuse', () => {
	test('a valid entry passes, with its maturity: regulasi 3×1 + video 4×2 = 11', () => {
		const result = checkEntry(entry(), rules2026, '2026-11-27');
		expect(result.errors).toEqual([]);
		expect(result.kematangan).toBe(11);
	});

	test('implementation before the trial stops the save with the schema message', () => {
		const result = checkEntry(
			entry({ tahapan: 'penerapan', waktu_penerapan: '2025-01-15' }),
			rules2026,
			'2026-11-27'
		);
		// check:content's words, the keys said as the form's labels.
		expect(result.errors).toContain(
			'Mulai penerapan: Mulai penerapan (2025-01-15) tidak boleh sebelum Mulai uji coba (2025-03-01)'
		);
		expect(result.kematangan).toBeUndefined();
	});

	test('an empty Rancang Bangun at stage penerapan is an error, as in check:content', () => {
		const result = checkEntry(
			entry({
				tahapan: 'penerapan',
				waktu_penerapan: '2025-06-01',
				body: '## Rancang Bangun\n\n## Tujuan\n\nA.\n\n## Manfaat\n\nB.\n\n## Hasil\n\nC.\n',
			}),
			rules2026,
			'2026-11-27'
		);
		expect(result.errors.some((line) => line.startsWith('Isi: ') && line.includes('300'))).toBe(
			true
		);
	});

	test('a date in the future is refused with the words of check:content', () => {
		expect(
			checkEntry(entry({ waktu_uji_coba: '2030-03-01' }), rules2026, '2026-11-27').errors
		).toEqual([
			'Mulai uji coba: tanggal 2030-03-01 masih di masa depan (hari ini 2026-11-27); isi tanggal yang sudah terjadi',
		]);
	});

	test('what is saved: indicators in rule-set order, unclaimed ones and empty fields left out', () => {
		const tidy = tidyEntry(entry(), rules2026);
		expect(Object.keys(tidy.indikator as object)).toEqual(['regulasi', 'video']);
		expect((tidy.indikator as Record<string, unknown>).video).toEqual({
			parameter: 2,
			bukti: ['https://www.youtube.com/watch?v=abc'],
		});
		expect(tidy).not.toHaveProperty('nama_inisiator');
		expect(tidy).not.toHaveProperty('urusan_lain');
	});
});

describe('a new entry and its findings in the form’s words', () => {
	test('before anything is typed: no error at all, only the to-do list of required fields', () => {
		// What Decap hands over for a new entry: defaults and the body template's headings.
		const fresh = checkEntry(
			{
				klasifikasi: 'perangkat-daerah',
				body: '## Rancang Bangun\n\n## Tujuan\n\n## Manfaat\n\n## Hasil\n',
			},
			rules2026,
			'2026-11-27'
		);
		expect(fresh.errors).toEqual([]);
		expect(fresh.missing).toEqual([
			'Nama inovasi',
			'Ringkasan',
			'Tahapan',
			'Inisiator',
			'Jenis',
			'Bentuk',
			'Urusan utama',
		]);
		expect(fresh.warnings).toEqual([]);
	});

	test('a nested finding is named by the labels the officer sees, never by its key path', () => {
		const result = checkEntry(
			entry({ indikator: { regulasi: { parameter: 2, bukti: ['ftp://arsip/sk.pdf'] } } }),
			rules2026,
			'2026-11-27'
		);
		expect(result.errors.length).toBeGreaterThan(0);
		expect(result.errors[0]).toMatch(/^16\. Regulasi Inovasi Daerah › Bukti 1: /);
		expect(result.errors.join('\n')).not.toMatch(/indikator\.|bukti\.0|Invalid input/);
	});
});

describe('the preview pane', () => {
	test("shows the catalogue's words, the maturity and each claim with its points", () => {
		const data = entry();
		const model = toPreviewModel(data, checkEntry(data, rules2026, '2026-11-27'), rules2026);
		expect(model.fakta).toContainEqual(['Tahapan', 'Uji Coba']);
		expect(model.fakta).toContainEqual(['Urusan utama', 'Kesehatan']);
		expect(model.fakta.map(([label]) => label)).not.toContain('Layanan');
		expect(model.kematangan).toBe(11);
		expect(model.maksimal).toBe(getMaxMaturity(rules2026));
		expect(model.klaim).toHaveLength(2);
		expect(model.klaim[0]).toMatch(/^16\. Regulasi Inovasi Daerah — 1: .+ \(1 bukti, 3 poin\)$/);
		expect(model.errors).toEqual([]);
	});

	test('an invalid entry has no maturity and lists the error the save will stop on', () => {
		const data = entry({ waktu_uji_coba: '2030-03-01' });
		const model = toPreviewModel(data, checkEntry(data, rules2026, '2026-11-27'), rules2026);
		expect(model.errors.join('\n')).toContain('Mulai uji coba: tanggal 2030-03-01');
	});
});
