/**
 * Verification records built in memory for pure scoring tests: fingerprints are placeholders that
 * match (or, on request, do not match) the "current" ones, so a test decides what has lapsed.
 */
import type { VerificationInput } from '../../src/lib/scoring/score-region.ts';
import type { AnswerVerification, InnovationVerification } from '../../src/schemas/verification.ts';

export const SIDIK = '00000000000000aa';
export const OTHER_SIDIK = '00000000000000bb';

const by = { oleh: '@verifikator', tanggal: '2026-11-20', sidik: SIDIK };

/** An accepted answer at `parameter`. */
export const accepted = (parameter: number): AnswerVerification => ({
	status: 'diterima',
	parameter,
	...by,
});

/** A non-accepted answer with a note. */
export const refused = (status: 'perbaiki' | 'ditolak', catatan: string): AnswerVerification => ({
	status,
	catatan,
	...by,
});

/** A record: eligibility decision and answers. */
export function record(
	indikator: Record<string, AnswerVerification>,
	layak: boolean | undefined = true,
	alasan?: string
): InnovationVerification {
	return {
		...(layak !== undefined ? { layak, ...by } : {}),
		...(alasan ? { alasan } : {}),
		indikator,
	};
}

/**
 * Verification input for `records` (id → record). Today's fingerprints equal the recorded ones
 * except the answers listed in `changed` (id → keys), which have lapsed, and the profiles in
 * `changedProfiles`.
 */
export function verificationOf(
	records: Record<string, InnovationVerification>,
	changed: Record<string, string[]> = {},
	changedProfiles: string[] = []
): VerificationInput {
	const current = new Map(
		Object.entries(records).map(([id, entry]) => [
			id,
			{
				profil: changedProfiles.includes(id) ? OTHER_SIDIK : SIDIK,
				jawaban: Object.fromEntries(
					Object.keys(entry.indikator).map((key) => [
						key,
						changed[id]?.includes(key) ? OTHER_SIDIK : SIDIK,
					])
				),
			},
		])
	);
	return { records: new Map(Object.entries(records)), current };
}
