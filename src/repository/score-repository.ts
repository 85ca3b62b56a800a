/**
 * Scores a loaded repository: its SPD answers, every agency, the valid innovations and the
 * coordinators' verification. The one call every CLI and the site make, so none forgets a part.
 */
import type { InnovationEntry } from '../lib/content/innovation-entry.ts';
import { scoreContent } from '../lib/scoring/score-content.ts';
import type { ScoreReport } from '../lib/scoring/score-region.ts';
import type { Repository } from './load-repository-fs.ts';

/** Both scores of `repo` (optionally with another list of innovations, e.g. a PR's). */
export function scoreRepository(
	repo: Pick<Repository, 'rules' | 'pemda' | 'agencyIds' | 'innovations' | 'verification'>,
	innovations: readonly Pick<InnovationEntry, 'id' | 'skpd' | 'data'>[] = repo.innovations
): ScoreReport {
	return scoreContent({
		rules: repo.rules,
		spd: repo.pemda?.spd ?? {},
		agencyIds: repo.agencyIds,
		innovations,
		verification: repo.verification,
	});
}
