/**
 * The region's index (IID) from its SPD answers and its innovations, exactly as the rule set's
 * formula says. Full precision throughout; only the IID itself is rounded (the guide publishes
 * and compares it with 2 decimals).
 */
import type { CountPolicy, RuleSet } from '../../schemas/rule-set.ts';
import { checkEligibility, type Eligibility, type EligibilityInput } from './eligibility.ts';
import { computeMaturity, computeSpd, type Maturity, type ScoredAnswer } from './maturity.ts';
import { getPredicate } from './predicate.ts';
import { rankAgencies, type AgencyRank } from './rank.ts';
import { round2 } from './round.ts';
import { getBasicServiceKeys, getMaxTotal } from './rules-derived.ts';

/** One innovation as scoring needs it (a subset of the schema's output plus its id). */
export interface InnovationForScoring extends EligibilityInput {
	/** `<skpd>/<slug>`. */
	id: string;
	skpd: string;
	nama: string;
	urusan: string;
	indikator: Readonly<Record<string, ScoredAnswer | undefined>>;
}

export interface ScoredInnovation extends Maturity {
	id: string;
	skpd: string;
	nama: string;
	urusan: string;
	tahapan: string;
	/** Maturity with its breakdown per indicator (`kematangan`, `baris`, `wajib_kurang`). */
	kelayakan: Eligibility;
}

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
	/** No innovation assessed: the predicate is the disclaimer whatever the SPD. */
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

export interface ScoreReport {
	rules: RuleSet;
	pemda: RegionScore;
	/** Sorted by id. */
	inovasi: ScoredInnovation[];
	/** Sorted by rank. */
	skpd: AgencyRank[];
}

export interface RegionInput {
	rules: RuleSet;
	spd: Readonly<Record<string, ScoredAnswer | undefined>>;
	innovations: readonly InnovationForScoring[];
	/** Every registered agency (all are ranked). */
	agencyIds: readonly string[];
}

/** Scores one innovation: maturity with its breakdown, and eligibility with its reason. */
export function scoreInnovation(
	innovation: InnovationForScoring,
	rules: RuleSet
): ScoredInnovation {
	return {
		id: innovation.id,
		skpd: innovation.skpd,
		nama: innovation.nama,
		urusan: innovation.urusan,
		tahapan: innovation.tahapan,
		...computeMaturity(innovation.indikator, rules),
		kelayakan: checkEligibility(innovation, rules),
	};
}

/** What the region's terms read of one innovation (a scored innovation is one). */
export interface RegionMember {
	urusan: string;
	kematangan: number;
	kelayakan: { dinilai: boolean };
	/** Reported in the window; counts in n under `dilaporkan`. Defaults to `kelayakan.dinilai`. */
	dilaporkan?: boolean;
}

/**
 * Computes the region-level terms from already scored innovations. Under the `dilaporkan` policy
 * an innovation reported but not assessed (rejected at verification) still counts in the divisor
 * with maturity 0; the volume term and the basic-service coverage only ever count assessed ones.
 */
export function computeRegion(
	spd: number,
	scored: readonly RegionMember[],
	rules: RuleSet,
	policy: CountPolicy = rules.rumus.hitung_n
): RegionScore {
	const { pembagi_minimal, faktor_jumlah_inovasi, batas_jumlah_inovasi, yandas_minimal } =
		rules.rumus;
	const eligible = scored.filter((innovation) => innovation.kelayakan.dinilai);
	const n_dinilai = eligible.length;
	const n_dilaporkan = scored.filter((i) => i.dilaporkan ?? i.kelayakan.dinilai).length;
	const n = policy === 'dilaporkan' ? n_dilaporkan : n_dinilai;
	const basic = getBasicServiceKeys(rules);
	const covered = new Set(eligible.map((innovation) => innovation.urusan));
	const urusan_yandas = basic.filter((key) => covered.has(key));
	const pembagi = Math.max(pembagi_minimal, n);
	const rata_kematangan =
		eligible.reduce((sum, innovation) => sum + innovation.kematangan, 0) / pembagi;
	const jumlah_dihitung = urusan_yandas.length >= yandas_minimal;
	const skor_jumlah_inovasi = jumlah_dihitung
		? Math.min(n_dinilai, batas_jumlah_inovasi) * faktor_jumlah_inovasi
		: 0;
	const sid = rata_kematangan + skor_jumlah_inovasi;
	const total = spd + sid;
	const skor_maksimal = getMaxTotal(rules);
	const iid = round2((total / skor_maksimal) * 100);
	const tidak_dapat_dinilai = n_dinilai === 0;
	return {
		spd,
		n,
		n_dinilai,
		n_dilaporkan,
		hitung_n: policy,
		tidak_dapat_dinilai,
		yandas: urusan_yandas.length,
		urusan_yandas,
		yandas_kurang: basic.filter((key) => !covered.has(key)),
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

/** Scores a whole region: every innovation (sorted by id), the index, and the agency ranking. */
export function scoreRegion(input: RegionInput): ScoreReport {
	const { rules } = input;
	const inovasi = input.innovations
		.map((innovation) => scoreInnovation(innovation, rules))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return {
		rules,
		pemda: computeRegion(computeSpd(input.spd, rules), inovasi, rules),
		inovasi,
		skpd: rankAgencies(
			input.agencyIds,
			inovasi.map((i) => ({
				skpd: i.skpd,
				kematangan: i.kematangan,
				dinilai: i.kelayakan.dinilai,
			}))
		),
	};
}
