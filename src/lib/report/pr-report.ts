/**
 * The pull-request comment: what a submission changes, what is wrong with it, and what it does to
 * the region's index. Pure formatting of data the PR check gathered; Markdown reads well in a
 * terminal too.
 */
import { formatNumber as num, formatScore } from '../format/number.ts';
import type { RegionScore } from '../scoring/region.ts';
import type { Finding } from '../validation/finding.ts';

/** State of one innovation on one side of the PR. */
export interface InnovationState {
	kematangan: number;
	dinilai: boolean;
	alasan: string;
	wajib_kurang: string[];
}

export interface InnovationChange {
	id: string;
	/** Change of its Markdown file, or `bukti` when only evidence changed. */
	status: 'ditambah' | 'diubah' | 'dihapus' | 'dipindah' | 'bukti';
	from?: string;
	before?: InnovationState;
	/** Undefined when deleted or when the file has errors (it would not be published). */
	after?: InnovationState;
	findings: Finding[];
}

export interface PrReport {
	changes: InnovationChange[];
	/** Findings in changed files that are not innovations (pemda.yml, skpd, misplaced files). */
	otherFindings: Finding[];
	/** Why a coordinator should look closer (empty: an ordinary one-agency submission). */
	attention: string[];
	region: { before: RegionScore; after: RegionScore };
}

const STATUS: Record<InnovationChange['status'], string> = {
	ditambah: 'baru',
	diubah: 'diubah',
	dihapus: 'dihapus',
	dipindah: 'dipindah',
	bukti: 'bukti diubah',
};

function formatFinding(finding: Finding): string {
	const key = finding.key ? `\`${finding.key}\`: ` : '';
	return `- \`${finding.file}:${finding.line}:${finding.column}\` **${finding.severity}**: ${key}${finding.message}`;
}

function formatMaturity(change: InnovationChange): string {
	const before = change.before ? formatScore(change.before.kematangan) : '–';
	const after = change.after ? formatScore(change.after.kematangan) : change.status === 'dihapus' ? '–' : 'tidak dihitung (galat)';
	return before === after ? after : `${before} → ${after}`;
}

function describeRegion(before: RegionScore, after: RegionScore): string[] {
	const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);
	const delta = after.iid - before.iid;
	const sign = delta > 0 ? '+' : '';
	return [
		`| | sebelum | sesudah |`,
		`|---|---|---|`,
		`| **IID** | ${num(before.iid)} | ${num(after.iid)} (${sign}${num(delta)}) |`,
		`| Predikat | ${before.predikat} | ${after.predikat} |`,
		`| Inovasi dinilai (n) | ${before.n} | ${after.n} |`,
		`| Rata-rata kematangan | ${num(before.rata_kematangan)} | ${num(after.rata_kematangan)} |`,
		`| Urusan yandas | ${before.yandas} | ${after.yandas} |`,
		`| Skor jumlah inovasi | ${num(before.skor_jumlah_inovasi)} | ${num(after.skor_jumlah_inovasi)} |`,
		'',
		`IID ${arrow(num(before.iid), num(after.iid))} · ${arrow(before.predikat, after.predikat)}`,
	];
}

/** Counts of errors and warnings in the report. */
export function countFindings(report: PrReport): { errors: number; warnings: number } {
	const all = [...report.changes.flatMap((change) => change.findings), ...report.otherFindings];
	const errors = all.filter((finding) => finding.severity === 'galat').length;
	return { errors, warnings: all.length - errors };
}

/** The whole comment as Markdown. */
export function formatPrReport(report: PrReport): string {
	const { errors, warnings } = countFindings(report);
	const lines = ['## Pemeriksaan usulan inovasi', ''];
	lines.push(
		errors > 0
			? `✖ **${errors} galat**, ${warnings} peringatan — perbaiki galat di bawah, lalu kirim perubahan ke cabang yang sama; pemeriksaan berjalan lagi otomatis.`
			: `✔ Tidak ada galat (${warnings} peringatan). Usulan siap ditinjau koordinator.`
	);
	if (report.attention.length > 0) {
		lines.push('', `⚠️ **Perlu perhatian koordinator**: ${report.attention.join('; ')}.`);
	}
	if (report.changes.length > 0) {
		lines.push('', '### Inovasi yang berubah', '', '| Inovasi | Perubahan | Kematangan | Dinilai | Indikator wajib belum diklaim |', '|---|---|---|---|---|');
		for (const change of report.changes) {
			const state = change.after;
			const eligible = state ? (state.dinilai ? 'ya' : 'tidak') : '–';
			const missing = state ? state.wajib_kurang.join(', ') || '–' : '–';
			const from = change.from ? ` (dari \`${change.from}\`)` : '';
			lines.push(`| \`${change.id}\` | ${STATUS[change.status]}${from} | ${formatMaturity(change)} | ${eligible} | ${missing} |`);
		}
		for (const change of report.changes) {
			if (change.after && !change.after.dinilai) lines.push('', `\`${change.id}\` belum dinilai: ${change.after.alasan}.`);
			if (change.findings.length === 0) continue;
			lines.push('', `#### \`${change.id}\``, '', ...change.findings.map(formatFinding));
		}
	}
	if (report.otherFindings.length > 0) lines.push('', '### Berkas lain', '', ...report.otherFindings.map(formatFinding));
	lines.push('', '### Dampak pada Indeks Inovasi Daerah', '', ...describeRegion(report.region.before, report.region.after));
	lines.push('', '<sub>Perkiraan dari klaim SKPD sebelum verifikasi. Panduan: CONTRIBUTING.md dan content/README.md.</sub>');
	return `${lines.join('\n')}\n`;
}
