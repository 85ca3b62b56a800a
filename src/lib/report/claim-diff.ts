/**
 * What a pull request changes in an innovation's claims, indicator by indicator: the parameter
 * before → after, the evidence before → after (references, details, replaced file bytes), and
 * which coordinator verification the change voids. A raised parameter with the very same evidence
 * is the classic inflated claim, and is flagged. Pure: the PR check supplies both sides.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { VerifiedRow } from '../verification/apply-verification.ts';
import { describeOption, type AnswerLike } from '../scoring/option-text.ts';
import { getClaimParts, toPortableRef } from '../verification/fingerprint.ts';

type Answers = Readonly<Record<string, unknown>> | undefined;

/** One indicator whose claim the PR changes. */
export interface ClaimChange {
	kunci: string;
	nama: string;
	/** Claimed parameter before and after (0 when absent). */
	parameter: [number, number];
	/** The option text of the parameter after the change ('' at 0). */
	teks: string;
	/** Evidence references before and after. */
	bukti: [string[], string[]];
	/** Evidence files this claim points at whose bytes the PR replaces. */
	berkas_diganti: string[];
	/** True when only the evidence details (nomor, tanggal, tentang) or basis/value changed. */
	rincian_berubah: boolean;
	/** Raised with the same evidence (no new reference, no replaced file). */
	naik_tanpa_bukti_baru: boolean;
	/** Bytes of the local evidence files after the change (the PR check fills it in). */
	ukuran?: Readonly<Record<string, number>>;
	/** The verification this change voids (its status before), when there was one. */
	verifikasi_gugur?: VerifiedRow['status'];
}

const asRecord = (value: unknown): Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};

const parameterOf = (answer: unknown) => {
	const value = asRecord(answer).parameter;
	return typeof value === 'number' ? value : 0;
};

/** The references of an answer (full or as the scoring cache keeps it). */
const refsOf = (answer: unknown) => getClaimParts(answer).bukti;

/**
 * The indicators whose claim differs between `before` and `after` (rule-set order).
 * @param replaced site paths of evidence files whose bytes the PR changes
 * @param verified the head's verified rows of the innovation, to name what the change voids
 * @param recorded row key → the status a coordinator recorded for it
 */
export function diffClaims(
	before: Answers,
	after: Answers,
	rules: RuleSet,
	replaced: ReadonlySet<string>,
	verified: readonly VerifiedRow[] = [],
	recorded: Readonly<Record<string, VerifiedRow['status'] | undefined>> = {}
): ClaimChange[] {
	const changes: ClaimChange[] = [];
	for (const rule of rules.indikator) {
		const old = before?.[rule.kunci];
		const now = after?.[rule.kunci];
		const parameter: [number, number] = [parameterOf(old), parameterOf(now)];
		const bukti: [string[], string[]] = [refsOf(old), refsOf(now)];
		const berkas_diganti = bukti[1].filter((ref) => replaced.has(ref));
		// Compared as the fingerprint reads them: a renamed innovation's evidence moved with it.
		const sameRefs =
			JSON.stringify(bukti[0].map(toPortableRef)) === JSON.stringify(bukti[1].map(toPortableRef));
		// same parameter and references, different text fingerprint: details, basis or value changed
		const rincian_berubah =
			sameRefs &&
			parameter[0] === parameter[1] &&
			getClaimParts(old).teks !== getClaimParts(now).teks;
		if (
			parameter[0] === parameter[1] &&
			sameRefs &&
			!rincian_berubah &&
			berkas_diganti.length === 0
		)
			continue;
		const added = bukti[1].some(
			(ref) => !bukti[0].some((old) => toPortableRef(old) === toPortableRef(ref))
		);
		const row = verified.find((candidate) => candidate.kunci === rule.kunci);
		const was = recorded[rule.kunci];
		changes.push({
			kunci: rule.kunci,
			nama: rule.nama,
			parameter,
			teks: describeOption(rules, rule.kunci, now as AnswerLike | undefined, parameter[1]),
			bukti,
			berkas_diganti,
			rincian_berubah,
			naik_tanpa_bukti_baru: parameter[1] > parameter[0] && !added && berkas_diganti.length === 0,
			...(row?.status === 'kedaluwarsa' && was && was !== 'kedaluwarsa'
				? { verifikasi_gugur: was }
				: {}),
		});
	}
	return changes;
}
