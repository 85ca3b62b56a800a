/**
 * Scores a whole region twice from the same engine: the *klaim* score (every claim as written)
 * and the *terverifikasi* score (only what coordinators accepted, on today's claims), each with
 * its index and agency ranking.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { InnovationVerification, RegionVerification } from '../../schemas/verification.ts';
import {
	verifyInnovation,
	verifySpd,
	type CurrentFingerprints,
	type VerifiedInnovation,
	type VerifiedRow,
} from '../verification/apply-verification.ts';
import { checkEligibility, type Eligibility, type EligibilityInput } from './eligibility.ts';
import { computeMaturity, computeSpd, type Maturity, type ScoredAnswer } from './maturity.ts';
import { rankAgencies, type AgencyRank } from './rank.ts';
import { computeRegion, type RegionMember, type RegionScore } from './region.ts';

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
	/** The same claims read through the coordinators' verification (the *terverifikasi* score). */
	verifikasi: VerifiedInnovation;
}

/** The region, its SPD rows and the ranking, counting verified levels only. */
export interface VerifiedScore {
	pemda: RegionScore;
	spd_baris: VerifiedRow[];
	/** Sorted by rank (by verified maturity). */
	skpd: AgencyRank[];
}

export interface ScoreReport {
	rules: RuleSet;
	/** The *klaim* score: every claim as the agencies wrote it. */
	pemda: RegionScore;
	/** Sorted by id. */
	inovasi: ScoredInnovation[];
	/** Sorted by rank. */
	skpd: AgencyRank[];
	/** The *terverifikasi* score: only what coordinators accepted counts. */
	terverifikasi: VerifiedScore;
}

/** The coordinators' verification records and today's fingerprints of what they verified. */
export interface VerificationInput {
	/** Innovation id → its record. */
	records: ReadonlyMap<string, InnovationVerification>;
	region?: RegionVerification | undefined;
	/** Innovation id → today's fingerprints (only needed where a record exists). */
	current: ReadonlyMap<string, CurrentFingerprints>;
	spdCurrent?: CurrentFingerprints | undefined;
}

/** No record at all: every claim awaits verification. */
export const NO_VERIFICATION: VerificationInput = { records: new Map(), current: new Map() };

export interface RegionInput {
	rules: RuleSet;
	spd: Readonly<Record<string, ScoredAnswer | undefined>>;
	innovations: readonly InnovationForScoring[];
	/** Every registered agency (all are ranked). */
	agencyIds: readonly string[];
	/** Verification records; none means every claim awaits verification. */
	verification?: VerificationInput | undefined;
	/** Results known from an earlier scoring of the same entry (by position in `innovations`). */
	reuse?: {
		get(index: number): ScoredInnovation | undefined;
		set(index: number, result: ScoredInnovation): void;
	};
}

/** Scores one innovation: maturity with its breakdown, eligibility with its reason, verification. */
export function scoreInnovation(
	innovation: InnovationForScoring,
	rules: RuleSet,
	verification: VerificationInput = NO_VERIFICATION
): ScoredInnovation {
	return {
		id: innovation.id,
		skpd: innovation.skpd,
		nama: innovation.nama,
		urusan: innovation.urusan,
		tahapan: innovation.tahapan,
		...computeMaturity(innovation.indikator, rules),
		kelayakan: checkEligibility(innovation, rules),
		verifikasi: verifyInnovation(
			innovation.indikator,
			verification.records.get(innovation.id),
			verification.current.get(innovation.id) ?? { jawaban: {} },
			rules
		),
	};
}

/**
 * An innovation as the verified score sees it: assessed only when its dates qualify and a
 * coordinator declared it eligible (on today's profile), with its verified maturity; reported
 * in the window either way (what the `dilaporkan` policy counts).
 */
export function toVerifiedMember(innovation: ScoredInnovation): RegionMember & { skpd: string } {
	const counts = innovation.kelayakan.dinilai && innovation.verifikasi.status_layak === 'layak';
	return {
		skpd: innovation.skpd,
		urusan: innovation.urusan,
		kematangan: counts ? innovation.verifikasi.kematangan : 0,
		kelayakan: { dinilai: counts },
		dilaporkan: innovation.kelayakan.dinilai,
	};
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Scores a whole region: every innovation (sorted by id), both indexes, both agency rankings. */
export function scoreRegion(input: RegionInput): ScoreReport {
	const { rules } = input;
	const verification = input.verification ?? NO_VERIFICATION;
	const inovasi = input.innovations
		.map((innovation, index) => {
			const known = input.reuse?.get(index);
			if (known) return known;
			const result = scoreInnovation(innovation, rules, verification);
			input.reuse?.set(index, result);
			return result;
		})
		.sort(byId);
	const spd = verifySpd(
		input.spd,
		verification.region,
		verification.spdCurrent ?? { jawaban: {} },
		rules
	);
	const members = inovasi.map(toVerifiedMember);
	const rank = (
		list: readonly { skpd: string; kematangan: number; kelayakan: { dinilai: boolean } }[]
	) =>
		rankAgencies(
			input.agencyIds,
			list.map((i) => ({ skpd: i.skpd, kematangan: i.kematangan, dinilai: i.kelayakan.dinilai }))
		);
	return {
		rules,
		pemda: computeRegion(computeSpd(input.spd, rules), inovasi, rules),
		inovasi,
		skpd: rank(inovasi),
		terverifikasi: {
			pemda: computeRegion(spd.spd, members, rules),
			spd_baris: spd.baris,
			skpd: rank(members),
		},
	};
}
