/**
 * The registry of rule sets, keyed by assessment year (`pemda.tahun_penilaian`).
 * Add a year by adding `src/data/aturan/<year>.json` and one line below.
 */
import { RuleSetSchema, type RuleSet } from '../../schemas/rule-set.ts';
import rules2026 from '../../data/aturan/2026.json' with { type: 'json' };

const RAW_RULE_SETS: Record<number, unknown> = {
	2026: rules2026,
};

const cache = new Map<number, RuleSet>();

/** Years that have a rule set, ascending. */
export function listRuleSetYears(): number[] {
	return Object.keys(RAW_RULE_SETS)
		.map(Number)
		.sort((a, b) => a - b);
}

/** True when `year` has a rule set. */
export function hasRuleSet(year: number): boolean {
	return Object.hasOwn(RAW_RULE_SETS, year);
}

/**
 * The validated rule set of a guide year.
 * @throws Error with an Indonesian message when the year has no rule set.
 */
export function getRuleSet(year: number): RuleSet {
	const cached = cache.get(year);
	if (cached) return cached;
	if (!hasRuleSet(year)) {
		throw new Error(
			`tahun penilaian ${year} belum memiliki aturan; tahun yang tersedia: ${listRuleSetYears().join(', ')}`
		);
	}
	const rules = RuleSetSchema.parse(RAW_RULE_SETS[year]);
	cache.set(year, rules);
	return rules;
}
