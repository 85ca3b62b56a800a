import { describe, expect, test } from 'vitest';
import { getMinimalMaturity, recommendActions } from '../../../src/lib/scoring/recommend.ts';
import { scoreRegion } from '../../../src/lib/scoring/region.ts';
import { rules2026 } from '../../helpers/rules.ts';

/**
 * 12 eligible innovations, each only `video: 3` (maturity 12), covering four basic-service
 * affairs; no SPD answers. Base: avg 144 / 12 = 12, yandas 4 < 5 → no volume term, IID 12 / 2.5 = 4.80.
 */
const AFFAIRS = [
	'pendidikan',
	'kesehatan',
	'pekerjaan-umum-penataan-ruang',
	'perumahan-kawasan-permukiman',
];
const report = scoreRegion({
	rules: rules2026,
	spd: {},
	agencyIds: ['a'],
	innovations: Array.from({ length: 12 }, (_, i) => ({
		id: `a/i${String(i).padStart(2, '0')}`,
		skpd: 'a',
		nama: `Inovasi ${i}`,
		urusan: AFFAIRS[i % 4]!,
		tahapan: 'penerapan',
		waktu_uji_coba: '2024-02-01',
		waktu_penerapan: '2024-06-01',
		indikator: { video: { parameter: 3 } },
	})),
});
const all = recommendActions({ rules: rules2026, spd: {}, inovasi: report.inovasi }, 1000);

describe('recommendActions — hand-computed gains', () => {
	test('the scenario starts at IID 4.80', () => {
		expect(report.pemda.iid).toBe(4.8);
	});

	test('minimal maturity of a new innovation = mandatory weights at level 1 = 3+2+2+3+4 = 14', () => {
		expect(getMinimalMaturity(rules2026)).toBe(14);
	});

	test('the best actions: a fifth basic-service affair (+2.04), then the innovator award row (+0.80)', () => {
		// n 13, yandas 5 → volume 13 × 0.38 = 4.94; avg (144 + 14) / 13 = 12.1538…; IID 17.0938… / 2.5 = 6.84
		expect(all.slice(0, 3).map((a) => [a.jenis, a.kenaikan_iid, a.sasaran])).toEqual([
			['tambah-inovasi-yandas', 2.04, { urusan: 'trantibum-linmas' }],
			['tambah-inovasi-yandas', 2.04, { urusan: 'sosial' }],
			// SPD row of weight 2 at level 1: (2 + 12) / 2.5 = 5.60
			['naikkan-spd', 0.8, { spd: 'penghargaan_inovator' }],
		]);
	});

	test.each([
		// weight 1.5 SPD row: (1.5 + 12) / 2.5 = 5.40 → +0.60
		['naikkan-spd', { spd: 'opini_bpk' }, 0.6],
		// weight 0.75 SPD row: 12.75 / 2.5 = 5.10 → +0.30
		['naikkan-spd', { spd: 'progres_tpt' }, 0.3],
		// mandatory regulasi 0 → 1 (weight 3) on one innovation: avg 147 / 12 = 12.25 → 4.90 → +0.10
		['lengkapi-wajib', { inovasi: 'a/i00', indikator: 'regulasi' }, 0.1],
		// kecepatan 0 → 1 (weight 2): avg 146 / 12 = 12.1667 → 4.8667 → 4.87 → +0.07
		['lengkapi-wajib', { inovasi: 'a/i05', indikator: 'kecepatan' }, 0.07],
		// non-mandatory replikasi 0 → 1 (weight 3): +0.10
		['naikkan-indikator', { inovasi: 'a/i03', indikator: 'replikasi' }, 0.1],
	])('%s %j → +%d', (kind, target, gain) => {
		const action = all.find((a) => JSON.stringify(a.sasaran) === JSON.stringify(target));
		expect(action?.jenis).toBe(kind);
		expect(action?.kenaikan_iid).toBe(gain);
		expect(action?.bukti.length).toBeGreaterThan(5);
	});

	test('nothing at its maximum is proposed, and every gain is positive', () => {
		expect(all.some((a) => a.sasaran.indikator === 'video')).toBe(false);
		expect(all.every((a) => a.kenaikan_iid > 0)).toBe(true);
	});

	test('ranking is deterministic', () => {
		const again = recommendActions(
			{ rules: rules2026, spd: {}, inovasi: [...report.inovasi].reverse() },
			1000
		);
		expect(again.map((a) => a.aksi).slice(0, 10)).toEqual(all.map((a) => a.aksi).slice(0, 10));
	});
});
