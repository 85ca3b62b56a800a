import { describe, expect, test } from 'vitest';
import {
	getMinimalMaturity,
	groupActionsByAgency,
	listOutcomes,
	recommendActions,
} from '../../../src/lib/scoring/recommend.ts';
import { scoreRegion } from '../../../src/lib/scoring/score-region.ts';
import { rules2026 } from '../../helpers/rules.ts';
import { accepted, record, refused, verificationOf } from '../../helpers/verified.ts';

/**
 * 12 eligible innovations, each only `video: 3` (maturity 12), covering four basic-service
 * affairs, all verified as claimed; no SPD answers. Base (klaim = terverifikasi): avg 144 / 12 =
 * 12, yandas 4 < 5 → no volume term, IID 12 / 2.5 = 4.80. Gains are of the verified IID.
 */
const AFFAIRS = [
	'pendidikan',
	'kesehatan',
	'pekerjaan-umum-penataan-ruang',
	'perumahan-kawasan-permukiman',
];
const innovations = Array.from({ length: 12 }, (_, i) => ({
	id: `a/i${String(i).padStart(2, '0')}`,
	skpd: 'a',
	nama: `Inovasi ${i}`,
	urusan: AFFAIRS[i % 4]!,
	tahapan: 'penerapan',
	waktu_uji_coba: '2024-02-01',
	waktu_penerapan: '2024-06-01',
	indikator: { video: { parameter: 3 } },
}));
const allVerified = verificationOf(
	Object.fromEntries(innovations.map((i) => [i.id, record({ video: accepted(3) })]))
);
const report = scoreRegion({
	rules: rules2026,
	spd: {},
	agencyIds: ['a'],
	innovations,
	verification: allVerified,
});
const input = (r: typeof report) => ({
	rules: rules2026,
	spdBaris: r.terverifikasi.spd_baris,
	inovasi: r.inovasi,
});
const all = recommendActions(input(report), 1000);

describe('recommendActions — hand-computed gains', () => {
	test('the scenario starts at IID 4.80, claimed and verified', () => {
		expect(report.pemda.iid).toBe(4.8);
		expect(report.terverifikasi.pemda.iid).toBe(4.8);
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
		// weight 1 SPD row an agency can act on: (1 + 12) / 2.5 = 5.20 → +0.40
		['naikkan-spd', { spd: 'rekomendasi_kebijakan' }, 0.4],
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

	test.each([
		// weight 1.5 outcome row: (1.5 + 12) / 2.5 = 5.40 → +0.60
		['opini_bpk', 0.6],
		// weight 0.75 outcome row: 12.75 / 2.5 = 5.10 → +0.30
		['progres_tpt', 0.3],
	])('SPD outcome %s (+%d) is shown apart, not as an action', (row, gain) => {
		const outcome = listOutcomes(input(report)).find((a) => a.sasaran.spd === row);
		expect(outcome).toMatchObject({ hasil: true, kenaikan_iid: gain });
		expect(all.some((a) => a.sasaran.spd === row)).toBe(false);
	});

	test('each agency gets its own to-do list', () => {
		const lists = groupActionsByAgency(all, 3);
		expect([...lists.keys()]).toEqual(['a']);
		expect(lists.get('a')).toHaveLength(3);
		expect(lists.get('a')!.every((a) => a.skpd === 'a')).toBe(true);
	});

	test('nothing at its maximum is proposed, and every gain is positive', () => {
		expect(all.some((a) => a.sasaran.indikator === 'video')).toBe(false);
		expect(all.every((a) => a.kenaikan_iid > 0)).toBe(true);
	});

	test('ranking is deterministic', () => {
		const again = recommendActions(
			{ ...input(report), inovasi: [...report.inovasi].reverse() },
			1000
		);
		expect(again.map((a) => a.aksi).slice(0, 10)).toEqual(all.map((a) => a.aksi).slice(0, 10));
	});
});

describe('recommendActions — verification as actions', () => {
	// Same region; a/i00 has its video lapsed (the claim changed), a/i01 was sent back (perbaiki),
	// a/i02 has no record at all. Verified: nine innovations at 12 = 108 / 12 = 9 → IID 3.60.
	const partly = scoreRegion({
		rules: rules2026,
		spd: {},
		agencyIds: ['a'],
		innovations,
		verification: verificationOf(
			{
				...Object.fromEntries(
					innovations.slice(3).map((i) => [i.id, record({ video: accepted(3) })])
				),
				'a/i00': record({ video: accepted(3) }),
				'a/i01': record({ video: refused('perbaiki', 'Sampul tanpa logo Kemendagri') }),
			},
			{ 'a/i00': ['video'] }
		),
	});
	const actions = recommendActions(input(partly), 1000);
	const find = (kind: string, id: string) =>
		actions.find((a) => a.jenis === kind && a.sasaran.inovasi === id);

	test('the verified index counts only accepted, unchanged claims of eligible innovations', () => {
		expect(partly.pemda.iid).toBe(4.8);
		// a/i00 and a/i01 are declared eligible but their video counts 0; a/i02 is not counted
		// at all (no eligibility decision): (10 × 12 − 24) … = 9 × 12 = 108 over MAX(12, 11) = 12 → 9 → 3.60
		expect(partly.terverifikasi.pemda.n).toBe(11);
		expect(partly.terverifikasi.pemda.iid).toBe(3.6);
		expect(partly.inovasi.find((i) => i.id === 'a/i00')!.verifikasi.baris.at(-1)!.status).toBe(
			'kedaluwarsa'
		);
	});

	test.each([
		// lapsed video, weight 4 × 3 = 12 → (108 + 12) / 12 = 10 → 4.00: +0.40
		['verifikasi-indikator', 'a/i00', 0.4],
		// sent back: the same 12 points once fixed and accepted: +0.40
		['perbaiki-bukti', 'a/i01', 0.4],
		// no record: eligibility and its pending video claim: 12 innovations, 120 / 12 = 10 → +0.40
		['verifikasi-kelayakan', 'a/i02', 0.4],
	])('%s %s → +%d', (kind, id, gain) => {
		expect(find(kind, id)?.kenaikan_iid).toBe(gain);
	});

	test('the verifier note is what the agency is told to act on', () => {
		expect(find('perbaiki-bukti', 'a/i01')?.bukti).toBe('Sampul tanpa logo Kemendagri');
	});

	test('an innovation declared not eligible gets no action', () => {
		const rejected = scoreRegion({
			rules: rules2026,
			spd: {},
			agencyIds: ['a'],
			innovations,
			verification: verificationOf({
				'a/i00': record({ video: accepted(3) }, false, 'bukan inovasi: tugas rutin'),
			}),
		});
		expect(recommendActions(input(rejected), 1000).some((a) => a.sasaran.inovasi === 'a/i00')).toBe(
			false
		);
	});
});
