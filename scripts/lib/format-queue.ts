/** The verification queue as printed by `npm run verifikasi`. */
import { formatNumber } from '../../src/lib/format/number.ts';
import type { ScoreReport } from '../../src/lib/scoring/score-region.ts';
import { sumQueue, type AgencyQueue, type QueueItem } from '../../src/lib/verification/queue.ts';

const LIST = 10;

function listItems(items: readonly QueueItem[], what: string, named = false): string {
	const shown = items
		.slice(0, LIST)
		.map(
			(item) =>
				`${item.id} (${[item.kelayakan ? 'kelayakan' : '', item.jumlah > 0 ? `${item.jumlah} ${what}${named ? `: ${item.kunci.join(', ')}` : ''}` : ''].filter(Boolean).join(', ')})`
		);
	return items.length > LIST
		? `${shown.join('; ')}; … dan ${items.length - LIST} lagi`
		: shown.join('; ');
}

/** The queue per agency, then the two indexes. */
export function formatQueue(
	queues: readonly AgencyQueue[],
	report: ScoreReport,
	names: ReadonlyMap<string, string>
): string {
	const total = sumQueue(queues);
	const lines = [
		`Antrean verifikasi: ${total.diputuskan} dari ${total.klaim} klaim sudah diputuskan.`,
		'',
	];
	for (const queue of queues) {
		lines.push(
			`${names.get(queue.skpd) ?? queue.skpd} (${queue.skpd}) — ${queue.diputuskan}/${queue.klaim} klaim, kematangan ${formatNumber(queue.kematangan_klaim)} klaim → ${formatNumber(queue.kematangan_terverifikasi)} terverifikasi`
		);
		if (queue.menunggu.length > 0) lines.push(`  menunggu: ${listItems(queue.menunggu, 'klaim')}`);
		if (queue.kedaluwarsa.length > 0)
			lines.push(`  kedaluwarsa: ${listItems(queue.kedaluwarsa, 'klaim berubah', true)}`);
		if (queue.perbaiki.length > 0)
			lines.push(
				`  perlu perbaikan SKPD: ${listItems(queue.perbaiki, 'dikembalikan/ditolak', true)}`
			);
	}
	const { pemda, terverifikasi } = report;
	lines.push(
		'',
		`IID klaim ${formatNumber(pemda.iid)} (${pemda.predikat}) · IID terverifikasi ${formatNumber(terverifikasi.pemda.iid)} (${terverifikasi.pemda.predikat})`,
		'Perintah: npm run verifikasi -- lihat <skpd/slug> untuk klaim dan buktinya; terima|perbaiki|tolak|layak|tidak-layak <skpd/slug> [kunci atau nomor …] (lihat --bantuan)'
	);
	return lines.join('\n');
}
