import { describe, expect, test } from 'vitest';
import {
	describeInnovationChange,
	describeVerificationChange,
	type Snapshot,
} from '../../../src/lib/history/describe-change.ts';
import { getInnovationFieldTitles } from '../../../src/lib/content/schema-fields.ts';
import { getLabels } from '../../../src/lib/site/labels.ts';
import { rules2026 } from '../../helpers/rules.ts';

const context = {
	rules: rules2026,
	titles: getInnovationFieldTitles(rules2026),
	labels: getLabels(rules2026),
};
const base = {
	nama: 'Antrean Puskesmas',
	tahapan: 'uji-coba',
	waktu_uji_coba: '2024-02-05',
	indikator: { regulasi: { parameter: 1, bukti: ['/bukti/a/b/sk.pdf'] } },
};
const version = (data: unknown, body = 'Uraian.'): Snapshot => ({ data, body });

describe('a change to an innovation in plain words', () => {
	test.each<[string, unknown, string, string[]]>([
		[
			'a stage, a date and a claim',
			{
				...base,
				tahapan: 'penerapan',
				waktu_penerapan: '2024-07-01',
				indikator: { regulasi: { parameter: 3, bukti: ['/bukti/a/b/perbup.pdf'] } },
			},
			'Uraian.',
			[
				'Tahapan: Uji Coba → Penerapan',
				'Mulai penerapan ditambahkan',
				'16. Regulasi Inovasi Daerah: parameter 1 → 3',
			],
		],
		[
			'only the evidence and the body',
			{ ...base, indikator: { regulasi: { parameter: 1, bukti: ['/bukti/a/b/sk-baru.pdf'] } } },
			'Uraian yang lebih panjang.',
			['16. Regulasi Inovasi Daerah: bukti diubah', 'uraian diubah'],
		],
		[
			'a new claim, and an unknown key by its own name',
			{ ...base, indikator: { ...base.indikator, video: { parameter: 2 } }, rahasia: 1 },
			'Uraian.',
			['rahasia ditambahkan', '35. Video inovasi daerah: parameter 0 → 2'],
		],
		['nothing but formatting', { ...base }, 'Uraian.\n', ['penulisan dirapikan']],
		['a version that did not parse', 'bukan objek', 'Uraian.', ['isi berkas diubah']],
	])('%s', (_name, after, body, phrases) => {
		expect(describeInnovationChange(version(base), version(after, body), context)).toEqual(phrases);
	});

	test('the first version is "diajukan"; more than five phrases are counted', () => {
		expect(describeInnovationChange(undefined, version(base), context)).toEqual(['diajukan']);
		const many = Object.fromEntries(
			rules2026.indikator.slice(0, 8).map((row) => [row.kunci, { parameter: 2 }])
		);
		const phrases = describeInnovationChange(
			version(base),
			version({ ...base, indikator: many }),
			context
		);
		expect(phrases).toHaveLength(6);
		expect(phrases.at(-1)).toBe('dan 3 perubahan lain');
	});
});

describe('a change to a verification in plain words', () => {
	const row = (status: string) => ({ status, oleh: 'Sari', tanggal: '2026-11-20', sidik: 'a' });
	test('eligibility, then counts by status; withdrawn rows are said', () => {
		expect(
			describeVerificationChange(
				version({ indikator: { regulasi: row('perbaiki'), sdm: row('diterima') } }),
				version({
					layak: true,
					indikator: {
						regulasi: row('diterima'),
						video: row('ditolak'),
						kecepatan: row('diterima'),
					},
				})
			)
		).toEqual([
			'verifikasi: dinyatakan layak dinilai, verifikasi 1 klaim dicabut, 2 klaim diterima, 1 klaim ditolak',
		]);
		expect(describeVerificationChange(undefined, version({ layak: false }))).toEqual([
			'verifikasi: dinyatakan tidak layak dinilai',
		]);
	});
});
