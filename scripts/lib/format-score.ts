/**
 * The readable Indonesian summary printed by `npm run score`: the index with every term of the
 * formula, the agency ranking and the most mature innovations.
 */
import type { ScoreReport } from '../../src/lib/scoring/score-region.ts';
import { round2 } from '../../src/lib/scoring/round.ts';
import { getMaxMaturity } from '../../src/lib/scoring/rules-derived.ts';
import { formatNumber, formatScore } from '../../src/lib/format/number.ts';
import type { Recommendation } from '../../src/lib/scoring/recommend.ts';
import { explainIndex } from '../../src/lib/scoring/explain.ts';
import { describeDisclaimer } from '../../src/lib/scoring/predicate.ts';

/** How many innovations the summary lists. */
const TOP_INNOVATIONS = 10;

export interface SummaryContext {
	regionName: string;
	agencyNames: ReadonlyMap<string, string>;
	/** Files left out of scoring because they have errors. */
	skippedFiles: number;
}

function row(label: string, value: string): string {
	return `  ${label.padEnd(34)}${value}`;
}

/** Formats the whole summary as lines of text. */
export function formatScoreSummary(report: ScoreReport, context: SummaryContext): string {
	const { rules } = report;
	const lines = [
		`Indeks Inovasi Daerah (perkiraan) — ${context.regionName}, aturan tahun ${rules.tahun}`,
		'',
		...explainIndex(report).map((term) =>
			row(term.label, term.kunci === 'n' ? term.rumus : `${term.rumus} = ${term.nilai}`)
		),
		row(
			'IID terverifikasi',
			`${describeDisclaimer(report.terverifikasi.pemda, true) ?? `${formatNumber(report.terverifikasi.pemda.iid)} → ${report.terverifikasi.pemda.predikat}`} (hanya klaim yang diterima koordinator; n ${report.terverifikasi.pemda.n}, SPD ${formatNumber(report.terverifikasi.pemda.spd)})`
		),
		'',
		'Peringkat SKPD (total kematangan inovasi yang dinilai)',
	];
	for (const agency of report.skpd) {
		const name = context.agencyNames.get(agency.id) ?? agency.id;
		lines.push(
			`  ${String(agency.peringkat).padStart(3)}. ${name} — ${agency.jumlah_inovasi} dinilai dari ${agency.jumlah_semua_inovasi}, total ${formatScore(round2(agency.total_kematangan))}`
		);
	}
	lines.push(
		'',
		`Inovasi dengan kematangan tertinggi (maks. ${formatScore(getMaxMaturity(rules))})`
	);
	const top = [...report.inovasi]
		.sort((a, b) => b.kematangan - a.kematangan || (a.id < b.id ? -1 : 1))
		.slice(0, TOP_INNOVATIONS);
	top.forEach((innovation, index) => {
		const mark = innovation.kelayakan.dinilai ? '' : ' (tidak dinilai)';
		lines.push(
			`  ${String(index + 1).padStart(3)}. ${formatScore(innovation.kematangan).padStart(5)}  ${innovation.id} — ${innovation.nama}${mark}`
		);
	});
	const notCounted = report.inovasi.filter((i) => !i.kelayakan.dinilai);
	if (notCounted.length > 0) {
		lines.push('', `Tidak dinilai (${notCounted.length})`);
		for (const innovation of notCounted)
			lines.push(`  - ${innovation.id}: ${innovation.kelayakan.alasan}`);
	}
	if (context.skippedFiles > 0) {
		lines.push(
			'',
			`Catatan: ${context.skippedFiles} berkas bergalat tidak ikut dihitung; jalankan npm run check:content.`
		);
	}
	lines.push(
		'',
		'IID di atas dihitung dari klaim SKPD; IID terverifikasi hanya dari klaim yang diterima koordinator (npm run verifikasi). Keduanya perkiraan sebelum verifikasi Kemendagri.'
	);
	return lines.join('\n');
}

/** The recommendations as numbered lines with their exact IID gain. */
export function formatRecommendations(actions: readonly Recommendation[], iid: number): string {
	if (actions.length === 0) return 'Tidak ada tindakan yang menaikkan IID.';
	const lines = [
		`Saran untuk menaikkan IID (sekarang ${formatNumber(iid)}), diurutkan menurut kenaikannya:`,
		'',
	];
	actions.forEach((action, index) => {
		lines.push(
			`${String(index + 1).padStart(3)}. +${formatNumber(action.kenaikan_iid)}  ${action.aksi}`,
			`       Bukti: ${action.bukti}`
		);
	});
	return lines.join('\n');
}
