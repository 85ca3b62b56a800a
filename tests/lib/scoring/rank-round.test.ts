import { describe, expect, test } from 'vitest';
import { rankAgencies } from '../../../src/lib/scoring/rank.ts';
import { round2 } from '../../../src/lib/scoring/round.ts';

describe('rankAgencies', () => {
	test.each([
		{
			name: 'by total maturity',
			innovations: [
				{ skpd: 'b', kematangan: 90, dinilai: true },
				{ skpd: 'a', kematangan: 50, dinilai: true },
			],
			expected: ['b', 'a', 'c'],
		},
		{
			name: 'equal totals: more eligible innovations first',
			innovations: [
				{ skpd: 'a', kematangan: 60, dinilai: true },
				{ skpd: 'b', kematangan: 30, dinilai: true },
				{ skpd: 'b', kematangan: 30, dinilai: true },
			],
			expected: ['b', 'a', 'c'],
		},
		{
			name: 'equal totals and counts: by id',
			innovations: [
				{ skpd: 'c', kematangan: 40, dinilai: true },
				{ skpd: 'a', kematangan: 40, dinilai: true },
			],
			expected: ['a', 'c', 'b'],
		},
		{
			name: 'ineligible innovations do not count',
			innovations: [
				{ skpd: 'c', kematangan: 100, dinilai: false },
				{ skpd: 'b', kematangan: 1, dinilai: true },
			],
			expected: ['b', 'a', 'c'],
		},
	])('$name', ({ innovations, expected }) => {
		const ranked = rankAgencies(['a', 'b', 'c'], innovations);
		expect(ranked.map((agency) => agency.id)).toEqual(expected);
		expect(ranked.map((agency) => agency.peringkat)).toEqual([1, 2, 3]);
	});

	test('an innovation of an unregistered agency is ignored', () => {
		expect(rankAgencies(['a'], [{ skpd: 'x', kematangan: 5, dinilai: true }])).toEqual([
			{ id: 'a', peringkat: 1, jumlah_inovasi: 0, total_kematangan: 0, jumlah_semua_inovasi: 0 },
		]);
	});
});

describe('round2', () => {
	test.each([
		[46.84, 46.84],
		[1.005, 1.01],
		[38.349333, 38.35],
		[40.004999, 40],
		[((39.5 + 1400 / 20 + 20 * 0.38) / 250) * 100, 46.84],
		[0.1 + 0.2, 0.3],
		[-1.005, -1.01],
		[0, 0],
	])('%d → %d', (input, expected) => {
		expect(round2(input)).toBe(expected);
	});

	test('the fast path for values already on a cent agrees with the decimal rounding everywhere', () => {
		// The reference: the decimal round trip for every value.
		const reference = (value: number) => {
			const rounded = Math.round(Number((Math.abs(value) * 100).toPrecision(12))) / 100;
			return value < 0 ? -rounded : rounded;
		};
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const values = [
			...Array.from({ length: 5000 }, () => (random() - 0.5) * 400),
			// sums of quarter points, thirds and halves of cents, the sums the engine makes
			...Array.from({ length: 2000 }, (_, index) => index * 0.25 + index * 0.005),
			...Array.from({ length: 2000 }, (_, index) => index / 3),
			...Array.from({ length: 1000 }, (_, index) => (index * 0.1 + 0.2) * 0.38),
		];
		for (const value of values) expect(round2(value), String(value)).toBe(reference(value));
	});
});
