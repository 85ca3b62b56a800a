/**
 * The repository as the site sees it: loaded and validated once per build (shared by the content
 * loader and every page), scored once. Files with errors are left out, so a broken file on `main`
 * never stops the published site.
 */
import { loadRepository, type Repository } from '../../scripts/lib/repository-fs.ts';
import { readHistory, type History } from '../../scripts/lib/git-history.ts';
import { getToday } from '../../scripts/lib/today.ts';
import { scoreContent } from '../lib/scoring/score-content.ts';
import type { ScoreReport } from '../lib/scoring/region.ts';
import { buildInnovationViews, type InnovationView } from '../lib/site/innovation-view.ts';
import { getLabels, type Labels } from '../lib/site/labels.ts';

let repository: Repository | undefined;
let report: ScoreReport | undefined;
let views: InnovationView[] | undefined;
let history: History | undefined;

/** The validated repository of the working directory (cached for the whole build). */
export function getSiteRepository(): Repository {
	repository ??= loadRepository(process.cwd(), { today: getToday() });
	return repository;
}

/** The scores of the valid content (cached). Without a valid pemda.yml the SPD counts as 0. */
export function getSiteScores(): ScoreReport {
	if (!report) {
		const repo = getSiteRepository();
		report = scoreContent({ rules: repo.rules, spd: repo.pemda?.spd ?? {}, agencyIds: repo.agencyIds, innovations: repo.innovations });
	}
	return report;
}

/** Agency id → full name. */
export function getAgencyNames(): Map<string, string> {
	return new Map([...getSiteRepository().agencies].map(([id, agency]) => [id, agency.nama]));
}

/** Labels of the rule set in force. */
export function getSiteLabels(): Labels {
	return getLabels(getSiteRepository().rules);
}

/** Every valid innovation joined with its score and labels, sorted by id (cached). */
export function getInnovationViews(): InnovationView[] {
	views ??= buildInnovationViews(getSiteRepository().innovations, getSiteScores().inovasi, getAgencyNames(), getSiteLabels());
	return views;
}

/** Git history of the content files (cached). */
export function getSiteHistory(): History {
	history ??= readHistory(process.cwd());
	return history;
}
