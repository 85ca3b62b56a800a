/**
 * Whether an innovation counts in the assessment year (*dinilai*), and why.
 */
import { DATE_KEYS, STAGE_DATES } from '../../schemas/vocabulary.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';

/** The dates and stage eligibility looks at. */
export interface EligibilityInput {
	tahapan: string;
	waktu_uji_coba?: string | undefined;
	waktu_penerapan?: string | undefined;
	waktu_pengembangan?: string | undefined;
	/**
	 * The indicator answers, when known: an innovation that claims none (an imported draft) is not
	 * assessed until it does, so an empty shell never counts in n, the volume or the coverage.
	 */
	indikator?: Readonly<Record<string, { parameter?: number } | undefined>>;
}

/**
 * Which clause decided: the stage is not assessed, no date, no claim, inside the window, put to
 * use (or developed) only before it, or not yet in it. Pages word each case for citizens.
 */
export type EligibilityCause = 'tahapan' | 'tanggal' | 'klaim' | 'dalam' | 'sebelum' | 'sesudah';

export interface Eligibility {
	dinilai: boolean;
	/** Indonesian sentence explaining the decision (for SKPD staff: it names the keys to fill). */
	alasan: string;
	/** The clause that decided. */
	sebab: EligibilityCause;
	/** The latest of the three dates and which key it came from, when any is set. */
	tanggal_acuan?: { kunci: string; tanggal: string };
	/**
	 * The dates the window clause reads, when set: when the innovation was put to use (the trial for
	 * a trial-stage innovation, the implementation otherwise) and its latest development.
	 */
	tanggal_jendela?: { kunci: string; tanggal: string }[];
}

type DateKey = (typeof DATE_KEYS)[number];

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

/** The key of the date an innovation at `tahapan` was put to use (its stage's last required date). */
function getUseDateKey(tahapan: string): DateKey | undefined {
	return (STAGE_DATES as Record<string, readonly DateKey[] | undefined>)[tahapan]?.at(-1);
}

/** The dates the window clause reads ("diterapkan dan/atau dikembangkan"), in that order. */
export function getWindowDates(input: EligibilityInput): { kunci: string; tanggal: string }[] {
	const keys = [getUseDateKey(input.tahapan), 'waktu_pengembangan' as const];
	return keys.flatMap((kunci) => {
		const tanggal = kunci && input[kunci];
		return kunci && tanggal ? [{ kunci, tanggal }] : [];
	});
}

/** True when some date the window clause reads lies in `[mulai, selesai]` (ISO dates compare as strings). */
export function isInWindow(
	dates: readonly { tanggal: string }[],
	window: { mulai: string; selesai: string }
): boolean {
	return dates.some(({ tanggal }) => tanggal >= window.mulai && tanggal <= window.selesai);
}

/**
 * Decides eligibility: the stage is one the rule set assesses, and the innovation was put to use
 * **and/or** developed in the window (2026 guide). An innovation implemented in the window still
 * counts after a later development; an old one counts when developed in the window.
 */
export function checkEligibility(input: EligibilityInput, rules: RuleSet): Eligibility {
	const { mulai, selesai } = rules.jendela_penilaian;
	const window = `${mulai} s.d. ${selesai}`;
	if (!rules.tahapan_dinilai.includes(input.tahapan)) {
		return {
			dinilai: false,
			sebab: 'tahapan',
			alasan: `tahapan ${input.tahapan} belum dinilai; inovasi dinilai mulai tahapan ${rules.tahapan_dinilai.join(' atau ')}`,
		};
	}
	const latest = getLatestDate(input);
	const dates = getWindowDates(input);
	if (!latest || dates.length === 0)
		return {
			dinilai: false,
			sebab: 'tanggal',
			alasan: 'belum ada tanggal uji coba, penerapan, atau pengembangan',
		};
	if (
		input.indikator &&
		!Object.values(input.indikator).some((answer) => (answer?.parameter ?? 0) > 0)
	)
		return {
			dinilai: false,
			sebab: 'klaim',
			tanggal_acuan: latest,
			tanggal_jendela: dates,
			alasan:
				'belum ada indikator yang diklaim; isi parameter dan bukti indikator agar inovasi dinilai',
		};
	const known = { tanggal_acuan: latest, tanggal_jendela: dates };
	const listed = dates.map(({ kunci, tanggal }) => `${kunci} ${tanggal}`).join(', ');
	const inside = dates.find(({ tanggal }) => tanggal >= mulai && tanggal <= selesai);
	if (inside) {
		return {
			dinilai: true,
			sebab: 'dalam',
			...known,
			alasan: `tahapan ${input.tahapan}, ${inside.kunci} ${inside.tanggal} dalam jendela penilaian ${window}`,
		};
	}
	if (dates.every(({ tanggal }) => tanggal < mulai)) {
		return {
			dinilai: false,
			sebab: 'sebelum',
			...known,
			alasan: `diterapkan sebelum jendela penilaian ${window} dan tidak dikembangkan di dalamnya (${listed}); isi waktu_pengembangan bila inovasi dikembangkan dalam jendela`,
		};
	}
	return {
		dinilai: false,
		sebab: 'sesudah',
		...known,
		alasan: `tidak diterapkan atau dikembangkan dalam jendela penilaian ${window} (${listed}); masuk penilaian tahun berikutnya`,
	};
}
