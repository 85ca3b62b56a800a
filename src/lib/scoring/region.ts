/**
 * The region's index (IID) from its SPD score and its innovations, exactly as the rule set's
 * formula says. Full precision throughout; only the IID itself is rounded (the guide publishes
 * and compares it with 2 decimals). The members are first summed into totals, so a variant of the
 * region (one innovation more, one indicator higher) is scored by the same code in constant time.
 */
import type { CountPolicy, RuleSet } from '../../schemas/rule-set.ts';
import { getPredicate } from './predicate.ts';
import { round2 } from './round.ts';
import { getBasicServiceKeys, getMaxTotal } from './rules-derived.ts';

export interface RegionScore {
	spd: number;
	/** The n of MAX(D, n): eligible innovations, or all reported under the `dilaporkan` policy. */
	n: number;
	/** Eligible (assessed) innovations. */
	n_dinilai: number;
	/** Innovations reported in the window, the ones rejected at verification included. */
	n_dilaporkan: number;
	/** Which of the two `n` is (the rule set's `rumus.hitung_n` unless overridden). */
	hitung_n: CountPolicy;
	/**
	 * No innovation assessed, or none with any accepted (verified view) or claimed evidence: the
	 * predicate is the disclaimer whatever the SPD, and the index is not a figure to act on.
	 */
	tidak_dapat_dinilai: boolean;
	/** Basic-service affairs covered by eligible innovations' main `urusan`. */
	yandas: number;
	urusan_yandas: string[];
	yandas_kurang: string[];
	/** MAX(D, n). */
	pembagi: number;
	rata_kematangan: number;
	/** True when yandas ≥ Y, so the volume term counts. */
	jumlah_dihitung: boolean;
	skor_jumlah_inovasi: number;
	sid: number;
	total: number;
	skor_maksimal: number;
	/** Rounded to 2 decimals. */
	iid: number;
	predikat: string;
}

/** What the region's terms read of one innovation (a scored innovation is one). */
export interface RegionMember {
	urusan: string;
	kematangan: number;
	kelayakan: { dinilai: boolean };
	/** Reported in the window; counts in n under `dilaporkan`. Defaults to `kelayakan.dinilai`. */
	dilaporkan?: boolean;
}

/** The sums the formula needs, whatever the members were. */
export interface RegionTotals {
	n_dinilai: number;
	n_dilaporkan: number;
	/** Σ maturity of assessed members. */
	jumlah_kematangan: number;
	/** Assessed members per main affair. */
	per_urusan: ReadonlyMap<string, number>;
}

/** Sums the members. */
export function sumMembers(members: readonly RegionMember[]): RegionTotals {
	const per_urusan = new Map<string, number>();
	let n_dinilai = 0;
	let n_dilaporkan = 0;
	let jumlah_kematangan = 0;
	for (const member of members) {
		if (member.dilaporkan ?? member.kelayakan.dinilai) n_dilaporkan += 1;
		if (!member.kelayakan.dinilai) continue;
		n_dinilai += 1;
		jumlah_kematangan += member.kematangan;
		per_urusan.set(member.urusan, (per_urusan.get(member.urusan) ?? 0) + 1);
	}
	return { n_dinilai, n_dilaporkan, jumlah_kematangan, per_urusan };
}

/** The totals with one more assessed member (and reported) of `kematangan` in `urusan`. */
export function addMember(totals: RegionTotals, urusan: string, kematangan: number): RegionTotals {
	const per_urusan = new Map(totals.per_urusan);
	per_urusan.set(urusan, (per_urusan.get(urusan) ?? 0) + 1);
	return {
		n_dinilai: totals.n_dinilai + 1,
		n_dilaporkan: totals.n_dilaporkan + 1,
		jumlah_kematangan: totals.jumlah_kematangan + kematangan,
		per_urusan,
	};
}

/** The totals without one assessed member of `kematangan` in `urusan` (still reported). */
export function removeMember(
	totals: RegionTotals,
	urusan: string,
	kematangan: number
): RegionTotals {
	const per_urusan = new Map(totals.per_urusan);
	per_urusan.set(urusan, (per_urusan.get(urusan) ?? 1) - 1);
	return {
		...totals,
		n_dinilai: totals.n_dinilai - 1,
		jumlah_kematangan: totals.jumlah_kematangan - kematangan,
		per_urusan,
	};
}

/**
 * The region's terms from its totals. Under the `dilaporkan` policy an innovation reported but not
 * assessed (rejected at verification) still counts in the divisor with maturity 0; the volume term
 * and the basic-service coverage only ever count assessed ones.
 */
export function computeRegionFromTotals(
	spd: number,
	totals: RegionTotals,
	rules: RuleSet,
	policy: CountPolicy = rules.rumus.hitung_n
): RegionScore {
	const { pembagi_minimal, faktor_jumlah_inovasi, batas_jumlah_inovasi, yandas_minimal } =
		rules.rumus;
	const { n_dinilai, n_dilaporkan } = totals;
	const n = policy === 'dilaporkan' ? n_dilaporkan : n_dinilai;
	const basic = getBasicServiceKeys(rules);
	const covered = (key: string) => (totals.per_urusan.get(key) ?? 0) > 0;
	const urusan_yandas = basic.filter(covered);
	const pembagi = Math.max(pembagi_minimal, n);
	const rata_kematangan = totals.jumlah_kematangan / pembagi;
	const jumlah_dihitung = urusan_yandas.length >= yandas_minimal;
	const skor_jumlah_inovasi = jumlah_dihitung
		? Math.min(n_dinilai, batas_jumlah_inovasi) * faktor_jumlah_inovasi
		: 0;
	const sid = rata_kematangan + skor_jumlah_inovasi;
	const total = spd + sid;
	const skor_maksimal = getMaxTotal(rules);
	const iid = round2((total / skor_maksimal) * 100);
	// No assessed innovation, or none with any accepted evidence (maturity 0 everywhere): BSKDN's
	// disclaimer for a report that is not evidence-based, whatever the SPD.
	const tidak_dapat_dinilai = n_dinilai === 0 || totals.jumlah_kematangan === 0;
	return {
		spd,
		n,
		n_dinilai,
		n_dilaporkan,
		hitung_n: policy,
		tidak_dapat_dinilai,
		yandas: urusan_yandas.length,
		urusan_yandas,
		yandas_kurang: basic.filter((key) => !covered(key)),
		pembagi,
		rata_kematangan,
		jumlah_dihitung,
		skor_jumlah_inovasi,
		sid,
		total,
		skor_maksimal,
		iid,
		predikat: tidak_dapat_dinilai ? rules.predikat.at(-1)!.nama : getPredicate(iid, rules),
	};
}

/** Computes the region-level terms from already scored innovations. */
export function computeRegion(
	spd: number,
	members: readonly RegionMember[],
	rules: RuleSet,
	policy: CountPolicy = rules.rumus.hitung_n
): RegionScore {
	return computeRegionFromTotals(spd, sumMembers(members), rules, policy);
}
