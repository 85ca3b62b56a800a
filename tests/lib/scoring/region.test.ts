import { describe, expect, test } from 'vitest';
import { computeRegion, type RegionMember } from '../../../src/lib/scoring/region.ts';
import { scoreRegion } from '../../../src/lib/scoring/score-region.ts';
import { getNextPredicate, getPredicate } from '../../../src/lib/scoring/predicate.ts';
import { toScoreJson } from '../../../src/lib/scoring/to-score-json.ts';
import { rules2026 } from '../../helpers/rules.ts';

const YANDAS = [
	'pendidikan',
	'kesehatan',
	'pekerjaan-umum-penataan-ruang',
	'perumahan-kawasan-permukiman',
	'trantibum-linmas',
	'sosial',
];

/** `count` eligible innovations of the given maturity whose affairs cycle through `affairs`. */
function innovations(
	count: number,
	maturity: number,
	affairs: readonly string[],
	dinilai = true
): (RegionMember & { id: string })[] {
	return Array.from({ length: count }, (_, index) => ({
		id: `a/i${String(index).padStart(3, '0')}`,
		urusan: affairs[index % affairs.length]!,
		kematangan: maturity,
		kelayakan: { dinilai },
	}));
}

describe('computeRegion — hand-computed scenarios', () => {
	test.each([
		// docs/metodologi.md §5 scenario A: (39.5 + 1400/20 + 20×0.38) / 250 × 100 = 117.1 / 2.5
		{
			name: 'A: 20 × 70, six yandas',
			spd: 39.5,
			list: innovations(20, 70, YANDAS),
			avg: 70,
			volume: 7.6,
			total: 117.1,
			iid: 46.84,
			predikat: 'Inovatif',
		},
		// B: 640 / MAX(12, 8) = 53.333…; 8 × 0.38 = 3.04; 95.8733… / 2.5 = 38.349… → 38.35
		{
			name: 'B: 8 × 80, five yandas (n below D)',
			spd: 39.5,
			list: innovations(8, 80, YANDAS.slice(0, 5)),
			avg: 640 / 12,
			volume: 3.04,
			total: 39.5 + 640 / 12 + 3.04,
			iid: 38.35,
			predikat: 'Kurang Inovatif',
		},
		// C: as B with four yandas: the volume term drops to 0 → 92.8333… / 2.5 = 37.13
		{
			name: 'C: yandas 4 loses the volume term',
			spd: 39.5,
			list: innovations(8, 80, YANDAS.slice(0, 4)),
			avg: 640 / 12,
			volume: 0,
			total: 39.5 + 640 / 12,
			iid: 37.13,
			predikat: 'Kurang Inovatif',
		},
		// n = D: 12 × 50 / 12 = 50; no yandas → no volume; (0 + 50) / 2.5 = 20
		{
			name: 'n equal to D',
			spd: 0,
			list: innovations(12, 50, ['keuangan']),
			avg: 50,
			volume: 0,
			total: 50,
			iid: 20,
			predikat: 'Kurang Inovatif',
		},
		// n = 11 < D: 550 / 12 = 45.8333…; / 2.5 = 18.33
		{
			name: 'n one below D',
			spd: 0,
			list: innovations(11, 50, ['keuangan']),
			avg: 550 / 12,
			volume: 0,
			total: 550 / 12,
			iid: 18.33,
			predikat: 'Kurang Inovatif',
		},
		// n = 13 > D: 650 / 13 = 50 → a true mean
		{
			name: 'n one above D',
			spd: 0,
			list: innovations(13, 50, ['keuangan']),
			avg: 50,
			volume: 0,
			total: 50,
			iid: 20,
			predikat: 'Kurang Inovatif',
		},
		// 250 fully mature innovations: cap 200 × 0.38 = 76; 63 + 111 + 76 = 250 → 100
		{
			name: 'perfect region, n above the cap',
			spd: 63,
			list: innovations(250, 111, YANDAS),
			avg: 111,
			volume: 76,
			total: 250,
			iid: 100,
			predikat: 'Sangat Inovatif',
		},
		// 50 + 600/12 = 100 → exactly 40.00 → not yet Inovatif
		{
			name: 'IID exactly 40.00',
			spd: 50,
			list: innovations(12, 50, ['keuangan']),
			avg: 50,
			volume: 0,
			total: 100,
			iid: 40,
			predikat: 'Kurang Inovatif',
		},
		// 50 + 600.3/12 = 100.025 → 40.01 → Inovatif
		{
			name: 'IID 40.01',
			spd: 50,
			list: [
				...innovations(11, 50, ['keuangan']),
				...innovations(1, 50.3, ['keuangan']).map((i) => ({ ...i, id: 'b/x' })),
			],
			avg: 600.3 / 12,
			volume: 0,
			total: 100.025,
			iid: 40.01,
			predikat: 'Inovatif',
		},
		{
			name: 'empty region',
			spd: 0,
			list: [],
			avg: 0,
			volume: 0,
			total: 0,
			iid: 0,
			predikat: 'Tidak Dapat Dinilai',
		},
		// SPD only: the formula still gives 39.5 / 2.5 = 15.8, but with no innovation assessed the
		// region is a disclaimer whatever its SPD (formulir-nasional.md §4)
		{
			name: 'SPD answered, no innovation (disclaimer)',
			spd: 39.5,
			list: [],
			avg: 0,
			volume: 0,
			total: 39.5,
			iid: 15.8,
			predikat: 'Tidak Dapat Dinilai',
		},
		// SPD 63 and five ineligible innovations: 63 / 2.5 = 25.2, still a disclaimer
		{
			name: 'full SPD, only ineligible innovations (disclaimer)',
			spd: 63,
			list: innovations(5, 100, YANDAS, false),
			avg: 0,
			volume: 0,
			total: 63,
			iid: 25.2,
			predikat: 'Tidak Dapat Dinilai',
		},
		// Ineligible innovations count nowhere: n = 0
		{
			name: 'only ineligible innovations',
			spd: 0,
			list: innovations(5, 100, YANDAS, false),
			avg: 0,
			volume: 0,
			total: 0,
			iid: 0,
			predikat: 'Tidak Dapat Dinilai',
		},
	])('$name → IID $iid ($predikat)', ({ spd, list, avg, volume, total, iid, predikat }) => {
		const region = computeRegion(spd, list, rules2026);
		expect(region.rata_kematangan).toBeCloseTo(avg, 10);
		expect(region.skor_jumlah_inovasi).toBeCloseTo(volume, 10);
		expect(region.total).toBeCloseTo(total, 10);
		expect(region.iid).toBe(iid);
		expect(region.predikat).toBe(predikat);
	});

	test('the disclaimer flag is set exactly when no innovation is assessed or none has any evidence-backed level', () => {
		expect(computeRegion(39.5, [], rules2026).tidak_dapat_dinilai).toBe(true);
		// Two assessed innovations whose every claim was rejected (maturity 0): the report is not
		// evidence-based, so BSKDN gives the disclaimer whatever the SPD.
		expect(
			computeRegion(39.5, innovations(2, 0, ['kesehatan', 'sosial']), rules2026)
		).toMatchObject({
			tidak_dapat_dinilai: true,
			predikat: 'Tidak Dapat Dinilai',
		});
		expect(computeRegion(0, innovations(1, 0.5, ['keuangan']), rules2026)).toMatchObject({
			tidak_dapat_dinilai: false,
			// 0.5 / 12 / 250 × 100 = 0.0166… → 0.02 → Kurang Inovatif
			iid: 0.02,
			predikat: 'Kurang Inovatif',
		});
	});

	test('yandas counts distinct basic-service affairs of eligible innovations only', () => {
		const list = [
			...innovations(3, 10, ['pendidikan', 'kesehatan', 'keuangan']),
			...innovations(2, 10, ['sosial', 'trantibum-linmas'], false).map((i) => ({
				...i,
				id: `z/${i.id}`,
			})),
		];
		const region = computeRegion(0, list, rules2026);
		expect(region.urusan_yandas).toEqual(['pendidikan', 'kesehatan']);
		expect(region.yandas_kurang).toEqual([
			'pekerjaan-umum-penataan-ruang',
			'perumahan-kawasan-permukiman',
			'trantibum-linmas',
			'sosial',
		]);
		expect(region.n).toBe(3);
	});

	test.each([
		{ yandas: 4, counted: false, volume: 0 },
		{ yandas: 5, counted: true, volume: 12 * 0.38 },
		{ yandas: 6, counted: true, volume: 12 * 0.38 },
	])('yandas $yandas → volume term counted: $counted', ({ yandas, counted, volume }) => {
		const region = computeRegion(0, innovations(12, 10, YANDAS.slice(0, yandas)), rules2026);
		expect(region.jumlah_dihitung).toBe(counted);
		expect(region.skor_jumlah_inovasi).toBeCloseTo(volume, 10);
	});
});

describe('getPredicate — bands compare the value rounded to 2 decimals', () => {
	test.each([
		[100, 'Sangat Inovatif'],
		[65.01, 'Sangat Inovatif'],
		[65.005, 'Sangat Inovatif'],
		[65.0, 'Inovatif'],
		[40.01, 'Inovatif'],
		[40.004, 'Kurang Inovatif'],
		[40.0, 'Kurang Inovatif'],
		[0.01, 'Kurang Inovatif'],
		[0.004, 'Tidak Dapat Dinilai'],
		[0, 'Tidak Dapat Dinilai'],
	])('%d → %s', (iid, predikat) => {
		expect(getPredicate(iid, rules2026)).toBe(predikat);
	});

	test.each([
		[46.84, { nama: 'Sangat Inovatif', selisih: 18.17 }],
		[40, { nama: 'Inovatif', selisih: 0.01 }],
		[0, { nama: 'Kurang Inovatif', selisih: 0.01 }],
		[70, undefined],
	])('next predicate from %d', (iid, expected) => {
		expect(getNextPredicate({ iid }, rules2026)).toEqual(expected);
	});
});

describe('scoreRegion + toScoreJson', () => {
	const base = {
		tahapan: 'penerapan',
		waktu_uji_coba: '2024-02-01',
		waktu_penerapan: '2024-06-01',
		urusan: 'kesehatan',
	};
	const input = {
		rules: rules2026,
		spd: { visi_misi: { parameter: 3 } },
		agencyIds: ['dinkes', 'disdik', 'bpbd'],
		innovations: [
			{
				...base,
				id: 'disdik/b',
				skpd: 'disdik',
				nama: 'B',
				urusan: 'pendidikan',
				indikator: { video: { parameter: 3 } },
			},
			{
				...base,
				id: 'dinkes/a',
				skpd: 'dinkes',
				nama: 'A',
				indikator: { regulasi: { parameter: 2 }, sdm: { parameter: 3 } },
			},
			{
				...base,
				id: 'dinkes/c',
				skpd: 'dinkes',
				nama: 'C',
				tahapan: 'inisiatif',
				indikator: { video: { parameter: 3 } },
			},
		],
	};

	test('scores, sorts by id and ranks every agency (disdik 12 vs dinkes 12: tie on total and count → id)', () => {
		const json = toScoreJson(scoreRegion(input));
		expect(json.inovasi.map((i) => [i.id, i.kematangan, i.dinilai])).toEqual([
			['dinkes/a', 12, true],
			['dinkes/c', 12, false],
			['disdik/b', 12, true],
		]);
		expect(
			json.skpd.map((s) => [
				s.id,
				s.peringkat,
				s.jumlah_inovasi,
				s.total_kematangan,
				s.jumlah_semua_inovasi,
			])
		).toEqual([
			['dinkes', 1, 1, 12, 2],
			['disdik', 2, 1, 12, 1],
			['bpbd', 3, 0, 0, 0],
		]);
		// (3 + 24/12 + 0) / 250 × 100 = 2
		expect(json.pemda).toMatchObject({
			spd: 3,
			n: 2,
			yandas: 2,
			rata_kematangan: 2,
			skor_jumlah_inovasi: 0,
			sid: 2,
			total: 5,
			iid: 2,
			predikat: 'Kurang Inovatif',
		});
	});

	test('the result does not depend on the order of the input', () => {
		const reversed = {
			...input,
			innovations: [...input.innovations].reverse(),
			agencyIds: [...input.agencyIds].reverse(),
		};
		expect(JSON.stringify(toScoreJson(scoreRegion(reversed)))).toBe(
			JSON.stringify(toScoreJson(scoreRegion(input)))
		);
	});
});

describe('what n counts (rumus.hitung_n)', () => {
	// 14 assessed innovations of maturity 60 over six yandas, plus 2 reported in the window but
	// rejected at verification (assessed: false, reported: true, maturity 0 by then).
	const assessed = innovations(14, 60, YANDAS);
	const rejected = innovations(2, 0, YANDAS, false).map((i) => ({
		...i,
		id: `r/${i.id}`,
		dilaporkan: true,
	}));
	test.each([
		// dinilai: 840 / MAX(12, 14) = 60; volume 14 × 0.38 = 5.32; (39.5 + 65.32) / 2.5 = 41.928 → 41.93
		{ policy: 'dinilai' as const, n: 14, pembagi: 14, avg: 60, volume: 5.32, iid: 41.93 },
		// dilaporkan: 840 / MAX(12, 16) = 52.5; volume still from the 14 assessed = 5.32;
		// (39.5 + 52.5 + 5.32) / 2.5 = 38.928 → 38.93: the two rejected ones lower the average
		{ policy: 'dilaporkan' as const, n: 16, pembagi: 16, avg: 52.5, volume: 5.32, iid: 38.93 },
	])('$policy: n $n, IID $iid', ({ policy, n, pembagi, avg, volume, iid }) => {
		const region = computeRegion(39.5, [...assessed, ...rejected], rules2026, policy);
		expect(region).toMatchObject({ n, pembagi, n_dinilai: 14, n_dilaporkan: 16, hitung_n: policy });
		expect(region.rata_kematangan).toBeCloseTo(avg, 10);
		expect(region.skor_jumlah_inovasi).toBeCloseTo(volume, 10);
		expect(region.iid).toBe(iid);
	});

	test("the rule set's policy is the default (2026: dinilai)", () => {
		expect(rules2026.rumus.hitung_n).toBe('dinilai');
		expect(computeRegion(39.5, [...assessed, ...rejected], rules2026).n).toBe(14);
	});
});
