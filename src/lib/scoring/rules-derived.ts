/**
 * Figures derived from a rule set rather than stored twice (maxima and the basic-service list).
 */
import type { RuleSet } from '../../schemas/rule-set.ts';

/** Highest maturity of one innovation: Σ indicator weights × highest parameter (2026: 111). */
export function getMaxMaturity(rules: RuleSet): number {
	return rules.indikator.reduce((sum, row) => sum + row.bobot, 0) * rules.rumus.parameter_maksimal;
}

/** Highest SPD: Σ region-row weights × highest parameter (2026: 63). */
export function getMaxSpd(rules: RuleSet): number {
	return rules.spd.reduce((sum, row) => sum + row.bobot, 0) * rules.rumus.parameter_maksimal;
}

/** Highest volume term: cap × factor (2026: 200 × 0.38 = 76). */
export function getMaxVolume(rules: RuleSet): number {
	return (
		Math.round(rules.rumus.batas_jumlah_inovasi * rules.rumus.faktor_jumlah_inovasi * 1e9) / 1e9
	);
}

/** The divisor of the index: SPD max + maturity max + volume max (2026: 250). */
export function getMaxTotal(rules: RuleSet): number {
	return getMaxSpd(rules) + getMaxMaturity(rules) + getMaxVolume(rules);
}

/** Keys of the basic-service affairs (*urusan wajib pelayanan dasar*), in rule-set order. */
export function getBasicServiceKeys(rules: RuleSet): string[] {
	const groups = new Set(
		rules.kelompok_urusan.filter((group) => group.yandas).map((group) => group.kunci)
	);
	return rules.urusan.filter((affair) => groups.has(affair.kelompok)).map((affair) => affair.kunci);
}
