/**
 * `npm run verifikasi -- lihat <skpd/slug|pemda>`: every claimed indicator of one innovation (or the
 * region's SPD rows) with the national number, the option text claimed, each evidence document
 * with its details, and where verification stands — what a verifier opens before deciding.
 */
import { getEvidenceRefOf, type EvidenceItem } from '../../src/schemas/answer.ts';
import type { RuleSet } from '../../src/schemas/rule-set.ts';
import { STATUS_LABELS, describeOption } from '../../src/lib/export/indicator-rows.ts';
import type { VerifiedRow } from '../../src/lib/verification/apply-verification.ts';

type Answers = Readonly<
	Record<string, { parameter?: number; bukti?: readonly EvidenceItem[] } | undefined>
>;

/** One document as a line: its file or link, then number · date · subject when given. */
function describeDocument(item: EvidenceItem): string {
	const details =
		typeof item === 'string'
			? []
			: [item.nomor, item.tanggal, item.tentang].filter((value): value is string => !!value);
	return `${getEvidenceRefOf(item)}${details.length ? `  (${details.join(' · ')})` : ''}`;
}

/** The claimed rows of `rows` as printed lines. */
export function formatClaims(
	title: string,
	rows: readonly { kunci: string; nomor: number | string; nama: string }[],
	answers: Answers,
	verified: readonly VerifiedRow[],
	rules: RuleSet
): string {
	const lines = [title, ''];
	let claimed = 0;
	for (const row of rows) {
		const answer = answers[row.kunci];
		const level = answer?.parameter ?? 0;
		if (level === 0) continue;
		claimed += 1;
		const status = verified.find((item) => item.kunci === row.kunci);
		lines.push(
			`${row.nomor}. ${row.nama} (${row.kunci}) — klaim ${level}: ${describeOption(rules, row.kunci, answer, level)}`
		);
		for (const item of answer?.bukti ?? []) lines.push(`    bukti: ${describeDocument(item)}`);
		if (status) {
			const accepted = status.status === 'diterima' ? ` pada parameter ${status.parameter}` : '';
			const changed = status.tautan_berubah?.length
				? `; tautan berubah: ${status.tautan_berubah.join(', ')}`
				: '';
			lines.push(
				`    verifikasi: ${STATUS_LABELS[status.status]}${accepted}${status.catatan ? ` — ${status.catatan}` : ''}${status.oleh ? ` (${status.oleh}, ${status.tanggal})` : ''}${changed}`
			);
		}
	}
	if (claimed === 0) lines.push('Belum ada indikator yang diklaim.');
	return lines.join('\n');
}
