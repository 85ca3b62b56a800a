/**
 * The answer piece shared by innovation indicators (`indikator.<key>`) and region rows
 * (`spd.<key>`): which of the guide's parameters is claimed, and the evidence for it.
 */
import { z } from 'zod';
import type { RuleSet } from './rule-set.ts';
import {
	DateSchema,
	describeLinkProblem,
	isHttpsUrl,
	listOf,
	plainText,
	refuseUnprintable,
} from './shared.ts';

/** Longest free-text note on one answer. */
const NOTE_MAX = 500;
/** Most evidence items on one answer (bounds the work the validator does per file). */
const EVIDENCE_MAX = 20;

/**
 * One evidence reference: a site path `/bukti/<skpd>/<slug>/<file>` (a file under `public/`)
 * or an `https://` link. Where a path may point is checked against the file's own folder later.
 */
export const EvidenceRefSchema = z
	.string({ error: 'bukti berupa jalur /bukti/... atau tautan https://' })
	// No `abort` on the length checks (a union treats an aborted branch as a type mismatch and loses
	// the message); the shape check skips what they already reported instead.
	.min(1, { message: 'bukti tidak boleh kosong' })
	.max(500, { message: 'jalur/tautan bukti terlalu panjang (maksimal 500 karakter)' })
	.refine(
		(value) =>
			value === '' || value.length > 500 || value.startsWith('/bukti/') || isHttpsUrl(value),
		{
			error: (issue) =>
				describeLinkProblem(String(issue.input)) ??
				'bukti harus berupa jalur /bukti/<skpd>/<slug>/<berkas> atau tautan https://',
		}
	);

/**
 * An evidence item with the details the national form asks of each document: its number, date and
 * subject beside the file or link. A bare reference stays valid (it is the same item without details).
 */
export const EvidenceDetailSchema = z.strictObject({
	/** The file `/bukti/<skpd>/<slug>/<file>` or an `https://` link. */
	berkas: EvidenceRefSchema,
	/** Document number, e.g. `188.45/123/DINKES/2024`. */
	nomor: plainText(120).optional(),
	/** Document date, `YYYY-MM-DD` (not in the future). */
	tanggal: DateSchema.optional(),
	/** What the document is about (its title), e.g. `Penetapan Tim Pelaksana SIPANDU`. */
	tentang: plainText(300).optional(),
});

/** An evidence item: a bare reference, or `{ berkas, nomor, tanggal, tentang }`. */
export const EvidenceSchema = z.union([EvidenceRefSchema, EvidenceDetailSchema], {
	error: 'bukti berupa jalur /bukti/..., tautan https://, atau { berkas, nomor, tanggal, tentang }',
});

/** An evidence item as the schema yields it. */
export type EvidenceItem = z.output<typeof EvidenceSchema>;

/** The file or link of an evidence item. */
export function getEvidenceRefOf(item: EvidenceItem): string {
	return typeof item === 'string' ? item : item.berkas;
}

/** Chosen parameter: 0 = not claimed, 1–3 = the guide's option (see the rule set's texts). */
function createParameterSchema(rules: RuleSet) {
	return z
		.number({ error: 'parameter harus berupa angka bulat 0–3' })
		.int({ message: 'parameter harus berupa angka bulat 0–3' })
		.min(0, { message: 'parameter paling kecil 0 (tidak diklaim)' })
		.max(rules.rumus.parameter_maksimal, {
			message: `parameter paling besar ${rules.rumus.parameter_maksimal}`,
		});
}

/**
 * Only what scoring reads of an answer (the parameter), other keys passed through unchecked.
 * For reading content that was fully validated before (see `createScoringSchema`).
 */
export function createScoringAnswerSchema(rules: RuleSet) {
	return z.looseObject({ parameter: createParameterSchema(rules) });
}

function createBaseAnswerShape(rules: RuleSet) {
	return {
		/** Chosen parameter: 0 = not claimed, 1–3 = the guide's option (see the rule set's texts). */
		parameter: createParameterSchema(rules),
		/** Evidence list: `/bukti/...` paths, `https://` links, or `{ berkas, nomor, tanggal, tentang }`; a single value is read as a list of one. */
		bukti: listOf(EvidenceSchema, {
			count: EVIDENCE_MAX,
			message: `paling banyak ${EVIDENCE_MAX} bukti`,
		}).default([]),
		/** Optional free text shown beside the claim, e.g. the decree's number. */
		keterangan: z
			.string()
			.max(NOTE_MAX, { message: `keterangan terlalu panjang (maksimal ${NOTE_MAX} karakter)` })
			.check(refuseUnprintable(true))
			.optional(),
	};
}

/** A claim (parameter ≥ 1) must carry at least one evidence item: verifiers give nothing without. */
function requireEvidence(
	answer: { parameter: number; bukti: EvidenceItem[] },
	ctx: z.RefinementCtx
) {
	if (answer.parameter >= 1 && answer.bukti.length === 0) {
		ctx.addIssue({
			code: 'custom',
			path: ['bukti'],
			message:
				'parameter diklaim tanpa bukti; tambahkan minimal satu bukti, atau ubah parameter menjadi 0',
		});
	}
}

/** Answer of one indicator or region row. */
export function createAnswerSchema(rules: RuleSet) {
	return z.strictObject(createBaseAnswerShape(rules)).superRefine(requireEvidence);
}

/**
 * Answer of the benefit indicator (`kemanfaatan`): also names its measurement basis (`dasar`,
 * required when claimed) and may give the measured number (`nilai`), which must fall in the band
 * of the claimed parameter.
 */
export function createBenefitAnswerSchema(rules: RuleSet) {
	const bases = rules.kemanfaatan.dasar;
	const basisKeys = bases.map((basis) => basis.kunci) as [string, ...string[]];
	return z
		.strictObject({
			...createBaseAnswerShape(rules),
			/** Measurement basis, one of the rule set's keys (2026: penerima-manfaat, cakupan, efisiensi, pendapatan, produk, tren). */
			dasar: z.enum(basisKeys).optional(),
			/** The measured number in the basis's unit (people, %, products, periods); optional. */
			nilai: z.number({ error: 'nilai harus berupa angka, mis. 1250 atau 35.5' }).min(0).optional(),
		})
		.superRefine((answer, ctx) => {
			requireEvidence(answer, ctx);
			if (answer.parameter >= 1 && answer.dasar === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: ['dasar'],
					message: `pilih dasar pengukuran kemanfaatan: ${basisKeys.join(', ')}`,
				});
			}
			if (answer.dasar === undefined || answer.nilai === undefined) return;
			const basis = bases.find((b) => b.kunci === answer.dasar);
			if (!basis) return;
			// A claim above what the figure supports is an error; an honest claim below it never is
			// (the agency may not be able to prove the higher band).
			const implied = getImpliedLevel(basis.pita, answer.nilai);
			if (answer.parameter > implied) {
				ctx.addIssue({
					code: 'custom',
					path: ['nilai'],
					message: `nilai ${answer.nilai} ${basis.satuan} pada dasar ${basis.kunci} hanya mendukung parameter ${implied}, bukan ${answer.parameter}; turunkan parameter menjadi ${implied} atau periksa nilainya`,
				});
			}
		});
}

/**
 * The level a measured value earns under ascending band minimums: the highest band whose
 * minimum it reaches, or 0 below the first.
 * @example getImpliedLevel([1, 201, 501], 1250) // 3
 */
export function getImpliedLevel(minimums: readonly number[], value: number): number {
	let level = 0;
	minimums.forEach((minimum, index) => {
		if (value >= minimum) level = index + 1;
	});
	return level;
}

export type Answer = z.output<ReturnType<typeof createAnswerSchema>>;
export type BenefitAnswer = z.output<ReturnType<typeof createBenefitAnswerSchema>>;
