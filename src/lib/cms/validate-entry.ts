/**
 * The form's own check before Save: the same zod schema and body rules as `check:content`, run in
 * the officer's browser on what Decap is about to save, so an error the PR check would raise stops
 * the save in Indonesian instead of arriving later as a bot comment. It also tidies what is saved:
 * indicators in the rule set's order, unclaimed ones (parameter 0, no evidence) left out. Pure:
 * bundled for the browser by `npm run cms:bundle` (public/admin/decap/validate-entry.js).
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { createInnovationSchema } from '../../schemas/innovation.ts';
import { checkBody } from '../validation/check-body.ts';
import { computeMaturity, type Maturity, type MaturityRow } from '../scoring/maturity.ts';
import { DATE_KEYS } from '../../schemas/vocabulary.ts';

export interface EntryCheck {
	/** `key.path: message` lines that stop the save. */
	errors: string[];
	/** Lines shown but not blocking (the PR check reports them as warnings). */
	warnings: string[];
	/** The frontmatter to save: indicators ordered and unclaimed ones removed. */
	data: Record<string, unknown>;
	/** Claimed maturity of what would be saved, when the frontmatter is valid. */
	kematangan?: number;
	/** Its indicator rows (every indicator of the rule set), when the frontmatter is valid. */
	baris?: MaturityRow[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** Empty strings, empty lists and empty objects are what Decap leaves for untouched fields. */
function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (isRecord(value)) return Object.values(value).every(isEmpty);
	return false;
}

/** Indicators in rule-set order, without unclaimed answers; other empty optional fields dropped. */
export function tidyEntry(data: Record<string, unknown>, rules: RuleSet): Record<string, unknown> {
	const answers = isRecord(data.indikator) ? data.indikator : {};
	const indikator: Record<string, unknown> = {};
	for (const { kunci } of rules.indikator) {
		const answer = answers[kunci];
		if (!isRecord(answer)) continue;
		const parameter = Number(answer.parameter ?? 0);
		const bukti = Array.isArray(answer.bukti) ? answer.bukti : [];
		if (parameter === 0 && bukti.length === 0) continue;
		indikator[kunci] = Object.fromEntries(
			Object.entries({ ...answer, parameter }).filter(([, value]) => !isEmpty(value))
		);
	}
	const tidy = Object.fromEntries(
		Object.entries(data).filter(([key, value]) => key === 'body' || !isEmpty(value))
	);
	return { ...tidy, indikator };
}

/**
 * Checks one entry as the PR check would; `body` is the Markdown under the frontmatter.
 * @param today `YYYY-MM-DD` in the officer's browser: no date may lie after it.
 */
export function checkEntry(
	data: Record<string, unknown>,
	rules: RuleSet,
	today: string
): EntryCheck {
	const tidy = tidyEntry(data, rules);
	const { body = '', ...frontmatter } = tidy;
	const errors: string[] = [];
	const warnings: string[] = [];
	const parsed = createInnovationSchema(rules).safeParse(frontmatter);
	if (!parsed.success) {
		for (const issue of parsed.error.issues)
			errors.push(`${issue.path.map(String).join('.') || 'isian'}: ${issue.message}`);
	}
	for (const key of DATE_KEYS) {
		const value = frontmatter[key];
		if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today)
			errors.push(
				`${key}: tanggal ${value} masih di masa depan (hari ini ${today}); isi tanggal yang sudah terjadi`
			);
	}
	const strict = frontmatter.tahapan === 'penerapan';
	for (const issue of checkBody(String(body), 1, rules.rancang_bangun_minimal_kata, strict)) {
		const line = `isi: ${issue.message}`;
		(issue.severity === 'galat' ? errors : warnings).push(line);
	}
	return {
		errors,
		warnings,
		data: tidy,
		...(parsed.success && pickMaturity(computeMaturity(parsed.data.indikator, rules))),
	};
}

const pickMaturity = ({ kematangan, baris }: Maturity) => ({ kematangan, baris });
