import { describe, expect, test } from 'vitest';
import { computeMaturity, computeSpd } from '../../../src/lib/scoring/maturity.ts';
import { answers, rules2026 } from '../../helpers/rules.ts';

/** The SIPANDU example of docs/metodologi.md §5, row by row: 3+4+4+6+2+4+2+2+2+3+3+3+6+2+4+0+4+9+4+12 = 79. */
const SIPANDU = {
	regulasi: 1,
	sdm: 2,
	anggaran: 2,
	alat_kerja: 3,
	bimtek: 2,
	rkpd: 2,
	aktor: 2,
	pelaksana: 2,
	jejaring: 2,
	sosialisasi: 3,
	pedoman: 3,
	informasi_layanan: 3,
	kemudahan_proses: 3,
	pengaduan: 2,
	layanan_terintegrasi: 2,
	replikasi: 0,
	kecepatan: 2,
	kemanfaatan: 3,
	monev: 2,
	video: 3,
};
const ALL_THREE = Object.fromEntries(rules2026.indikator.map((i) => [i.kunci, 3]));

describe('computeMaturity', () => {
	test.each([
		{
			name: 'nothing claimed',
			input: {},
			total: 0,
			missing: ['regulasi', 'sdm', 'kecepatan', 'kemanfaatan', 'video'],
		},
		{ name: 'SIPANDU worked example', input: SIPANDU, total: 79, missing: [] },
		{ name: 'every indicator at 3', input: ALL_THREE, total: 111, missing: [] },
		{
			name: 'only video at 1 (weight 4)',
			input: { video: 1 },
			total: 4,
			missing: ['regulasi', 'sdm', 'kecepatan', 'kemanfaatan'],
		},
		{
			name: 'regulasi 3 + replikasi 3 (weights 3)',
			input: { regulasi: 3, replikasi: 3 },
			total: 18,
			missing: ['sdm', 'kecepatan', 'kemanfaatan', 'video'],
		},
		{
			name: 'a mandatory one at 0 still counts as missing',
			input: { regulasi: 0, sdm: 1 },
			total: 2,
			missing: ['regulasi', 'kecepatan', 'kemanfaatan', 'video'],
		},
	])('$name → $total', ({ input, total, missing }) => {
		const result = computeMaturity(answers(input), rules2026);
		expect(result.kematangan).toBe(total);
		expect(result.wajib_kurang).toEqual(missing);
		expect(result.baris.reduce((sum, row) => sum + row.skor, 0)).toBe(total);
	});

	test('each row carries weight, points and the chosen parameter text', () => {
		const row = computeMaturity(answers({ regulasi: 2 }), rules2026).baris[0]!;
		expect(row).toMatchObject({
			kunci: 'regulasi',
			nomor: 16,
			bobot: 3,
			parameter: 2,
			skor: 6,
			wajib: true,
		});
		expect(row.teks_parameter).toMatch(/^Peraturan Kepala Daerah/);
		expect(computeMaturity({}, rules2026).baris[0]!.teks_parameter).toBe('');
	});
});

/** SPD of docs/metodologi.md §5: 3+3+2+2+2+1.5+1.5+3+3+4.5+2+1.5+1.5+1.5+1.5+2+1+2+0+1 = 39.5. */
const SPD_EXAMPLE = {
	visi_misi: 3,
	apbd_tepat_waktu: 3,
	mandatory_spending: 2,
	perizinan: 2,
	pendapatan_per_kapita: 2,
	progres_tpt: 2,
	persentase_tpt: 2,
	investasi: 2,
	pad: 2,
	opini_bpk: 3,
	lakip: 2,
	progres_kemiskinan: 2,
	persentase_kemiskinan: 2,
	peningkatan_ipm: 2,
	capaian_ipm: 2,
	penghargaan_inovator: 1,
	rekomendasi_kebijakan: 1,
	ikk: 2,
	ripj_pid: 0,
	haki: 1,
};

describe('computeSpd', () => {
	test.each([
		{ name: 'empty', input: {}, expected: 0 },
		{ name: 'worked example', input: SPD_EXAMPLE, expected: 39.5 },
		{
			name: 'all rows at 3',
			input: Object.fromEntries(rules2026.spd.map((r) => [r.kunci, 3])),
			expected: 63,
		},
		{ name: 'one 0.75 row at 1', input: { progres_tpt: 1 }, expected: 0.75 },
		{ name: 'opini_bpk 3 (weight 1.5)', input: { opini_bpk: 3 }, expected: 4.5 },
	])('$name → $expected', ({ input, expected }) => {
		expect(computeSpd(answers(input), rules2026)).toBe(expected);
	});
});
