/**
 * What `npm run ekspor` prints as still missing: a short summary per agency (how many innovations
 * lack each profile field, which indicators have PDFs without number/date/subject, claims a
 * coordinator has not accepted), not one long line per innovation.
 */
import type { NationalGap } from '../validation/check-national-form.ts';

/** One submitted innovation with what it lacks and how many of its claims are not accepted. */
export interface GapInput {
	skpd: string;
	skpdNama: string;
	gaps: readonly NationalGap[];
	/** Claimed indicators a coordinator has not accepted (they are exported with level 0). */
	belumDiterima: number;
}

const PROFILE_LABELS: Record<string, string> = {
	koordinat: 'koordinat',
	asta_cita: 'asta_cita',
	pkpn: 'pkpn',
};

/** Counts `items` by key, as `key n` in first-seen order. */
function countBy(items: readonly string[]): string {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
	return [...counts].map(([item, count]) => `${item} ${count}`).join(', ');
}

/** The lines of one agency, or none when it lacks nothing. */
function summariseAgency(own: readonly GapInput[]): string[] {
	const gaps = own.flatMap((item) => item.gaps);
	const profile = gaps.flatMap((gap) =>
		gap.jenis === 'profil' ? [PROFILE_LABELS[gap.kunci]!] : []
	);
	const evidence = own.filter((item) => item.gaps.some((gap) => gap.jenis === 'bukti'));
	const undetailed = gaps.filter((gap) => gap.jenis === 'bukti').length;
	const affairs = gaps.flatMap((gap) => (gap.jenis === 'urusan' ? [gap.kunci] : []));
	const pending = own.reduce((sum, item) => sum + item.belumDiterima, 0);
	const parts = [
		profile.length ? `  profil kosong (jumlah inovasi): ${countBy(profile)}` : '',
		undetailed
			? `  bukti PDF tanpa nomor/tanggal/tentang: ${undetailed} indikator di ${evidence.length} inovasi`
			: '',
		affairs.length
			? `  urusan di luar daftar pedoman IID: ${countBy(affairs)}; pilih urusan yang dilayani inovasinya`
			: '',
		pending
			? `  klaim belum diterima koordinator: ${pending} indikator (diekspor dengan parameter 0)`
			: '',
	].filter(Boolean);
	return parts.length
		? [`${own[0]!.skpd} — ${own[0]!.skpdNama} (${own.length} inovasi diajukan):`, ...parts]
		: [];
}

/**
 * The summary's lines: one block per agency (ids in order), then one line per indicator counting
 * the innovations whose PDFs still lack number, date and subject; empty when nothing is missing.
 */
export function summariseGaps(innovations: readonly GapInput[]): string[] {
	const agencies = [...new Set(innovations.map((item) => item.skpd))].sort();
	const lines = agencies.flatMap((skpd) =>
		summariseAgency(innovations.filter((item) => item.skpd === skpd))
	);
	const indicators = innovations.flatMap((item) =>
		item.gaps.flatMap((gap) => (gap.jenis === 'bukti' ? [gap.indikator] : []))
	);
	if (indicators.length > 0)
		lines.push(`Per indikator (inovasi dengan bukti PDF tanpa rincian): ${countBy(indicators)}`);
	return lines;
}
