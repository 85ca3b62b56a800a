import { describe, expect, test } from 'vitest';
import { checkEligibility, type EligibilityInput } from '../../../src/lib/scoring/eligibility.ts';
import { describeEligibility } from '../../../src/lib/site/eligibility-words.ts';
import { rules2026 } from '../../helpers/rules.ts';

const claimed = { indikator: { video: { parameter: 1 } } };

describe('why an innovation counts, in a citizen’s words', () => {
	test.each<[string, EligibilityInput, string]>([
		[
			'inside the window',
			{
				tahapan: 'penerapan',
				waktu_uji_coba: '2023-05-01',
				waktu_penerapan: '2024-06-01',
				...claimed,
			},
			'tahap Penerapan, diterapkan 1 Juni 2024 — di dalam masa penilaian 1 Januari 2024 s.d. 31 Desember 2025.',
		],
		[
			'an idea',
			{ tahapan: 'inisiatif', ...claimed },
			'masih tahap Inisiatif; IID menilai inovasi mulai tahap Uji Coba atau Penerapan.',
		],
		[
			'no date',
			{ tahapan: 'penerapan', ...claimed },
			'belum ada tanggal uji coba, penerapan, atau pengembangan.',
		],
		[
			'no claim',
			{ tahapan: 'penerapan', waktu_penerapan: '2024-06-01', indikator: {} },
			'belum ada indikator yang diklaim SKPD.',
		],
		[
			'before, not developed',
			{ tahapan: 'penerapan', waktu_penerapan: '2021-03-03', ...claimed },
			'diterapkan 3 Maret 2021, sebelum masa penilaian 1 Januari 2024 s.d. 31 Desember 2025, dan tidak dikembangkan di dalamnya.',
		],
		[
			'after',
			{ tahapan: 'uji-coba', waktu_uji_coba: '2026-02-02', ...claimed },
			'diuji coba 2 Februari 2026 — tidak di dalam masa penilaian 1 Januari 2024 s.d. 31 Desember 2025; masuk penilaian tahun berikutnya.',
		],
	])('%s', (_name, input, sentence) => {
		const text = describeEligibility(checkEligibility(input, rules2026), input.tahapan, rules2026);
		expect(text).toBe(sentence);
		// Never the frontmatter keys or ISO dates the engine's own reason carries for SKPD staff.
		expect(text).not.toMatch(/waktu_|\d{4}-\d{2}-\d{2}|\.\./);
	});
});
