/**
 * Glue from validated content to the scoring engine: the one way every CLI and page scores a
 * repository, so `npm run score` and the site can never disagree.
 */
import type { InnovationData, ScoringData } from '../../schemas/innovation.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { scoreRegion, type ScoreReport } from './region.ts';
import type { ScoredAnswer } from './maturity.ts';

/** A validated innovation with its id and owner. */
export interface ContentInnovation {
	id: string;
	skpd: string;
	data: InnovationData;
}

/** The parts of the repository that scoring reads. */
export interface ContentForScoring {
	rules: RuleSet;
	spd: Readonly<Record<string, ScoredAnswer | undefined>>;
	agencyIds: readonly string[];
	innovations: readonly ContentInnovation[];
}

/** The frontmatter fields scoring reads besides the indicator answers. */
function pickScoredFrontmatter(data: InnovationData | ScoringData) {
	return {
		nama: data.nama,
		urusan: data.urusan,
		tahapan: data.tahapan,
		waktu_uji_coba: data.waktu_uji_coba,
		waktu_penerapan: data.waktu_penerapan,
		waktu_pengembangan: data.waktu_pengembangan,
	};
}

/** The fields of a validated innovation that scoring reads (shared by the engine and the simulator). */
export function pickScoringFields({ id, skpd, data }: ContentInnovation) {
	return { id, skpd, ...pickScoredFrontmatter(data) };
}

/** Validated data cut down to what `createScoringSchema` reads (for the scoring cache). */
export function toScoringData(data: InnovationData): ScoringData {
	const indikator = Object.fromEntries(Object.entries(data.indikator).map(([key, answer]) => [key, answer && { parameter: answer.parameter }]));
	return { ...pickScoredFrontmatter(data), indikator } as ScoringData;
}

/** Scores validated content. */
export function scoreContent(content: ContentForScoring): ScoreReport {
	return scoreRegion({
		rules: content.rules,
		spd: content.spd,
		agencyIds: content.agencyIds,
		innovations: content.innovations.map((innovation) => ({
			...pickScoringFields(innovation),
			indikator: innovation.data.indikator as Record<string, ScoredAnswer | undefined>,
		})),
	});
}
