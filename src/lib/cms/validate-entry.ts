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
import { parseWithFriendlyErrors } from '../validation/parse-friendly.ts';
import { describeFieldPath, replaceKeysWithLabels } from './field-path.ts';
import { t } from '../i18n/t.ts';

/** The label the form gives the Markdown body (to-decap-config.ts, field `body`). */
const BODY_PATH = ['body'];

export interface EntryCheck {
	/** `Label › path: message` lines that stop the save, in check:content's words. */
	errors: string[];
	/**
	 * Labels of required fields not filled in yet: they stop the save too, but the preview lists them
	 * calmly (a new entry starts with all of them), not as errors.
	 */
	missing: string[];
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
	const missing: string[] = [];
	const say = (path: readonly (string | number)[], message: string) =>
		`${describeFieldPath(path, rules)}: ${replaceKeysWithLabels(message, rules)}`;
	const parsed = parseWithFriendlyErrors(createInnovationSchema(rules), frontmatter);
	for (const issue of parsed.issues) {
		// A required top-level field left empty: the to-do list, not an error wall.
		if (issue.path.length === 1 && issue.message.startsWith('wajib diisi'))
			missing.push(describeFieldPath(issue.path, rules));
		else errors.push(say(issue.path, issue.message));
	}
	for (const key of DATE_KEYS) {
		const value = frontmatter[key];
		if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > today)
			errors.push(
				say(
					[key],
					`tanggal ${value} masih di masa depan (hari ini ${today}); isi tanggal yang sudah terjadi`
				)
			);
	}
	const text = String(body);
	const strict = frontmatter.tahapan === 'penerapan';
	// The untouched template (the four headings only) says nothing until the stage makes the body
	// required: check:content only warns about it before penerapan, and the officer has not begun.
	const untouched = text.replace(/^#{1,6} .*$/gm, '').trim() === '';
	if (strict || !untouched)
		for (const issue of checkBody(text, 1, rules.rancang_bangun_minimal_kata, strict)) {
			const line = say(BODY_PATH, issue.message);
			(issue.severity === 'galat' ? errors : warnings).push(line);
		}
	return {
		errors,
		missing,
		warnings,
		data: tidy,
		...(parsed.success && pickMaturity(computeMaturity(parsed.data.indikator, rules))),
	};
}

const pickMaturity = ({ kematangan, baris }: Maturity) => ({ kematangan, baris });

/** The message Decap shows when Save is refused (errors, then the fields still empty), or undefined. */
export function describeRefusal({
	errors,
	missing,
}: Pick<EntryCheck, 'errors' | 'missing'>): string | undefined {
	const lines = [
		...errors,
		...(missing.length > 0 ? [t('cms.saveMissing', { fields: missing.join(', ') })] : []),
	];
	return lines.length > 0 ? `${t('cms.saveBlocked')} — ${lines.join(' · ')}` : undefined;
}
