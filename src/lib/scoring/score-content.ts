/**
 * Glue from validated content to the scoring engine: the one way every CLI and page scores a
 * repository, so `npm run score` and the site can never disagree.
 */
import type { InnovationData, ScoringData } from '../../schemas/innovation.ts';
import { SCORED_KEYS } from '../../schemas/vocabulary.ts';
import type { InnovationEntry } from '../content/innovation-entry.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { getClaimParts } from '../verification/fingerprint.ts';
import {
	scoreRegion,
	type ScoredInnovation,
	type ScoreReport,
	type VerificationInput,
} from './score-region.ts';

export type { VerificationInput } from './score-region.ts';
import type { ScoredAnswer } from './maturity.ts';

/** What scoring reads of a repository entry. */
type ScoredEntry = Pick<InnovationEntry, 'id' | 'skpd' | 'data'>;

/** The parts of the repository that scoring reads. */
export interface ContentForScoring {
	rules: RuleSet;
	spd: Readonly<Record<string, ScoredAnswer | undefined>>;
	agencyIds: readonly string[];
	innovations: readonly ScoredEntry[];
	/** The coordinators' verification (none: every claim awaits verification). */
	verification?: VerificationInput | undefined;
}

/** The frontmatter fields scoring reads besides the indicator answers (`SCORED_KEYS`). */
function pickScoredFrontmatter(data: InnovationData | ScoringData) {
	return Object.fromEntries(SCORED_KEYS.map((key) => [key, data[key]])) as Pick<
		ScoringData,
		(typeof SCORED_KEYS)[number]
	>;
}

/** The fields of a validated innovation that scoring reads (shared by the engine and the simulator). */
export function pickScoringFields({ id, skpd, data }: ScoredEntry) {
	return { id, skpd, ...pickScoredFrontmatter(data) };
}

/** Validated data cut down to what `createScoringSchema` reads (for the scoring cache). */
export function toScoringData(data: InnovationData): ScoringData {
	const indikator = Object.fromEntries(
		Object.entries(data.indikator).map(([key, answer]) => [
			key,
			// the claim's fingerprint parts ride along, so a cached entry can still tell a lapse
			answer && { parameter: answer.parameter, klaim: getClaimParts(answer) },
		])
	);
	return { ...pickScoredFrontmatter(data), indikator };
}

/**
 * Innovations already scored, by their entry's data: a pull request's check scores the base and
 * the head, which share every unchanged entry, and nothing is scored twice. A result is reused only
 * for the same rule set and the same verification record and current claim (by identity).
 */
const scored = new WeakMap<
	object,
	{ rules: RuleSet; record: unknown; current: unknown; result: ScoredInnovation }
>();

/** Scores validated content. */
export function scoreContent(content: ContentForScoring): ScoreReport {
	const { verification } = content;
	return scoreRegion({
		rules: content.rules,
		spd: content.spd,
		agencyIds: content.agencyIds,
		verification,
		innovations: content.innovations.map((innovation) => ({
			...pickScoringFields(innovation),
			indikator: innovation.data.indikator,
		})),
		reuse: {
			get: (index) => {
				const { id, data } = content.innovations[index]!;
				const hit = scored.get(data);
				return hit &&
					hit.rules === content.rules &&
					hit.record === verification?.records.get(id) &&
					hit.current === verification?.current.get(id)
					? hit.result
					: undefined;
			},
			set: (index, result) => {
				const { id, data } = content.innovations[index]!;
				scored.set(data, {
					rules: content.rules,
					record: verification?.records.get(id),
					current: verification?.current.get(id),
					result,
				});
			},
		},
	});
}
