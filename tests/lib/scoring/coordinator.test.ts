import { describe, expect, test } from 'vitest';
import {
	countReportingAgencies,
	findWeakInnovations,
	getAgencyGaps,
	getRegionStatus,
} from '../../../src/lib/scoring/coordinator.ts';
import { scoreRegion } from '../../../src/lib/scoring/score-region.ts';
import { buildAgencyTrend, buildTrend } from '../../../src/lib/scoring/trend.ts';
import type { Archive } from '../../../src/schemas/archive.ts';
import { rules2026 } from '../../helpers/rules.ts';

const base = { tahapan: 'penerapan', waktu_uji_coba: '2024-02-01' };
const report = scoreRegion({
	rules: rules2026,
	spd: {},
	agencyIds: ['a', 'b'],
	innovations: [
		// eligible, latest date 2024-06-01 (< 2025-01-01: leaves the window next year)
		{
			...base,
			id: 'a/lama',
			skpd: 'a',
			nama: 'Lama',
			urusan: 'kesehatan',
			waktu_penerapan: '2024-06-01',
			indikator: { video: { parameter: 3 }, regulasi: { parameter: 1 } },
		},
		// eligible, 2025 → stays
		{
			...base,
			id: 'a/baru',
			skpd: 'a',
			nama: 'Baru',
			urusan: 'sosial',
			waktu_penerapan: '2025-03-01',
			indikator: { video: { parameter: 1 } },
		},
		{
			...base,
			id: 'b/gagasan',
			skpd: 'b',
			nama: 'Gagasan',
			urusan: 'pendidikan',
			tahapan: 'inisiatif',
			indikator: {},
		},
	],
});

describe('coordinator view', () => {
	test('agency gaps: counts, mean maturity of eligible ones, missing mandatory, weakest indicators', () => {
		const [a, b] = getAgencyGaps(report);
		// a/lama = 12 + 3 = 15, a/baru = 4 → mean 9.5
		expect(a).toMatchObject({
			id: 'a',
			jumlah: 2,
			dinilai: 2,
			rata_kematangan: 9.5,
			kurang_wajib: 2,
		});
		// points lost over both: replikasi 3×3×2 = 18, kemanfaatan 18, regulasi 3×(2+3) = 15 → worst first, ties by key
		expect(a!.indikator_terlemah.map((w) => [w.kunci, w.poin_hilang])).toEqual([
			['kemanfaatan', 18],
			['replikasi', 18],
			['regulasi', 15],
		]);
		expect(b).toMatchObject({
			id: 'b',
			jumlah: 1,
			dinilai: 0,
			rata_kematangan: 0,
			kurang_wajib: 1,
			indikator_terlemah: [],
		});
	});

	test('region status: short of D by 10, volume needs 3 more affairs, next predicate, who leaves the window', () => {
		const status = getRegionStatus(report);
		expect(status.kurang_dari_d).toBe(10);
		expect(status.tambahan_yandas).toBe(3);
		expect(status.yandas_kurang).toEqual([
			'pendidikan',
			'pekerjaan-umum-penataan-ruang',
			'perumahan-kawasan-permukiman',
			'trantibum-linmas',
		]);
		// IID = (19 / 12) / 2.5 = 0.63 (Kurang Inovatif); the next band, Inovatif, starts at 40.01 → 39.38 to go
		expect(status.predikat_berikut).toEqual({ nama: 'Inovatif', selisih: 39.38 });
		expect(status.habis_jendela.map((i) => i.id)).toEqual(['a/lama']);
	});

	test('agencies reporting: b has only an idea (not assessed) and c nothing, so both are at zero', () => {
		expect(countReportingAgencies(report, ['a', 'b', 'c'])).toEqual({
			dengan: 1,
			total: 3,
			nol: ['b', 'c'],
		});
	});
});

describe('yearly record', () => {
	const archive = (year: number, iid: number, totals: Record<string, number>): Archive => ({
		tahun_penilaian: year,
		dibekukan: `${year}-09-01`,
		pemda: {
			spd: 0,
			n: 0,
			yandas: 0,
			rata_kematangan: 0,
			skor_jumlah_inovasi: 0,
			sid: 0,
			total: 0,
			iid,
			predikat: 'Kurang Inovatif',
		},
		skpd: Object.entries(totals).map(([id, total], index) => ({
			id,
			peringkat: index + 1,
			jumlah_inovasi: 1,
			total_kematangan: total,
		})),
		inovasi: [],
	});

	test('estimate beside official figure, with the difference', () => {
		const rows = buildTrend(
			[archive(2026, 44.12, {}), archive(2025, 30.5, {})],
			[
				{ tahun: 2025, iid: 36.02, predikat: 'Kurang Inovatif', sumber: 'Kepmendagri' },
				{ tahun: 2024, iid: 33.41, predikat: 'Kurang Inovatif', sumber: 'x' },
			]
		);
		expect(rows.map((r) => [r.tahun, r.perkiraan, r.resmi, r.selisih])).toEqual([
			[2024, undefined, 33.41, undefined],
			[2025, 30.5, 36.02, 5.52],
			[2026, 44.12, undefined, undefined],
		]);
	});

	test('a year known only by its predicate has no index and no difference', () => {
		const rows = buildTrend(
			[archive(2024, 30.5, {})],
			[{ tahun: 2024, predikat: 'Inovatif', sumber: 'pemberitaan' }]
		);
		expect(rows).toEqual([
			{
				tahun: 2024,
				perkiraan: 30.5,
				predikat_perkiraan: 'Kurang Inovatif',
				predikat_resmi: 'Inovatif',
				sumber: 'pemberitaan',
			},
		]);
	});

	test('agency totals per archived year', () => {
		const table = buildAgencyTrend([
			archive(2026, 1, { dinkes: 144, disdik: 179 }),
			archive(2025, 1, { dinkes: 90 }),
		]);
		expect([...table].map(([id, years]) => [id, [...years]])).toEqual([
			[
				'dinkes',
				[
					[2025, 90],
					[2026, 144],
				],
			],
			['disdik', [[2026, 179]]],
		]);
	});
});

describe('findWeakInnovations follows the rule set n policy', () => {
	// 13 assessed innovations: twelve of video 3 (maturity 12), one of video 1 (maturity 4). n = 13
	// > D = 12, so the weak one pulls the mean down: (12×12 + 4) / 13 = 11.38 against 144 / 12 = 12.
	const innovations = [
		...Array.from({ length: 12 }, (_, i) => ({
			...base,
			id: `a/kuat${String(i).padStart(2, '0')}`,
			skpd: 'a',
			nama: `Kuat ${i}`,
			urusan: 'kesehatan',
			waktu_penerapan: '2025-01-01',
			indikator: { video: { parameter: 3 } },
		})),
		{
			...base,
			id: 'a/lemah',
			skpd: 'a',
			nama: 'Lemah',
			urusan: 'kesehatan',
			waktu_penerapan: '2025-01-01',
			indikator: { video: { parameter: 1 } },
		},
	];
	test.each([
		['dinilai', ['a/lemah']],
		['dilaporkan', []],
	] as const)('hitung_n %s → %j', (policy, expected) => {
		const rules = { ...rules2026, rumus: { ...rules2026.rumus, hitung_n: policy } };
		const scored = scoreRegion({ rules, spd: {}, agencyIds: ['a'], innovations });
		expect(findWeakInnovations(scored).map((item) => item.inovasi.id)).toEqual(expected);
	});
});
