/**
 * The rating (*predikat*) of an index value, from the rule set's bands.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { round2 } from './round.ts';

/**
 * The predicate of an IID: the first band (highest first) whose minimum the value, rounded to
 * 2 decimals as published, reaches. The last band (`minimal: 0`) catches an index of 0.
 * @example getPredicate(40.01, rules) // 'Inovatif'
 */
export function getPredicate(iid: number, rules: RuleSet): string {
	const value = round2(iid);
	const band = rules.predikat.find((candidate) => value >= candidate.minimal);
	return band?.nama ?? rules.predikat.at(-1)!.nama;
}

/** The next higher band and how many index points are missing to reach it (undefined at the top). */
export function getNextPredicate(
	iid: number,
	rules: RuleSet
): { nama: string; selisih: number } | undefined {
	const value = round2(iid);
	const higher = rules.predikat.filter((band) => band.minimal > value);
	const next = higher.at(-1);
	return next ? { nama: next.nama, selisih: round2(next.minimal - value) } : undefined;
}
