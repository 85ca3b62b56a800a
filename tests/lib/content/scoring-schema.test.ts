import { expect, test } from 'vitest';
import { createInnovationSchema, createScoringSchema } from '../../../src/schemas/innovation.ts';
import { rules2026 } from '../../helpers/rules.ts';

const scoring = createScoringSchema(rules2026);
const full = createInnovationSchema(rules2026);
const base = {
	nama: 'Antrean Daring',
	ringkasan: 'Daftar dari rumah.',
	tahapan: 'penerapan',
	inisiator: 'asn',
	jenis: 'digital',
	bentuk: 'pelayanan-publik',
	urusan: 'kesehatan',
	waktu_uji_coba: '2024-02-05',
	waktu_penerapan: '2024-07-01',
	indikator: { regulasi: { parameter: 2, bukti: ['https://contoh.go.id/perbup.pdf'] } },
};

test('a valid innovation reads the same scoring fields through both schemas', () => {
	const viaFull = full.parse(base);
	const viaScoring = scoring.parse(base);
	for (const key of [
		'nama',
		'urusan',
		'tahapan',
		'waktu_uji_coba',
		'waktu_penerapan',
		'waktu_pengembangan',
	] as const)
		expect(viaScoring[key]).toEqual(viaFull[key]);
	expect(viaScoring.indikator.regulasi?.parameter).toBe(viaFull.indikator.regulasi?.parameter);
});

test.each([
	['an unknown stage', { tahapan: 'selesai' }],
	['an impossible date', { waktu_penerapan: '2024-02-30' }],
	['an unknown affair', { urusan: 'antariksa' }],
	['a parameter above 3', { indikator: { regulasi: { parameter: 4 } } }],
	['an unknown indicator', { indikator: { bukan_indikator: { parameter: 1 } } }],
])('refuses what would change a score: %s', (_name, change) => {
	expect(scoring.safeParse({ ...base, ...change }).success).toBe(false);
});

test('does not re-check what scoring never reads (evidence, summary, contact)', () => {
	const unchecked = {
		...base,
		ringkasan: '',
		kontak: 5,
		indikator: { regulasi: { parameter: 2, bukti: ['bukan tautan'] } },
	};
	expect(full.safeParse(unchecked).success).toBe(false);
	expect(scoring.safeParse(unchecked).success).toBe(true);
});
