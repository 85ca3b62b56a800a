/**
 * The indicator rows of the national form (innovation indicators 16–35 and the region's SPD rows),
 * one row per evidence document, so each document's number, date and subject stay beside its own
 * file or link (joined cells once moved the next document's number up when one had none). The
 * text to copy into the national application is the *verified* level's option text and level; the
 * claim keeps its own columns. Evidence stored in the repository becomes a full address of the
 * published site.
 */
import { getEvidenceRefOf } from '../../schemas/answer.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { VerifiedRow } from '../verification/apply-verification.ts';
import { describeOption, type AnswerLike } from '../scoring/option-text.ts';
import { toDateCell, toLinkCell, type Cell } from './cells.ts';

export { describeOption } from '../scoring/option-text.ts';

/** Verification status words for a cell. */
export const STATUS_LABELS: Record<VerifiedRow['status'], string> = {
	'tidak-diklaim': 'tidak diklaim',
	belum: 'belum diverifikasi',
	diterima: 'diterima',
	perbaiki: 'perlu perbaikan',
	ditolak: 'ditolak',
	kedaluwarsa: 'kedaluwarsa (klaim berubah)',
};

/** The columns an indicator row carries after the row's own identification. */
export const INDICATOR_DETAIL_COLUMNS = [
	'Status Verifikasi',
	'Parameter Terverifikasi',
	'Informasi Terverifikasi (disalin)',
	'Dokumen',
	'Nomor Dokumen',
	'Tanggal Dokumen',
	'Tentang/Judul',
	'Berkas/Tautan',
	'Parameter Klaim',
	'Informasi Klaim',
	'Catatan Verifikator',
] as const;

/**
 * A repository path (`/bukti/…`) as an address of the published site, a link as it is.
 * @param site the site's address with its base path, ending in `/`
 */
export function toEvidenceAddress(ref: string, site: string): string {
	if (!ref.startsWith('/')) return ref;
	const path = ref
		.slice(1)
		.split('/')
		.map((part) => encodeURIComponent(part))
		.join('/');
	return `${site}${path}`;
}

/**
 * The detail cells of one answer, one list per document (one empty document when it has none):
 * `INDICATOR_DETAIL_COLUMNS` in order.
 */
export function toAnswerRows(
	rules: RuleSet,
	key: string,
	answer: AnswerLike | undefined,
	verified: VerifiedRow | undefined,
	site: string
): Cell[][] {
	const claim = answer?.parameter ?? 0;
	const accepted = verified?.status === 'diterima';
	const level = accepted ? verified.parameter : 0;
	const documents = answer?.bukti?.length ? answer.bukti : [undefined];
	return documents.map((item, index) => {
		const details = item !== undefined && typeof item !== 'string' ? item : undefined;
		return [
			verified ? STATUS_LABELS[verified.status] : '',
			level,
			accepted ? describeOption(rules, key, answer, level) : '',
			item === undefined ? '' : `${index + 1}/${documents.length}`,
			details?.nomor ?? '',
			toDateCell(details?.tanggal),
			details?.tentang ?? '',
			item === undefined ? '' : toLinkCell(toEvidenceAddress(getEvidenceRefOf(item), site)),
			claim,
			describeOption(rules, key, answer, claim),
			verified?.catatan ?? '',
		];
	});
}
