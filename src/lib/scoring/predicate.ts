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

/**
 * The next higher band and how many index points are missing to reach it: undefined at the top,
 * and under the disclaimer, where the index is not a figure to climb from (the region needs an
 * assessed, evidence-backed innovation first).
 */
export function getNextPredicate(
	region: { iid: number; tidak_dapat_dinilai?: boolean },
	rules: RuleSet
): { nama: string; selisih: number } | undefined {
	if (region.tidak_dapat_dinilai) return undefined;
	const value = round2(region.iid);
	const higher = rules.predikat.filter((band) => band.minimal > value);
	const next = higher.at(-1);
	return next ? { nama: next.nama, selisih: round2(next.minimal - value) } : undefined;
}

/**
 * Why a region is *Tidak Dapat Dinilai*, in words for every place that shows the index instead of
 * its number; undefined when it is not.
 * @param verified the verified view, whose evidence is what coordinators accepted
 */
export function describeDisclaimer(
	region: { tidak_dapat_dinilai: boolean; n_dinilai: number },
	verified = false
): string | undefined {
	if (!region.tidak_dapat_dinilai) return undefined;
	if (region.n_dinilai === 0)
		return verified
			? 'Tidak Dapat Dinilai: belum ada inovasi yang dinyatakan layak dengan klaim yang diterima koordinator'
			: 'Tidak Dapat Dinilai: belum ada inovasi yang dinilai tahun ini';
	return verified
		? 'Tidak Dapat Dinilai: tidak satu pun klaim inovasi diterima koordinator (laporan tidak berbasis bukti)'
		: 'Tidak Dapat Dinilai: inovasi yang dinilai belum mengklaim indikator berbukti';
}

/** The index as a figure to show: `—` under the disclaimer, where the number means nothing. */
export function formatIndexFigure(
	region: { iid: number; tidak_dapat_dinilai: boolean },
	format: (value: number) => string
): string {
	return region.tidak_dapat_dinilai ? '—' : format(region.iid);
}
