/**
 * Whether an innovation counts in the assessment year (*dinilai*), and why.
 */
import { DATE_KEYS } from '../../schemas/vocabulary.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';

/** The dates and stage eligibility looks at. */
export interface EligibilityInput {
	tahapan: string;
	waktu_uji_coba?: string | undefined;
	waktu_penerapan?: string | undefined;
	waktu_pengembangan?: string | undefined;
}

export interface Eligibility {
	dinilai: boolean;
	/** Indonesian sentence explaining the decision. */
	alasan: string;
	/** The latest of the three dates and which key it came from, when any is set. */
	tanggal_acuan?: { kunci: string; tanggal: string };
}

/** The latest date among trial, implementation and development (later key wins a tie). */
export function getLatestDate(input: EligibilityInput): Eligibility['tanggal_acuan'] {
	let latest: Eligibility['tanggal_acuan'];
	for (const kunci of DATE_KEYS) {
		const tanggal = input[kunci];
		if (tanggal !== undefined && (latest === undefined || tanggal >= latest.tanggal))
			latest = { kunci, tanggal };
	}
	return latest;
}

/**
 * Decides eligibility: stage is one the rule set assesses, and the latest date lies in the window.
 * ISO dates compare correctly as strings.
 */
export function checkEligibility(input: EligibilityInput, rules: RuleSet): Eligibility {
	const { mulai, selesai } = rules.jendela_penilaian;
	const window = `${mulai} s.d. ${selesai}`;
	if (!rules.tahapan_dinilai.includes(input.tahapan)) {
		return {
			dinilai: false,
			alasan: `tahapan ${input.tahapan} belum dinilai; inovasi dinilai mulai tahapan ${rules.tahapan_dinilai.join(' atau ')}`,
		};
	}
	const latest = getLatestDate(input);
	if (!latest)
		return { dinilai: false, alasan: 'belum ada tanggal uji coba, penerapan, atau pengembangan' };
	const basis = `${latest.kunci} ${latest.tanggal}`;
	if (latest.tanggal < mulai) {
		return {
			dinilai: false,
			tanggal_acuan: latest,
			alasan: `tanggal terbaru (${basis}) sebelum jendela penilaian ${window}; isi waktu_pengembangan bila inovasi dikembangkan dalam jendela`,
		};
	}
	if (latest.tanggal > selesai) {
		return {
			dinilai: false,
			tanggal_acuan: latest,
			alasan: `tanggal terbaru (${basis}) setelah jendela penilaian ${window}; masuk penilaian tahun berikutnya`,
		};
	}
	return {
		dinilai: true,
		tanggal_acuan: latest,
		alasan: `tahapan ${input.tahapan}, tanggal terbaru (${basis}) dalam jendela penilaian ${window}`,
	};
}
