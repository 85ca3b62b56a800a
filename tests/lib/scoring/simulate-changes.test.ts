import { describe, expect, test } from 'vitest';
import {
	formatDelta,
	listSimChanges,
	removeSimChange,
} from '../../../src/lib/scoring/simulate-changes.ts';
import type { SimBase, SimChanges } from '../../../src/lib/scoring/simulate.ts';
import { parseDecimal } from '../../../src/lib/format/number.ts';
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
			indikator: { video: 3, regulasi: 1 },
		},
	],
};
const words = {
	newInnovation: 'Inovasi baru',
	maturity: 'kematangan',
	notClaimed: 'belum diklaim',
};

describe('the simulator names its changes', () => {
	const changes: SimChanges = {
		// visi_misi back to what the region has: not a change
		spd: { visi_misi: 3, apbd_tepat_waktu: 2 },
		indikator: { 'a/satu': { video: 3, regulasi: 0 } },
		baru: [{ urusan: 'kesehatan', kematangan: 40.5 }],
	};

	test('each real change in plain words with the option text, in the guide order', () => {
		expect(listSimChanges(rules2026, base, changes, words)).toEqual([
			{
				ref: { jenis: 'spd', kunci: 'apbd_tepat_waktu' },
				apa: 'SPD 2a. Penetapan APBD tepat waktu (3 tahun terakhir)',
				perubahan: '0 (belum diklaim) → 2 (Tepat waktu 2 tahun)',
			},
			{
				ref: { jenis: 'indikator', id: 'a/satu', kunci: 'regulasi' },
				apa: 'Satu — 16. Regulasi Inovasi Daerah',
				perubahan: `1 (${rules2026.indikator.find((r) => r.kunci === 'regulasi')!.parameter[0]}) → 0 (belum diklaim)`,
			},
			{
				ref: { jenis: 'baru', index: 0 },
				apa: 'Inovasi baru 1',
				perubahan: 'Kesehatan, kematangan 40,5',
			},
		]);
	});

	test('undoing one change leaves the others and does not touch the input', () => {
		const once = removeSimChange(changes, { jenis: 'indikator', id: 'a/satu', kunci: 'regulasi' });
		expect(once.indikator).toEqual({ 'a/satu': { video: 3 } });
		expect(changes.indikator['a/satu']).toEqual({ video: 3, regulasi: 0 });
		const twice = removeSimChange(once, { jenis: 'indikator', id: 'a/satu', kunci: 'video' });
		expect(twice.indikator).toEqual({});
		expect(removeSimChange(changes, { jenis: 'baru', index: 0 }).baru).toEqual([]);
		expect(removeSimChange(changes, { jenis: 'spd', kunci: 'apbd_tepat_waktu' }).spd).toEqual({
			visi_misi: 3,
		});
	});

	test.each([
		[10.23, 10.37, '+0,14'],
		[44.12, 43.92, '−0,20'],
		[5, 5.001, '±0,00'],
		[0, 12.5, '+12,50'],
	])('delta %f → %f reads %s', (before, after, text) => {
		expect(formatDelta(before, after)).toBe(text);
	});

	test.each([
		['40,5', 40.5],
		['40.5', 40.5],
		[' 12 ', 12],
		['1.250,5', undefined],
		['empat', undefined],
		['', undefined],
	])('parseDecimal(%j) is %s', (text, value) => {
		expect(parseDecimal(text)).toBe(value);
	});
});
