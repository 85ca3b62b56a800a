/**
 * Evidence given as a link, fingerprinted by its content. Most real evidence is a link (a decree
 * on the legal portal, a video), and a link can point at a different document tomorrow: when a
 * coordinator accepts a claim, the document behind each link is downloaded once and its
 * fingerprint and size recorded beside the decision; `npm run verifikasi -- periksa-tautan`
 * downloads them again and marks a link whose document changed or disappeared, which lapses the
 * verification. Pure: the caller downloads.
 */
import type { LinkRecord } from '../../schemas/verification.ts';
import { fingerprintBytes, getClaimParts } from './fingerprint.ts';

/** What a download gave: the bytes, the document being gone (404/410), or no answer this time. */
export type Download = { bytes: Uint8Array } | { gone: boolean; reason: string };

/** The `https://` links among an answer's evidence (full, or as the scoring cache keeps it), once each. */
export function listEvidenceLinks(answer: unknown): string[] {
	return [...new Set(getClaimParts(answer).bukti.filter((ref) => ref.startsWith('https://')))];
}

/** The record of a link as the verifier saw it on `today`. */
export function toLinkRecord(alamat: string, download: Download, today: string): LinkRecord {
	if ('bytes' in download)
		return {
			alamat,
			sidik: fingerprintBytes(download.bytes),
			ukuran: download.bytes.byteLength,
			diperiksa: today,
		};
	return { alamat, diperiksa: today, keterangan: `belum tercatat: ${download.reason}` };
}

/**
 * A recorded link checked again: marked `berubah` when its document differs from the verified one
 * or is gone; unchanged (and not rewritten) when it is the same or could not be read this time.
 * @returns the record to keep and, when it is newly marked, why
 */
export function recheckLink(
	record: LinkRecord,
	download: Download,
	today: string
): { record: LinkRecord; change?: string } {
	if (record.berubah || !record.sidik) return { record };
	if ('bytes' in download) {
		const sidik = fingerprintBytes(download.bytes);
		if (sidik === record.sidik) return { record };
		const change = `isi dokumen berubah (${record.ukuran ?? '?'} → ${download.bytes.byteLength} bita)`;
		return { record: { ...record, berubah: today, keterangan: change }, change };
	}
	if (!download.gone) return { record };
	return {
		record: { ...record, berubah: today, keterangan: download.reason },
		change: download.reason,
	};
}
