/**
 * One verifier decision applied to a record: accept (at the claimed level or lower), send back for
 * fixing, reject, or decide eligibility. Each decision stamps who, when and the fingerprint of the
 * claim it was made on, so a later change to that claim lapses it. Pure: the caller reads the
 * claim and its fingerprints and writes the result.
 */
import { UsageError } from '../errors.ts';
import type {
	AnswerVerification,
	InnovationVerification,
	LinkRecord,
	RegionVerification,
} from '../../schemas/verification.ts';
import type { CurrentFingerprints } from './apply-verification.ts';

export type Decision =
	| { jenis: 'terima'; parameter?: number | undefined }
	| { jenis: 'perbaiki' | 'tolak' }
	| { jenis: 'layak' }
	| { jenis: 'tidak-layak' };

export interface DecisionContext {
	/** Answer keys decided on (ignored by eligibility decisions). */
	keys: readonly string[];
	/** Answer key → claimed level. */
	claims: Readonly<Record<string, { parameter: number } | undefined>>;
	current: CurrentFingerprints;
	oleh: string;
	tanggal: string;
	catatan?: string | undefined;
	/** Answer key → its linked documents as downloaded now (recorded with an acceptance). */
	links?: Readonly<Record<string, readonly LinkRecord[]>>;
}

/** The verification of one answer for a decision, or a UsageError explaining why it cannot be. */
export function decideAnswer(
	key: string,
	decision: Decision,
	context: DecisionContext
): AnswerVerification {
	const claimed = context.claims[key]?.parameter ?? 0;
	const stamp = {
		oleh: context.oleh,
		tanggal: context.tanggal,
		sidik: context.current.jawaban[key]!,
	};
	const note = context.catatan !== undefined ? { catatan: context.catatan } : {};
	if (decision.jenis === 'perbaiki' || decision.jenis === 'tolak') {
		if (context.catatan === undefined)
			throw new UsageError(
				`${decision.jenis} ${key}: tulis --catatan yang menjelaskan apa yang harus diperbaiki SKPD`
			);
		return { status: decision.jenis === 'tolak' ? 'ditolak' : 'perbaiki', ...note, ...stamp };
	}
	if (decision.jenis !== 'terima')
		throw new UsageError(`keputusan ${decision.jenis} bukan untuk indikator`);
	if (claimed === 0)
		throw new UsageError(`${key} tidak diklaim (parameter 0); tidak ada yang diverifikasi`);
	const level = decision.parameter ?? claimed;
	if (level > claimed)
		throw new UsageError(
			`${key}: parameter ${level} di atas klaim ${claimed}; verifikasi tidak boleh melebihi klaim`
		);
	if (level < 1)
		throw new UsageError(`${key}: parameter terverifikasi paling kecil 1; pakai tolak untuk 0`);
	if (level < claimed && context.catatan === undefined)
		throw new UsageError(
			`${key}: parameter diturunkan dari ${claimed} ke ${level}; tulis --catatan dengan alasannya`
		);
	const links = context.links?.[key];
	return {
		status: 'diterima',
		parameter: level,
		...note,
		...stamp,
		...(links?.length ? { tautan: [...links] } : {}),
	};
}

/** Applies a decision to an innovation's record (a new one when there is none). */
export function decideInnovation(
	record: InnovationVerification | undefined,
	decision: Decision,
	context: DecisionContext
): InnovationVerification {
	const base: InnovationVerification = record ?? { indikator: {} };
	if (decision.jenis === 'layak' || decision.jenis === 'tidak-layak') {
		if (decision.jenis === 'tidak-layak' && context.catatan === undefined)
			throw new UsageError(
				'tidak-layak: tulis --catatan dengan alasannya, mis. "bukan inovasi: tugas rutin"'
			);
		const { alasan: _dropped, ...rest } = base;
		return {
			...rest,
			layak: decision.jenis === 'layak',
			...(decision.jenis === 'tidak-layak' ? { alasan: context.catatan! } : {}),
			oleh: context.oleh,
			tanggal: context.tanggal,
			sidik: context.current.profil!,
		};
	}
	const indikator = { ...base.indikator };
	for (const key of context.keys) indikator[key] = decideAnswer(key, decision, context);
	return { ...base, indikator: sortKeys(indikator, Object.keys(context.current.jawaban)) };
}

/** Applies a decision to the region's SPD verification. */
export function decideRegion(
	record: RegionVerification | undefined,
	decision: Decision,
	context: DecisionContext
): RegionVerification {
	const spd = { ...record?.spd };
	for (const key of context.keys) spd[key] = decideAnswer(key, decision, context);
	return { spd: sortKeys(spd, Object.keys(context.current.jawaban)) };
}

/** Keys in the rule set's order, so files diff cleanly whatever the order of decisions. */
function sortKeys<T>(entries: Record<string, T>, order: readonly string[]): Record<string, T> {
	return Object.fromEntries(
		order.filter((key) => entries[key] !== undefined).map((key) => [key, entries[key]!])
	);
}

/** Answer keys a decision without a list applies to: every claimed answer not decided on yet or lapsed. */
export function listPendingKeys(
	claims: Readonly<Record<string, { parameter: number } | undefined>>,
	answers: Readonly<Record<string, AnswerVerification | undefined>>,
	current: CurrentFingerprints
): string[] {
	return Object.keys(current.jawaban).filter(
		(key) => (claims[key]?.parameter ?? 0) > 0 && answers[key]?.sidik !== current.jawaban[key]
	);
}
