import { describe, expect, test } from 'vitest';
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

/** The sample region shipped in content/ must stay valid and varied enough to demo every rule. */
describe('sample region (Kabupaten Tanah Bumbu, sample data)', () => {
	const repo = loadRepository(REPO_ROOT, { today: '2026-11-27' });
	const report = scoreRepository(repo);
	const data = repo.innovations.map((i) => i.data);

	test('has no errors', () => {
		expect(repo.findings.filter((f) => f.severity === 'galat')).toEqual([]);
	});

	test('at least 20 agencies and 30 innovations across at least 12 agencies', () => {
		expect(repo.agencies.size).toBeGreaterThanOrEqual(20);
		expect(repo.innovations.length).toBeGreaterThanOrEqual(30);
		expect(new Set(repo.innovations.map((i) => i.skpd)).size).toBeGreaterThanOrEqual(12);
	});

	test('covers every stage, type and form, and all six basic-service affairs among eligible ones', () => {
		expect(new Set(data.map((d) => d.tahapan))).toEqual(
			new Set(['inisiatif', 'uji-coba', 'penerapan'])
		);
		expect(new Set(data.map((d) => d.jenis))).toEqual(new Set(['digital', 'non-digital']));
		expect(new Set(data.map((d) => d.bentuk))).toEqual(
			new Set(['tata-kelola', 'pelayanan-publik', 'lainnya'])
		);
		expect(report.pemda.yandas).toBe(6);
	});

	test('has a spread of maturity and a few innovations outside the window', () => {
		const maturities = report.inovasi.map((i) => i.kematangan);
		expect(Math.max(...maturities)).toBeLessThan(111);
		expect(Math.max(...maturities) - Math.min(...maturities)).toBeGreaterThan(50);
		const outOfWindow = report.inovasi.filter(
			(i) => /jendela penilaian/.test(i.kelayakan.alasan) && !i.kelayakan.dinilai
		);
		expect(outOfWindow.length).toBeGreaterThanOrEqual(2);
	});

	test('scores consistently: IID from its own terms', () => {
		const { pemda } = report;
		expect(pemda.iid).toBeCloseTo(
			((pemda.spd + pemda.rata_kematangan + pemda.skor_jumlah_inovasi) / 250) * 100,
			2
		);
		expect(pemda.spd).toBe(39.5);
	});
});
