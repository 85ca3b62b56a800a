/**
 * Fingerprints (*sidik*) of what a verifier looked at: one claim (parameter, evidence with its
 * details and the bytes of its files, the benefit basis and value) or an innovation's profile
 * (every key that changes a score: `urusan`, stage and dates). A verification stores the
 * fingerprint it was given; when today's differs, the claim changed and the verification has
 * lapsed, with nobody computing anything by hand. SHA-256, cut to 32 hex digits (128 bits): an
 * agency cannot craft a changed claim that keeps the old one.
 */
import { createHash } from 'node:crypto';
import { SCORING_PROFILE_KEYS } from '../../schemas/vocabulary.ts';

/** Hex digits of a fingerprint: 128 bits. */
export const FINGERPRINT_HEX = 32;

/** What of a claim survives into the scoring cache: its text fingerprint and its local files. */
export interface ClaimParts {
	/** Fingerprint of the claim's text (parameter, evidence references and details, basis, value). */
	teks: string;
	/** Every evidence reference, in order (for the PR check's before → after). */
	bukti: string[];
	/** Site paths of the evidence files the claim points at, whose bytes are part of the claim. */
	berkas: string[];
}

/** Bytes fingerprint of a file by site path; undefined when it is missing. */
export type FileHash = (sitePath: string) => string | undefined;

const hash = (text: string) =>
	createHash('sha256').update(text).digest('hex').slice(0, FINGERPRINT_HEX);

function asRecord(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};
}

/**
 * A reference as a fingerprint reads it: a file stored with the innovation by its name alone
 * (`/bukti/dinkes/sipandu/sk.pdf` → `berkas:sk.pdf`), since evidence lives in the innovation's own
 * folder — renaming the innovation moves the folder, not what was verified. Links as they are.
 */
export function toPortableRef(ref: string): string {
	return ref.startsWith('/bukti/') ? `berkas:${ref.slice(ref.lastIndexOf('/') + 1)}` : ref;
}

/** Evidence items in one shape: `{ ref, …details }` with keys sorted, for a bare string too. */
function normaliseEvidence(item: unknown): Record<string, unknown> {
	if (typeof item === 'string') return { ref: item };
	const { berkas, tautan, ...details } = asRecord(item);
	const sorted = Object.fromEntries(
		Object.entries(details)
			.filter(([, value]) => value !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : 1))
	);
	return { ref: berkas ?? tautan ?? null, ...sorted };
}

/** The reference (path or link) of an evidence item. */
export function getEvidenceRef(item: unknown): string | undefined {
	const ref = normaliseEvidence(item).ref;
	return typeof ref === 'string' ? ref : undefined;
}

/** The evidence list of an answer, a single value read as a list of one. */
export function listEvidence(answer: unknown): unknown[] {
	const list = asRecord(answer).bukti;
	if (list === undefined || list === null) return [];
	return Array.isArray(list) ? list : [list];
}

/**
 * The parts of a claim's fingerprint that depend on the file's text alone, so they can be cached
 * with the scoring fields. An answer that came from the cache already carries them (`klaim`).
 */
export function getClaimParts(answer: unknown): ClaimParts {
	const record = asRecord(answer);
	const cached = asRecord(record.klaim);
	if (
		typeof cached.teks === 'string' &&
		Array.isArray(cached.berkas) &&
		Array.isArray(cached.bukti)
	)
		return {
			teks: cached.teks,
			bukti: cached.bukti as string[],
			berkas: cached.berkas as string[],
		};
	const evidence = listEvidence(answer).map(normaliseEvidence);
	const text = JSON.stringify({
		parameter: record.parameter ?? 0,
		bukti: evidence.map((item) =>
			typeof item.ref === 'string' ? { ...item, ref: toPortableRef(item.ref) } : item
		),
		dasar: record.dasar ?? null,
		nilai: record.nilai ?? null,
	});
	const bukti = evidence
		.map((item) => item.ref)
		.filter((ref): ref is string => typeof ref === 'string');
	const berkas = bukti.filter((ref) => ref.startsWith('/bukti/'));
	return { teks: hash(text), bukti, berkas: [...new Set(berkas)].sort() };
}

/** The full fingerprint of a claim: its text and the bytes of every local evidence file. */
export function fingerprintClaim(answer: unknown, fileHash: FileHash): string {
	const { teks, berkas } = getClaimParts(answer);
	return hash(
		[teks, ...berkas.map((path) => `${toPortableRef(path)} ${fileHash(path) ?? 'hilang'}`)].join(
			'\n'
		)
	);
}

/**
 * Fingerprint of the profile an eligibility decision rests on: every key that changes a score
 * (`SCORING_PROFILE_KEYS`). Changing the affair after the decision lapses it, as the affair decides
 * whether the innovation counts towards the basic-service coverage.
 */
export function fingerprintProfile(data: Readonly<Record<string, unknown>>): string {
	return hash(JSON.stringify(SCORING_PROFILE_KEYS.map((key) => data[key] ?? null)));
}

/** Fingerprint of a file's bytes, as `FileHash` returns it. */
export function fingerprintBytes(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex').slice(0, FINGERPRINT_HEX);
}
