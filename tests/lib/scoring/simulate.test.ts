import { describe, expect, test } from 'vitest';
import {
	decodeChanges,
	encodeChanges,
	NO_CHANGES,
	simulate,
	type SimBase,
} from '../../../src/lib/scoring/simulate.ts';
import { rules2026 } from '../../helpers/rules.ts';

const base: SimBase = {
	spd: { visi_misi: 3 },
	inovasi: [
		{
			id: 'a/satu',
			nama: 'Satu',
			skpd: 'a',
			urusan: 'kesehatan',
			tahapan: 'penerapan',
			waktu_uji_coba: '2024-01-10',
			waktu_penerapan: '2024-06-01',
			indikator: { video: 3 },
		},
		{
			id: 'a/dua',
			nama: 'Dua',
			skpd: 'a',
			urusan: 'sosial',
			tahapan: 'inisiatif',
			indikator: { regulasi: 3 },
		},
	],
};

describe('simulate', () => {
	test.each([
		// base: SPD 3, one eligible innovation of 12 → (3 + 12/12) / 2.5 = 1.60
		{ name: 'no change', changes: NO_CHANGES, iid: 1.6 },
		// SPD visi_misi 3 → 1 and opini_bpk 0 → 3 (4.5): SPD 5.5 → (5.5 + 1) / 2.5 = 2.60
		{ name: 'SPD rows', changes: { ...NO_CHANGES, spd: { visi_misi: 1, opini_bpk: 3 } }, iid: 2.6 },
		// regulasi 0 → 3 on a/satu: maturity 21 → (3 + 21/12) / 2.5 = 1.90
		{
			name: 'an indicator',
			changes: { ...NO_CHANGES, indikator: { 'a/satu': { regulasi: 3 } } },
			iid: 1.9,
		},
		// a hypothetical innovation of maturity 14 → (3 + 26/12) / 2.5 = 2.0666… → 2.07
		{
			name: 'a new innovation',
			changes: { ...NO_CHANGES, baru: [{ urusan: 'pendidikan', kematangan: 14 }] },
			iid: 2.07,
		},
		// an ineligible innovation's indicators change nothing
		{
			name: 'an ineligible innovation',
			changes: { ...NO_CHANGES, indikator: { 'a/dua': { video: 3 } } },
			iid: 1.6,
		},
	])('$name → IID $iid', ({ changes, iid }) => {
		expect(simulate(rules2026, base, changes).region.iid).toBe(iid);
	});
});

describe('URL state', () => {
	test('round-trips and ignores junk', () => {
		const changes = {
			spd: { pad: 3, haki: 2 },
			indikator: { 'dinkes/sipandu': { regulasi: 3 } },
			baru: [{ urusan: 'sosial', kematangan: 14 }],
		};
		const hash = encodeChanges(changes);
		expect(hash).toBe(
			'spd=haki%3A2%2Cpad%3A3&ind=dinkes%2Fsipandu%3Aregulasi%3A3&baru=sosial%3A14'
		);
		expect(decodeChanges(`#${hash}`, rules2026)).toEqual(changes);
		expect(
			decodeChanges('#spd=tidak_ada:3,pad:9,pad:x&ind=a:regulasi:7&baru=planet:5', rules2026)
		).toEqual(NO_CHANGES);
	});

	test.each(['__proto__', 'constructor', 'prototype', '__proto__/x', 'Dinkes/A'])(
		'an id %j in the hash is ignored and nothing reaches Object.prototype',
		(id) => {
			const decoded = decodeChanges(
				`#ind=${encodeURIComponent(`${id}:regulasi:3`)},dinkes%2Fa%3Avideo%3A2`,
				rules2026
			);
			expect(decoded.indikator).toEqual({ 'dinkes/a': { video: 2 } });
			expect(({} as Record<string, unknown>).regulasi).toBeUndefined();
			expect(Object.prototype).not.toHaveProperty('regulasi');
		}
	);
});

describe('simulate — the verified index', () => {
	// a/satu is eligible and verified at video 3 (12); SPD visi_misi verified at 1 (1 point)
	const verifiedBase: SimBase = {
		...base,
		spd_terverifikasi: { visi_misi: 1 },
		inovasi: base.inovasi.map((item) =>
			item.id === 'a/satu' ? { ...item, terverifikasi: { video: 3 }, layak: true } : item
		),
	};
	test.each([
		// (1 + 12/12) / 2.5 = 0.80
		{ name: 'as verified today', changes: NO_CHANGES, iid: 0.8 },
		// regulasi 3 planned and verified on a/satu: (1 + 21/12) / 2.5 = 1.10
		{
			name: 'a planned indicator',
			changes: { ...NO_CHANGES, indikator: { 'a/satu': { regulasi: 3 } } },
			iid: 1.1,
		},
		// SPD change counts as verified too: visi_misi 3 → (3 + 1) / 2.5 = 1.60
		{ name: 'a planned SPD row', changes: { ...NO_CHANGES, spd: { visi_misi: 3 } }, iid: 1.6 },
	])('$name → verified IID $iid', ({ changes, iid }) => {
		expect(simulate(rules2026, verifiedBase, changes).terverifikasi.iid).toBe(iid);
	});

	test('nothing verified: the verified index is a disclaimer', () => {
		expect(simulate(rules2026, base, NO_CHANGES).terverifikasi.predikat).toBe(
			'Tidak Dapat Dinilai'
		);
	});
});
