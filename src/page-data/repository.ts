/**
 * The repository as the site sees it: loaded and validated once per build (shared by the content
 * loader and every page), scored once. Files with errors are left out, so a broken file on `main`
 * never stops the published site.
 */
import { loadRepository, type Repository } from '../repository/load-repository-fs.ts';
import { readHistory, type History } from '../repository/git-history-fs.ts';
import { readAuditTrails, type AuditTrail } from '../repository/audit-trail-fs.ts';
import { getInnovationFieldTitles } from '../lib/content/schema-fields.ts';
import { getToday } from '../repository/today.ts';
import { scoreRepository } from '../repository/score-repository.ts';
import type { ScoreReport } from '../lib/scoring/score-region.ts';
import { buildInnovationViews, type InnovationView } from '../lib/site/innovation-view.ts';
import { getLabels, type Labels } from '../lib/site/labels.ts';

/**
 * One cache per build process, on globalThis: Astro loads content.config.ts and the pages as two
 * separate module graphs in the same process, and a module-level cache would load (and validate)
 * the whole repository twice.
 */
interface SiteCache {
	repository?: Repository;
	report?: ScoreReport;
	views?: InnovationView[];
	labels?: Labels;
	history?: History;
	audit?: Map<string, AuditTrail>;
	titles?: Map<string, string>;
}
const cache: SiteCache = ((globalThis as { __katalogSite?: SiteCache }).__katalogSite ??= {});

/** The validated repository of the working directory (cached for the whole build). */
export function getSiteRepository(): Repository {
	cache.repository ??= loadRepository(process.cwd(), {
		today: getToday(),
		performance: { parallel: true },
	});
	return cache.repository;
}

/** The scores of the valid content (cached). Without a valid pemda.yml the SPD counts as 0. */
export function getSiteScores(): ScoreReport {
	if (!cache.report) {
		const repo = getSiteRepository();
		cache.report = scoreRepository(repo);
	}
	return cache.report;
}

/** Agency id → full name. */
export function getAgencyNames(): Map<string, string> {
	return new Map([...getSiteRepository().agencies].map(([id, agency]) => [id, agency.nama]));
}

/** Labels of the rule set in force (cached: every innovation page asks). */
export function getSiteLabels(): Labels {
	cache.labels ??= getLabels(getSiteRepository().rules);
	return cache.labels;
}

/** Every valid innovation joined with its score and labels, sorted by id (cached). */
export function getInnovationViews(): InnovationView[] {
	cache.views ??= buildInnovationViews(
		getSiteRepository().innovations,
		getSiteScores().inovasi,
		getAgencyNames(),
		getSiteLabels()
	);
	return cache.views;
}

/** Git history of the content files (cached). */
export function getSiteHistory(): History {
	cache.history ??= readHistory(process.cwd());
	return cache.history;
}

/** Each innovation's audit trail in plain words, read once for every page (cached). */
export function getSiteAuditTrails(): Map<string, AuditTrail> {
	if (!cache.audit) {
		const repo = getSiteRepository();
		cache.audit = readAuditTrails(
			process.cwd(),
			getSiteHistory(),
			repo.innovations.map((innovation) => innovation.id),
			{ rules: repo.rules, titles: getSiteFieldTitles(), labels: getSiteLabels() }
		);
	}
	return cache.audit;
}

/** Frontmatter key → its title from the schema (cached: every innovation page asks). */
export function getSiteFieldTitles(): Map<string, string> {
	cache.titles ??= getInnovationFieldTitles(getSiteRepository().rules);
	return cache.titles;
}
