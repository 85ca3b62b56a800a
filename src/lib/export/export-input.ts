/** What the national export reads: the repository's data, its scores and the site's address. */
import type { InnovationData } from '../../schemas/innovation.ts';
import type { Pemda } from '../../schemas/pemda.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { ScoreReport } from '../scoring/score-region.ts';

/** One innovation as the export reads it. */
export interface ExportInnovation {
	id: string;
	skpd: string;
	skpdNama: string;
	data: InnovationData;
	body: string;
	bodyStartLine: number;
}

export interface ExportInput {
	rules: RuleSet;
	pemda: Pemda;
	report: ScoreReport;
	innovations: readonly ExportInnovation[];
	/** The published site's address with its base path, ending in `/` (`pemda.situs` or the build's). */
	site: string;
}
