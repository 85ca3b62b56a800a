import { describe, expect, test } from 'vitest';
import { checkEligibility } from '../../../src/lib/scoring/eligibility.ts';
import { rules2026 } from '../../helpers/rules.ts';

describe('checkEligibility (window 2024-01-01..2025-12-31)', () => {
	test.each([
		{
			name: 'inisiatif is never assessed',
			input: { tahapan: 'inisiatif', waktu_uji_coba: '2024-05-01' },
			dinilai: false,
			reason: /tahapan inisiatif belum dinilai/,
		},
		{
			name: 'an imported draft that claims no indicator is not assessed until it does',
			input: {
				tahapan: 'uji-coba',
				waktu_uji_coba: '2024-05-01',
				indikator: { video: { parameter: 0 } },
			},
			dinilai: false,
			reason: /belum ada indikator yang diklaim/,
		},
		{
			name: 'one claimed indicator is enough',
			input: {
				tahapan: 'uji-coba',
				waktu_uji_coba: '2024-05-01',
				indikator: { video: { parameter: 1 } },
			},
			dinilai: true,
			reason: /dalam jendela/,
		},
		{
			name: 'trial on the first day',
			input: { tahapan: 'uji-coba', waktu_uji_coba: '2024-01-01' },
			dinilai: true,
			reason: /dalam jendela/,
		},
		{
			name: 'trial the day before',
			input: { tahapan: 'uji-coba', waktu_uji_coba: '2023-12-31' },
			dinilai: false,
			reason: /sebelum jendela penilaian.*waktu_pengembangan/,
		},
		{
			name: 'implementation on the last day',
			input: { tahapan: 'penerapan', waktu_uji_coba: '2025-01-01', waktu_penerapan: '2025-12-31' },
			dinilai: true,
			reason: /waktu_penerapan 2025-12-31/,
		},
		{
			name: 'implementation the day after',
			input: { tahapan: 'penerapan', waktu_uji_coba: '2025-06-01', waktu_penerapan: '2026-01-01' },
			dinilai: false,
			reason: /tidak diterapkan atau dikembangkan dalam jendela/,
		},
		{
			name: 'old innovation kept eligible by a development date',
			input: {
				tahapan: 'penerapan',
				waktu_uji_coba: '2020-01-06',
				waktu_penerapan: '2021-03-01',
				waktu_pengembangan: '2025-02-10',
			},
			dinilai: true,
			reason: /waktu_pengembangan 2025-02-10/,
		},
		{
			name: 'old innovation without development',
			input: { tahapan: 'penerapan', waktu_uji_coba: '2020-01-06', waktu_penerapan: '2021-03-01' },
			dinilai: false,
			reason: /sebelum jendela/,
		},
		{
			name: 'implemented in the window still counts after a later development ("dan/atau")',
			input: {
				tahapan: 'penerapan',
				waktu_uji_coba: '2024-01-10',
				waktu_penerapan: '2024-05-01',
				waktu_pengembangan: '2026-02-01',
			},
			dinilai: true,
			reason: /waktu_penerapan 2024-05-01 dalam jendela/,
		},
		{
			name: 'implemented before and developed after the window: next year',
			input: {
				tahapan: 'penerapan',
				waktu_uji_coba: '2021-01-10',
				waktu_penerapan: '2021-05-01',
				waktu_pengembangan: '2026-02-01',
			},
			dinilai: false,
			reason: /tidak diterapkan atau dikembangkan dalam jendela.*tahun berikutnya/,
		},
		{
			name: 'a trial-stage innovation is read by its trial date',
			input: {
				tahapan: 'uji-coba',
				waktu_uji_coba: '2025-12-31',
				waktu_pengembangan: '2026-01-05',
			},
			dinilai: true,
			reason: /waktu_uji_coba 2025-12-31/,
		},
		{
			name: 'a penerapan-stage innovation is read by its implementation, not its trial',
			input: { tahapan: 'penerapan', waktu_uji_coba: '2025-03-01', waktu_penerapan: '2026-01-02' },
			dinilai: false,
			reason: /tahun berikutnya/,
		},
		{
			name: 'no date at all',
			input: { tahapan: 'uji-coba' },
			dinilai: false,
			reason: /belum ada tanggal/,
		},
	])('$name', ({ input, dinilai, reason }) => {
		const result = checkEligibility(input, rules2026);
		expect(result.dinilai).toBe(dinilai);
		expect(result.alasan).toMatch(reason);
	});
});
