/**
 * The verification queue per agency: what awaits a verifier, what lapsed since, what was sent back
 * for fixing, and how far verification has come. The CLI (`npm run verifikasi`) and the
 * coordinator room show the same lists.
 */
import type { ScoreReport, ScoredInnovation } from '../scoring/score-region.ts';
import { countStatuses } from './apply-verification.ts';

/** One innovation in a queue list. */
export interface QueueItem {
	id: string;
	nama: string;
	/** Claimed answers in that state (eligibility not counted). */
	jumlah: number;
	/** True when the eligibility decision is missing or lapsed. */
	kelayakan: boolean;
	/** The answers in that state (which indicator lapsed, awaits, or was sent back), rule-set order. */
	kunci: string[];
}

export interface AgencyQueue {
	skpd: string;
	/** Not verified yet (new claims, or eligibility undecided). */
	menunggu: QueueItem[];
	/** Verified, but the claim changed since. */
	kedaluwarsa: QueueItem[];
	/** Sent back or rejected: the agency acts. */
	perbaiki: QueueItem[];
	/** Claimed answers in total, and those with a standing decision. */
	klaim: number;
	diputuskan: number;
	/** Σ klaim maturity and Σ verified maturity of its assessed innovations. */
	kematangan_klaim: number;
	kematangan_terverifikasi: number;
}

/** Innovations that enter the queue: those the window and stage let count (others need no verifier). */
const needsVerifier = (innovation: ScoredInnovation) =>
	innovation.kelayakan.dinilai && innovation.verifikasi.status_layak !== 'tidak-layak';

/** The queue of every agency with at least one innovation in the window, agencies in id order. */
export function buildQueue(report: ScoreReport): AgencyQueue[] {
	const byAgency = new Map<string, AgencyQueue>();
	for (const innovation of report.inovasi.filter(needsVerifier)) {
		const queue = byAgency.get(innovation.skpd) ?? {
			skpd: innovation.skpd,
			menunggu: [],
			kedaluwarsa: [],
			perbaiki: [],
			klaim: 0,
			diputuskan: 0,
			kematangan_klaim: 0,
			kematangan_terverifikasi: 0,
		};
		byAgency.set(innovation.skpd, queue);
		const counts = countStatuses(innovation.verifikasi.baris);
		const status = innovation.verifikasi.status_layak;
		const keysIn = (...statuses: string[]) =>
			innovation.verifikasi.baris
				.filter((row) => statuses.includes(row.status))
				.map((row) => row.kunci);
		const item = (jumlah: number, kunci: string[], kelayakan = false): QueueItem => ({
			id: innovation.id,
			nama: innovation.nama,
			jumlah,
			kelayakan,
			kunci,
		});
		if (counts.belum > 0 || status === 'belum')
			queue.menunggu.push(item(counts.belum, keysIn('belum'), status === 'belum'));
		if (counts.kedaluwarsa > 0 || status === 'kedaluwarsa')
			queue.kedaluwarsa.push(
				item(counts.kedaluwarsa, keysIn('kedaluwarsa'), status === 'kedaluwarsa')
			);
		if (counts.perbaiki + counts.ditolak > 0)
			queue.perbaiki.push(item(counts.perbaiki + counts.ditolak, keysIn('perbaiki', 'ditolak')));
		const claimed = innovation.verifikasi.baris.length - counts['tidak-diklaim'];
		queue.klaim += claimed;
		queue.diputuskan += counts.diterima + counts.perbaiki + counts.ditolak;
		queue.kematangan_klaim += innovation.kematangan;
		queue.kematangan_terverifikasi += status === 'layak' ? innovation.verifikasi.kematangan : 0;
	}
	return [...byAgency.values()].sort((a, b) => (a.skpd < b.skpd ? -1 : 1));
}

/** Totals over all agencies: claims decided and claims in total. */
export function sumQueue(queues: readonly AgencyQueue[]): { klaim: number; diputuskan: number } {
	return queues.reduce(
		(sum, queue) => ({
			klaim: sum.klaim + queue.klaim,
			diputuskan: sum.diputuskan + queue.diputuskan,
		}),
		{ klaim: 0, diputuskan: 0 }
	);
}
