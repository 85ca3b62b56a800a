import { describe, expect, test } from 'vitest';
import { scoreRegion } from '../../../src/lib/scoring/score-region.ts';
import type { RuleSet } from '../../../src/schemas/rule-set.ts';
import { rules2026 } from '../../helpers/rules.ts';
import {
	accepted,
	OTHER_SIDIK,
	record,
	refused,
	SIDIK,
	verificationOf,
} from '../../helpers/verified.ts';

/** An eligible innovation of the finance affair (no basic service: no volume term). */
const innovation = (id: string, indikator: Record<string, number>, dates = {}) => ({
	id,
	skpd: id.split('/')[0]!,
	nama: id,
	urusan: 'keuangan',
	tahapan: 'penerapan',
	waktu_uji_coba: '2024-02-01',
	waktu_penerapan: '2024-05-01',
	...dates,
	indikator: Object.fromEntries(
		Object.entries(indikator).map(([key, parameter]) => [key, { parameter }])
	),
});

/**
 * Four innovations and two SPD rows, every weight from the 2026 rule set:
 *   x/a regulasi 2 (3×2 = 6) + video 3 (4×3 = 12) = 18; verified: layak, regulasi lowered to 1 (3),
 *       video accepted (12) = 15
 *   x/b sdm 3 (2×3 = 6) + video 2 (8) = 14; verified: layak, sdm lapsed (claim changed) 0, video 8 = 8
 *   x/c video 3 = 12; verified: not eligible (reported twice) → not assessed
 *   x/d implemented 2024-05-01, developed 2026-02-01 (still in the window: "dan/atau"), video 1 = 4;
 *       no record → awaits verification, not assessed
 *   SPD visi_misi 3 (1×3 = 3) + opini_bpk 3 (1.5×3 = 4.5) = 7.5; verified: visi_misi 3, opini_bpk
 *       rejected → 3
 * Klaim: n 4, Σ 48 / MAX(12, 4) = 4; total 7.5 + 4 = 11.5; IID 11.5 / 250 × 100 = 4.60
 * Terverifikasi: n 2, Σ 23 / 12 = 1.91666…; total 3 + 1.91666… = 4.91666…; IID 1.9666… → 1.97
 */
const innovations = [
	innovation('x/a', { regulasi: 2, video: 3 }),
	innovation('x/b', { sdm: 3, video: 2 }),
	innovation('x/c', { video: 3 }),
	innovation('x/d', { video: 1 }, { waktu_pengembangan: '2026-02-01' }),
];
const spd = { visi_misi: { parameter: 3 }, opini_bpk: { parameter: 3 } };
const verification = {
	...verificationOf(
		{
			'x/a': record({
				regulasi: { ...accepted(1), catatan: 'SK tidak atas nama Kepala Daerah' },
				video: accepted(3),
			}),
			'x/b': record({ sdm: accepted(3), video: accepted(2) }),
			'x/c': record({ video: accepted(3) }, false, 'sudah dilaporkan dua kali'),
		},
		{ 'x/b': ['sdm'] }
	),
	region: { spd: { visi_misi: accepted(3), opini_bpk: refused('ditolak', 'LHP tahun lain') } },
	spdCurrent: { jawaban: { visi_misi: SIDIK, opini_bpk: SIDIK } },
};
const report = scoreRegion({ rules: rules2026, spd, agencyIds: ['x'], innovations, verification });
const byId = (id: string) => report.inovasi.find((i) => i.id === id)!;

describe('klaim and terverifikasi, hand-computed', () => {
	test('klaim: every claim as written → IID 4.60', () => {
		expect(report.pemda).toMatchObject({ spd: 7.5, n: 4, iid: 4.6, predikat: 'Kurang Inovatif' });
		expect(report.pemda.rata_kematangan).toBe(4);
	});

	test('terverifikasi: only accepted, unchanged claims of eligible innovations → IID 1.97', () => {
		const verified = report.terverifikasi.pemda;
		expect(verified).toMatchObject({ spd: 3, n: 2, n_dilaporkan: 4, iid: 1.97 });
		expect(verified.rata_kematangan).toBeCloseTo(23 / 12, 12);
	});

	test.each([
		['x/a', 18, 15, 'layak'],
		['x/b', 14, 8, 'layak'],
		['x/c', 12, 12, 'tidak-layak'],
		['x/d', 4, 0, 'belum'],
	])('%s: klaim %d, terverifikasi %d (%s)', (id, claim, verified, status) => {
		expect(byId(id).kematangan).toBe(claim);
		expect(byId(id).verifikasi.kematangan).toBe(verified);
		expect(byId(id).verifikasi.status_layak).toBe(status);
	});

	test('a changed claim lapses its verification by itself; the others stand', () => {
		const rows = byId('x/b').verifikasi.baris;
		expect(rows.find((r) => r.kunci === 'sdm')).toMatchObject({
			status: 'kedaluwarsa',
			klaim: 3,
			parameter: 0,
		});
		expect(rows.find((r) => r.kunci === 'video')).toMatchObject({
			status: 'diterima',
			parameter: 2,
		});
	});

	test('a changed profile (stage or dates) lapses the eligibility decision', () => {
		const lapsed = scoreRegion({
			rules: rules2026,
			spd,
			agencyIds: ['x'],
			innovations,
			verification: verificationOf({ 'x/a': record({ video: accepted(3) }) }, {}, ['x/a']),
		});
		expect(lapsed.inovasi[0]!.verifikasi.status_layak).toBe('kedaluwarsa');
		expect(lapsed.terverifikasi.pemda.n).toBe(0);
	});

	test('a verified level never counts above the claim', () => {
		const above = scoreRegion({
			rules: rules2026,
			spd: {},
			agencyIds: ['x'],
			innovations: [innovation('x/a', { video: 1 })],
			verification: verificationOf({ 'x/a': record({ video: accepted(3) }) }),
		});
		expect(above.inovasi[0]!.verifikasi.kematangan).toBe(4);
	});

	test('the verifier note, name and date travel with the row, lapsed or not', () => {
		expect(byId('x/a').verifikasi.baris.find((r) => r.kunci === 'regulasi')).toMatchObject({
			status: 'diterima',
			parameter: 1,
			catatan: 'SK tidak atas nama Kepala Daerah',
			oleh: '@verifikator',
			tanggal: '2026-11-20',
		});
		expect(report.terverifikasi.spd_baris.find((r) => r.kunci === 'opini_bpk')).toMatchObject({
			status: 'ditolak',
			parameter: 0,
			catatan: 'LHP tahun lain',
		});
		expect(OTHER_SIDIK).not.toBe(SIDIK);
	});

	test('nothing verified yet: the verified index is a disclaimer, whatever its SPD', () => {
		const none = scoreRegion({ rules: rules2026, spd, agencyIds: ['x'], innovations });
		expect(none.pemda.predikat).toBe('Kurang Inovatif');
		expect(none.terverifikasi.pemda).toMatchObject({
			n: 0,
			tidak_dapat_dinilai: true,
			predikat: 'Tidak Dapat Dinilai',
		});
	});
});

describe('a rejected innovation under both n policies', () => {
	// 13 innovations of video 3 (maturity 12) verified eligible, and one more reported in the window
	// but declared not eligible.
	const many = [
		...Array.from({ length: 13 }, (_, i) =>
			innovation(`y/i${String(i).padStart(2, '0')}`, { video: 3 })
		),
		innovation('y/ditolak', { video: 3 }),
	];
	const records = {
		...Object.fromEntries(many.slice(0, 13).map((i) => [i.id, record({ video: accepted(3) })])),
		'y/ditolak': record({ video: accepted(3) }, false, 'bukan inovasi: tugas rutin'),
	};
	const withPolicy = (hitung_n: 'dinilai' | 'dilaporkan'): RuleSet => ({
		...rules2026,
		rumus: { ...rules2026.rumus, hitung_n },
	});
	test.each([
		// klaim: 14 × 12 = 168 / 14 = 12 → 12 / 2.5 = 4.80 under either policy
		// dinilai: 13 × 12 = 156 / MAX(12, 13) = 12 → 4.80
		{ policy: 'dinilai' as const, n: 13, klaim: 4.8, verified: 4.8 },
		// dilaporkan: 156 / MAX(12, 14) = 11.142857… → 4.457… → 4.46
		{ policy: 'dilaporkan' as const, n: 14, klaim: 4.8, verified: 4.46 },
	])(
		'$policy: verified n $n, klaim $klaim, terverifikasi $verified',
		({ policy, n, klaim, verified }) => {
			const result = scoreRegion({
				rules: withPolicy(policy),
				spd: {},
				agencyIds: ['y'],
				innovations: many,
				verification: verificationOf(records),
			});
			expect(result.pemda.iid).toBe(klaim);
			expect(result.terverifikasi.pemda).toMatchObject({ n, iid: verified, hitung_n: policy });
		}
	);
});
