/**
 * A claim read through its verification: per answer a status and the level that counts for the
 * *terverifikasi* score. Only an accepted answer whose claim is unchanged counts (at its verified
 * level, never above the claim); unverified, lapsed, to-be-fixed and rejected answers count 0.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import type {
	AnswerVerification,
	InnovationVerification,
	RegionVerification,
} from '../../schemas/verification.ts';

/**
 * Status of one answer: `tidak-diklaim` (level 0, nothing to verify), `belum` (awaits a verifier),
 * the verifier's `diterima` · `perbaiki` · `ditolak`, or `kedaluwarsa` (the claim changed since).
 */
export type AnswerStatus =
	'tidak-diklaim' | 'belum' | 'diterima' | 'perbaiki' | 'ditolak' | 'kedaluwarsa';

/** Status of the eligibility decision: none yet, eligible, not eligible, or lapsed. */
export type EligibilityStatus = 'belum' | 'layak' | 'tidak-layak' | 'kedaluwarsa';

export interface VerifiedRow {
	kunci: string;
	status: AnswerStatus;
	/** Claimed level. */
	klaim: number;
	/** Level that counts for the verified score. */
	parameter: number;
	/** The verifier's note, date and name, when a verification exists (lapsed ones too). */
	catatan?: string;
	/** Linked documents that changed or disappeared since they were verified (lapsed by a recheck). */
	tautan_berubah?: string[];
	oleh?: string;
	tanggal?: string;
}

/** Current fingerprints of what a record may have verified. */
export interface CurrentFingerprints {
	profil?: string;
	/** Answer key → fingerprint of today's claim. */
	jawaban: Readonly<Record<string, string>>;
}

/** Reads one answer's claim through its verification. */
function verifyAnswer(
	kunci: string,
	claim: number,
	record: AnswerVerification | undefined,
	current: string | undefined
): VerifiedRow {
	if (!record)
		return { kunci, status: claim > 0 ? 'belum' : 'tidak-diklaim', klaim: claim, parameter: 0 };
	const about = {
		...(record.catatan !== undefined ? { catatan: record.catatan } : {}),
		oleh: record.oleh,
		tanggal: record.tanggal,
	};
	if (record.sidik !== current)
		return { kunci, status: 'kedaluwarsa', klaim: claim, parameter: 0, ...about };
	const changed = (record.tautan ?? []).filter((link) => link.berubah).map((link) => link.alamat);
	if (changed.length > 0)
		return {
			kunci,
			status: 'kedaluwarsa',
			klaim: claim,
			parameter: 0,
			...about,
			tautan_berubah: changed,
		};
	const parameter = record.status === 'diterima' ? Math.min(record.parameter ?? 0, claim) : 0;
	return { kunci, status: record.status, klaim: claim, parameter, ...about };
}

export interface VerifiedInnovation {
	status_layak: EligibilityStatus;
	/** The verifier's reason when not eligible. */
	alasan?: string;
	/** Σ weight × verified level. */
	kematangan: number;
	baris: VerifiedRow[];
}

type Claims = Readonly<Record<string, { parameter: number } | undefined>>;

/** Reads an innovation's claims through its verification record (none: everything awaits). */
export function verifyInnovation(
	claims: Claims,
	record: InnovationVerification | undefined,
	current: CurrentFingerprints,
	rules: RuleSet
): VerifiedInnovation {
	const baris = rules.indikator.map((row) =>
		verifyAnswer(
			row.kunci,
			claims[row.kunci]?.parameter ?? 0,
			record?.indikator[row.kunci],
			current.jawaban[row.kunci]
		)
	);
	const weights = new Map(rules.indikator.map((row) => [row.kunci, row.bobot]));
	let status_layak: EligibilityStatus = 'belum';
	if (record?.layak !== undefined)
		status_layak =
			record.sidik !== current.profil ? 'kedaluwarsa' : record.layak ? 'layak' : 'tidak-layak';
	return {
		status_layak,
		...(record?.layak === false && record.alasan !== undefined ? { alasan: record.alasan } : {}),
		kematangan: baris.reduce((sum, row) => sum + (weights.get(row.kunci) ?? 0) * row.parameter, 0),
		baris,
	};
}

/** Reads the region's SPD claims through `content/verifikasi/pemda.yml`. */
export function verifySpd(
	claims: Claims,
	record: RegionVerification | undefined,
	current: CurrentFingerprints,
	rules: RuleSet
): { spd: number; baris: VerifiedRow[] } {
	const baris = rules.spd.map((row) =>
		verifyAnswer(
			row.kunci,
			claims[row.kunci]?.parameter ?? 0,
			record?.spd[row.kunci],
			current.jawaban[row.kunci]
		)
	);
	const weights = new Map(rules.spd.map((row) => [row.kunci, row.bobot]));
	return {
		spd: baris.reduce((sum, row) => sum + (weights.get(row.kunci) ?? 0) * row.parameter, 0),
		baris,
	};
}

/** How many answers are in each status (the queue and the progress bars count these). */
export function countStatuses(rows: readonly VerifiedRow[]): Record<AnswerStatus, number> {
	const counts: Record<AnswerStatus, number> = {
		'tidak-diklaim': 0,
		belum: 0,
		diterima: 0,
		perbaiki: 0,
		ditolak: 0,
		kedaluwarsa: 0,
	};
	for (const row of rows) counts[row.status] += 1;
	return counts;
}
