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
			reason: /setelah jendela/,
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
			name: 'the latest date decides, even when it is after the window',
			input: {
				tahapan: 'penerapan',
				waktu_uji_coba: '2024-01-10',
				waktu_penerapan: '2024-05-01',
				waktu_pengembangan: '2026-02-01',
			},
			dinilai: false,
			reason: /setelah jendela/,
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
