/**
 * The "Klaim yang berubah" section of the PR comment: per changed innovation, one row per changed
 * indicator (parameter, evidence, verification voided). Every value from the submission is escaped.
 */
import { escapeMarkdownText, toCodeSpan } from '../markdown/escape-markdown.ts';
import type { ClaimChange } from './claim-diff.ts';

/** Most evidence references named per side of a row. */
const REFS_SHOWN = 3;

const STATUS_WORD: Record<string, string> = {
	diterima: 'diterima',
	perbaiki: 'perlu perbaikan',
	ditolak: 'ditolak',
};

/** Evidence smaller than this is named as suspicious: a real decree or report is rarely so small. */
const TINY_BYTES = 1024;

function formatSize(bytes: number): string {
	const size = bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} KiB`;
	return bytes < TINY_BYTES ? `${size} ⚠️ sangat kecil` : size;
}

function formatRefs(
	refs: readonly string[],
	replaced: readonly string[],
	sizes: Readonly<Record<string, number>> = {}
): string {
	if (refs.length === 0) return '–';
	const shown = refs.slice(0, REFS_SHOWN).map((ref) => {
		const notes = [
			...(replaced.includes(ref) ? ['isi diganti'] : []),
			...(sizes[ref] !== undefined ? [formatSize(sizes[ref])] : []),
		];
		return `${toCodeSpan(ref, { inTable: true })}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
	});
	return refs.length > REFS_SHOWN
		? `${shown.join(', ')} +${refs.length - REFS_SHOWN}`
		: shown.join(', ');
}

function formatEvidence(change: ClaimChange): string {
	const [before, after] = change.bukti;
	if (JSON.stringify(before) === JSON.stringify(after)) {
		const note =
			change.berkas_diganti.length > 0
				? 'sama, isi berkas diganti'
				: change.rincian_berubah
					? 'sama, rincian berubah'
					: 'sama';
		return `${note}: ${formatRefs(after, change.berkas_diganti, change.ukuran)}`;
	}
	return `${formatRefs(before, [])} → ${formatRefs(after, change.berkas_diganti, change.ukuran)}`;
}

/** The section's lines (none when no claim changed). */
export function formatClaimChanges(
	changes: readonly { id: string; klaim?: readonly ClaimChange[] | undefined }[]
): string[] {
	const changed = changes.filter((change) => (change.klaim?.length ?? 0) > 0);
	if (changed.length === 0) return [];
	const lines = [
		'',
		'### Klaim yang berubah',
		'',
		'| Inovasi | Indikator | Parameter | Bukti | Verifikasi |',
		'|---|---|---|---|---|',
	];
	for (const change of changed) {
		for (const claim of change.klaim!) {
			const [a, b] = claim.parameter;
			// The number with its words: a reviewer checks the evidence against the text, not the digit.
			const words = claim.teks ? ` (${escapeMarkdownText(claim.teks)})` : '';
			const parameter = `${a === b ? a : `${a} → ${b}`}${words}${claim.naik_tanpa_bukti_baru ? ' ⚠️ naik tanpa bukti baru' : ''}`;
			const verification = claim.verifikasi_gugur
				? `gugur (sebelumnya ${STATUS_WORD[claim.verifikasi_gugur] ?? claim.verifikasi_gugur}); perlu diverifikasi ulang`
				: '–';
			lines.push(
				`| ${toCodeSpan(change.id, { inTable: true })} | ${escapeMarkdownText(claim.nama)} | ${parameter} | ${formatEvidence(claim)} | ${verification} |`
			);
		}
	}
	return lines;
}
