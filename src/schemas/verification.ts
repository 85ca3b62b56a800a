/**
 * Coordinators' verification of the agencies' claims, kept apart from the claims so ownership is
 * clean: `content/verifikasi/<skpd>/<slug>.yml` for one innovation, `content/verifikasi/pemda.yml`
 * for the region's SPD rows. Agencies own their claims; the region's `pemilik` own these files.
 * Each verified answer records the fingerprint (`sidik`) of the claim it verified: when the claim
 * changes, the verification lapses by itself (see `src/lib/verification/`).
 */
import { z } from 'zod';
import type { RuleSet } from './rule-set.ts';
import { DateSchema, HttpsUrlSchema, plainText } from './shared.ts';

/** Statuses a verifier gives one answer: accepted, needs fixing, rejected. */
export const VERIFICATION_STATUSES = ['diterima', 'perbaiki', 'ditolak'] as const;

/** Longest verifier note. */
export const NOTE_MAX = 500;

/**
 * A claim fingerprint: 32 lowercase hex digits (128 bits, see `fingerprint.ts`). The 16-digit
 * fingerprints of earlier versions are still read: they match no claim, so their verification
 * shows as lapsed and is done again, rather than the whole file being refused.
 */
export const FingerprintSchema = z.string().regex(/^(?:[0-9a-f]{16}){1,2}$/, {
	message:
		'sidik harus 32 digit heksadesimal yang ditulis npm run verifikasi; jangan menyuntingnya dengan tangan',
});

/** Who verified: a name or a code-host account, e.g. `@sari-bappedalitbang`. */
const VerifierSchema = plainText(100);

/**
 * A linked evidence document as the verifier saw it (written by `npm run verifikasi`, rechecked by
 * `npm run verifikasi -- periksa-tautan`): its content fingerprint and size, and — once the
 * document changed or disappeared — when, which lapses the verification.
 */
export const LinkRecordSchema = z.strictObject({
	/** The link, as the claim gives it. */
	alamat: HttpsUrlSchema,
	/** Fingerprint of the document's bytes when verified; absent when it could not be downloaded. */
	sidik: FingerprintSchema.optional(),
	/** Its size in bytes. */
	ukuran: z.number().int().min(0).optional(),
	/** When it was downloaded, `YYYY-MM-DD`. */
	diperiksa: DateSchema,
	/** When a recheck found it changed or gone, `YYYY-MM-DD`: the verification has lapsed. */
	berubah: DateSchema.optional(),
	/** What the download or the recheck found, e.g. `hilang (HTTP 404)`. */
	keterangan: plainText(200).optional(),
});

export type LinkRecord = z.output<typeof LinkRecordSchema>;

/** One verified answer (an indicator of an innovation, or an SPD row). */
function createAnswerVerificationSchema(rules: RuleSet) {
	return z
		.strictObject({
			/** `diterima` (accepted) · `perbaiki` (the agency must fix it) · `ditolak` (rejected). */
			status: z.enum(VERIFICATION_STATUSES),
			/** Verified level, only with `diterima`: 1 up to the claimed level, never above it. */
			parameter: z
				.number({ error: 'parameter harus berupa angka bulat 1–3' })
				.int()
				.min(1, { message: 'parameter terverifikasi paling kecil 1; pakai status ditolak untuk 0' })
				.max(rules.rumus.parameter_maksimal)
				.optional(),
			/** The verifier's note to the agency: required unless accepted at the claimed level. */
			catatan: plainText(NOTE_MAX).optional(),
			/** Who verified it. */
			oleh: VerifierSchema,
			/** When, `YYYY-MM-DD`. */
			tanggal: DateSchema,
			/** Fingerprint of the claim that was verified (written by `npm run verifikasi`). */
			sidik: FingerprintSchema,
			/** The linked documents as the verifier saw them (accepted claims). */
			tautan: z.array(LinkRecordSchema).max(20).optional(),
		})
		.superRefine((answer, ctx) => {
			if (answer.status === 'diterima' && answer.parameter === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['parameter'],
					message: 'status diterima wajib menyebut parameter terverifikasi (1–3)',
				});
			}
			if (answer.status !== 'diterima' && answer.parameter !== undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['parameter'],
					message: `parameter hanya untuk status diterima; status ${answer.status} bernilai 0, hapus parameter`,
				});
			}
			if (answer.status !== 'diterima' && answer.catatan === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['catatan'],
					message: `status ${answer.status} wajib disertai catatan yang menjelaskan apa yang harus diperbaiki SKPD`,
				});
			}
		});
}

/** The verification of one innovation: its eligibility and each indicator. */
export function createInnovationVerificationSchema(rules: RuleSet) {
	const answer = createAnswerVerificationSchema(rules);
	const shape = Object.fromEntries(rules.indikator.map((row) => [row.kunci, answer.optional()]));
	return z
		.strictObject({
			/** Whether it counts as an innovation of this year (not a routine task, not reported twice, in the window). */
			layak: z.boolean().optional(),
			/** Why not, required when `layak: false`, e.g. `bukan inovasi: tugas rutin`. */
			alasan: plainText(300).optional(),
			/** Who decided `layak`. */
			oleh: VerifierSchema.optional(),
			/** When `layak` was decided, `YYYY-MM-DD`. */
			tanggal: DateSchema.optional(),
			/** Fingerprint of the profile (stage and dates) the decision was made on. */
			sidik: FingerprintSchema.optional(),
			/** Verified indicators keyed by the rule set's indicator keys; an omitted one is not verified yet. */
			indikator: z.strictObject(shape).default({}),
		})
		.superRefine((entry, ctx) => {
			if (entry.layak === undefined) return;
			for (const key of ['oleh', 'tanggal', 'sidik'] as const) {
				if (entry[key] === undefined)
					ctx.addIssue({
						code: 'custom',
						path: [key],
						message: `keputusan layak wajib menyebut ${key}; tulis dengan npm run verifikasi -- layak`,
					});
			}
			if (entry.layak === false && entry.alasan === undefined)
				ctx.addIssue({
					code: 'custom',
					path: ['alasan'],
					message:
						'layak: false wajib disertai alasan, mis. "bukan inovasi: tugas rutin" atau "sudah dilaporkan dua kali"',
				});
		});
}

/** The verification of the region's SPD rows (`content/verifikasi/pemda.yml`). */
export function createRegionVerificationSchema(rules: RuleSet) {
	const answer = createAnswerVerificationSchema(rules);
	const shape = Object.fromEntries(rules.spd.map((row) => [row.kunci, answer.optional()]));
	return z.strictObject({
		/** Verified SPD rows keyed by the rule set's row keys; an omitted row is not verified yet. */
		spd: z.strictObject(shape).default({}),
	});
}

export type AnswerVerification = z.output<ReturnType<typeof createAnswerVerificationSchema>>;
export type InnovationVerification = z.output<
	ReturnType<typeof createInnovationVerificationSchema>
>;
export type RegionVerification = z.output<ReturnType<typeof createRegionVerificationSchema>>;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];
