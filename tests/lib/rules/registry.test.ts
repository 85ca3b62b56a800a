import { describe, expect, test } from 'vitest';
import { getRuleSet, listRuleSetYears } from '../../../src/lib/rules/registry.ts';
import {
	getBasicServiceKeys,
	getMaxMaturity,
	getMaxSpd,
	getMaxTotal,
	getMaxVolume,
} from '../../../src/lib/scoring/rules-derived.ts';
import { rules2026 } from '../../helpers/rules.ts';

describe('2026 rule set', () => {
	test('has the guide totals: 20 indicators (Σ weight 37 → 111), 20 SPD rows (Σ 21 → 63), 76, 250', () => {
		expect(rules2026.indikator).toHaveLength(20);
		expect(rules2026.spd).toHaveLength(20);
		expect(getMaxMaturity(rules2026)).toBe(111);
		expect(getMaxSpd(rules2026)).toBe(63);
		expect(getMaxVolume(rules2026)).toBe(76);
		expect(getMaxTotal(rules2026)).toBe(250);
	});

	test('mandatory indicators are the guide numbers 16, 17, 32, 33, 35', () => {
		expect(rules2026.indikator.filter((i) => i.wajib).map((i) => i.nomor)).toEqual([
			16, 17, 32, 33, 35,
		]);
	});

	test('indicator numbers run 16..35 and keys are unique', () => {
		expect(rules2026.indikator.map((i) => i.nomor)).toEqual(
			Array.from({ length: 20 }, (_, i) => 16 + i)
		);
		expect(new Set(rules2026.indikator.map((i) => i.kunci)).size).toBe(20);
		expect(new Set(rules2026.spd.map((r) => r.kunci)).size).toBe(20);
		expect(new Set(rules2026.urusan.map((u) => u.kunci)).size).toBe(rules2026.urusan.length);
	});

	test('the six basic-service affairs have the contract keys', () => {
		expect(getBasicServiceKeys(rules2026)).toEqual([
			'pendidikan',
			'kesehatan',
			'pekerjaan-umum-penataan-ruang',
			'perumahan-kawasan-permukiman',
			'trantibum-linmas',
			'sosial',
		]);
	});

	test('formula constants, window and bands', () => {
		expect(rules2026.rumus).toEqual({
			parameter_maksimal: 3,
			pembagi_minimal: 12,
			faktor_jumlah_inovasi: 0.38,
			batas_jumlah_inovasi: 200,
			yandas_minimal: 5,
			hitung_n: 'dinilai',
		});
		expect(rules2026.jendela_penilaian).toEqual({ mulai: '2024-01-01', selesai: '2025-12-31' });
		expect(rules2026.predikat.map((p) => p.minimal)).toEqual([65.01, 40.01, 0.01, 0]);
	});

	test('every method rule names its source, and later years are data (2027: D 14, Y 6)', () => {
		const keys = rules2026.metode.map((rule) => rule.kunci);
		expect(keys).toEqual(expect.arrayContaining(['jendela', 'hitung-n', 'tidak-dapat-dinilai']));
		for (const rule of rules2026.metode) expect(rule.sumber.length).toBeGreaterThan(5);
		expect(rules2026.proyeksi).toContainEqual(
			expect.objectContaining({ tahun: 2027, pembagi_minimal: 14, yandas_minimal: 6 })
		);
	});

	test('efficiency level 3 is 20.01–30 %, figures above are flagged', () => {
		const basis = rules2026.kemanfaatan.dasar.find((b) => b.kode === 'c')!;
		expect(basis.pita).toEqual([0.01, 10.01, 20.01]);
		expect(basis.batas_periksa).toBe(30);
		expect(basis.label_pita[2]).toBe('20,01–30,00%');
	});

	test("affairs outside the guide's list are marked as this project's reading", () => {
		expect(rules2026.urusan.filter((u) => u.tafsiran).map((u) => u.kunci)).toEqual([
			'pengawasan',
			'kesekretariatan',
			'pemerintahan-umum',
		]);
	});

	test('benefit bands ascend for every basis', () => {
		for (const basis of rules2026.kemanfaatan.dasar) {
			expect([...basis.pita].sort((a, b) => a - b)).toEqual(basis.pita);
		}
		expect(rules2026.kemanfaatan.dasar.map((b) => b.kode).join('')).toBe('abcdef');
	});
});

describe('registry', () => {
	test('lists the years it has', () => {
		expect(listRuleSetYears()).toEqual([2026]);
	});

	test('an unknown year is a clear Indonesian error', () => {
		expect(() => getRuleSet(2019)).toThrowErrorMatchingInlineSnapshot(
			`[Error: tahun penilaian 2019 belum memiliki aturan; tahun yang tersedia: 2026]`
		);
	});
});
