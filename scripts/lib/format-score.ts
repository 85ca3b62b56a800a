/**
 * The readable Indonesian summary printed by `npm run score`: the index with every term of the
 * formula, the agency ranking and the most mature innovations.
 */
import type { ScoreReport } from '../../src/lib/scoring/region.ts';
import { round2 } from '../../src/lib/scoring/round.ts';
import { getMaxMaturity, getMaxSpd } from '../../src/lib/scoring/rules-derived.ts';
import { formatNumber as num, formatScore } from '../../src/lib/format/number.ts';

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
	const { pemda, rules } = report;
	const { pembagi_minimal: d, faktor_jumlah_inovasi: factor, batas_jumlah_inovasi: cap, yandas_minimal: y } = rules.rumus;
	const sum = report.inovasi.filter((i) => i.eligibility.dinilai).reduce((total, i) => total + i.kematangan, 0);
	const basic = pemda.urusan_yandas.length + pemda.yandas_kurang.length;
	const lines = [
		`Indeks Inovasi Daerah (perkiraan) — ${context.regionName}, aturan tahun ${rules.tahun}`,
		'',
		row('SPD (indikator pemda)', `${num(pemda.spd)} / ${formatScore(getMaxSpd(rules))}`),
		row('Inovasi dinilai (n)', `${pemda.n} dari ${report.inovasi.length} inovasi`),
		row(`Pembagi MAX(${d}, n)`, String(pemda.pembagi)),
		row('Rata-rata kematangan', `${formatScore(sum)} / ${pemda.pembagi} = ${num(pemda.rata_kematangan)} (maks. ${formatScore(getMaxMaturity(rules))})`),
		row('Urusan wajib pelayanan dasar', `${pemda.yandas} dari ${basic}${pemda.yandas_kurang.length ? ` (belum: ${pemda.yandas_kurang.join(', ')})` : ''}`),
		row('Skor jumlah inovasi', pemda.jumlah_dihitung ? `MIN(${pemda.n}, ${cap}) × ${num(factor)} = ${num(pemda.skor_jumlah_inovasi)}` : `0 (yandas ${pemda.yandas} < ${y})`),
		row('SID = rata-rata + jumlah', num(pemda.sid)),
		row('Total = SPD + SID', num(pemda.total)),
		row(`IID = total / ${formatScore(pemda.skor_maksimal)} × 100`, `${num(pemda.iid)} → ${pemda.predikat}`),
		'',
		'Peringkat SKPD (total kematangan inovasi yang dinilai)',
	];
	for (const agency of report.skpd) {
		const name = context.agencyNames.get(agency.id) ?? agency.id;
		lines.push(`  ${String(agency.peringkat).padStart(3)}. ${name} — ${agency.jumlah_inovasi} dinilai dari ${agency.jumlah_semua_inovasi}, total ${formatScore(round2(agency.total_kematangan))}`);
	}
	lines.push('', `Inovasi dengan kematangan tertinggi (maks. ${formatScore(getMaxMaturity(rules))})`);
	const top = [...report.inovasi].sort((a, b) => b.kematangan - a.kematangan || (a.id < b.id ? -1 : 1)).slice(0, TOP_INNOVATIONS);
	top.forEach((innovation, index) => {
		const mark = innovation.eligibility.dinilai ? '' : ' (tidak dinilai)';
		lines.push(`  ${String(index + 1).padStart(3)}. ${formatScore(innovation.kematangan).padStart(5)}  ${innovation.id} — ${innovation.nama}${mark}`);
	});
	const notCounted = report.inovasi.filter((i) => !i.eligibility.dinilai);
	if (notCounted.length > 0) {
		lines.push('', `Tidak dinilai (${notCounted.length})`);
		for (const innovation of notCounted) lines.push(`  - ${innovation.id}: ${innovation.eligibility.alasan}`);
	}
	if (context.skippedFiles > 0) {
		lines.push('', `Catatan: ${context.skippedFiles} berkas bergalat tidak ikut dihitung; jalankan npm run check:content.`);
	}
	lines.push('', 'Perkiraan ini dihitung dari klaim SKPD sebelum verifikasi Kemendagri.');
	return lines.join('\n');
}
