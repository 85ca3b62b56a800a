/**
 * The pull-request comment: what a submission changes, what is wrong with it, and what it does to
 * the region's index. Pure formatting of data the PR check gathered; Markdown reads well in a
 * terminal too. Everything derived from the submission is escaped (`escape-markdown.ts`), findings
 * are capped per file, and the index comes first, so no content can shape or hide the report.
 */
import { formatNumber as num, formatScore } from '../format/number.ts';
import {
	escapeMarkdownText,
	formatMessageMarkdown,
	toCodeSpan,
} from '../markdown/escape-markdown.ts';
import type { RegionScore } from '../scoring/region.ts';
import type { ClaimChange } from './claim-diff.ts';
import { formatClaimChanges } from './format-claim-changes.ts';
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
	/** The indicators whose claim changed, with the verification each change voids. */
	klaim?: ClaimChange[];
	/** The file has errors that keep even its claims from being read: no claim is compared. */
	klaim_tak_terbaca?: boolean;
	findings: Finding[];
}

export interface PrReport {
	changes: InnovationChange[];
	/** Findings in changed files that are not innovations (pemda.yml, skpd, misplaced files). */
	otherFindings: Finding[];
	/** Why a coordinator should look closer (empty: an ordinary one-agency submission). */
	attention: string[];
	/**
	 * Every changed path outside `content/inovasi/`, listed one by one under the attention reasons
	 * (never cut: a short list once hid `public/index.html` behind "…").
	 */
	attentionFiles?: { path: string; status: string }[];
	region: { before: RegionScore; after: RegionScore };
	/** The *terverifikasi* index on both sides (coordinators' accepted claims only). */
	verified?: { before: RegionScore; after: RegionScore };
}

const STATUS: Record<InnovationChange['status'], string> = {
	ditambah: 'baru',
	diubah: 'diubah',
	dihapus: 'dihapus',
	dipindah: 'dipindah',
	bukti: 'bukti diubah',
};

/** Findings shown per file; the rest are counted (one file could otherwise fill the comment). */
export const FINDINGS_PER_FILE = 20;

/** Rows of the change table and files of "Berkas lain" shown; the rest are counted. */
export const ROWS_SHOWN = 100;

function formatFinding(finding: Finding): string {
	const key = finding.key ? `${toCodeSpan(finding.key)}: ` : '';
	return `- ${toCodeSpan(`${finding.file}:${finding.line}:${finding.column}`)} **${finding.severity}**: ${key}${formatMessageMarkdown(finding.message)}`;
}

/** The findings of one file, capped, with a line counting the rest and saying how to see them. */
function formatFindings(findings: readonly Finding[]): string[] {
	const lines = findings.slice(0, FINDINGS_PER_FILE).map(formatFinding);
	const rest = findings.length - FINDINGS_PER_FILE;
	if (rest > 0)
		lines.push(
			`- … dan ${rest} temuan lain di berkas ini; lihat semuanya dengan ${toCodeSpan(`npm run check:content -- ${findings[0]!.file}`)}`
		);
	return lines;
}

/** Groups findings by file, keeping their order. */
function groupByFile(findings: readonly Finding[]): Finding[][] {
	const groups = new Map<string, Finding[]>();
	for (const finding of findings)
		groups.set(finding.file, [...(groups.get(finding.file) ?? []), finding]);
	return [...groups.values()];
}

/** A "… and N more" line when `total` exceeds what was shown. */
function formatRest(total: number, what: string): string[] {
	return total > ROWS_SHOWN
		? ['', `… dan ${total - ROWS_SHOWN} ${what} lainnya (tidak ditampilkan).`]
		: [];
}

const hasError = (change: InnovationChange) =>
	change.findings.some((finding) => finding.severity === 'galat');

/** Errors before warnings, each in file order. */
const sortErrorsFirst = (findings: readonly Finding[]) =>
	[...findings].sort((a, b) => Number(b.severity === 'galat') - Number(a.severity === 'galat'));

function formatMaturity(change: InnovationChange): string {
	const before = change.before ? formatScore(change.before.kematangan) : '–';
	const after = change.after
		? formatScore(change.after.kematangan)
		: change.status === 'dihapus'
			? '–'
			: 'tidak dihitung (galat)';
	return before === after ? after : `${before} → ${after}`;
}

function describeRegion(
	before: RegionScore,
	after: RegionScore,
	verified?: PrReport['verified']
): string[] {
	const arrow = (a: string, b: string) => (a === b ? a : `${a} → ${b}`);
	const delta = after.iid - before.iid;
	const sign = delta > 0 ? '+' : '';
	return [
		`| | sebelum | sesudah |`,
		`|---|---|---|`,
		`| **IID klaim** | ${num(before.iid)} | ${num(after.iid)} (${sign}${num(delta)}) |`,
		...(verified
			? [
					`| IID terverifikasi | ${num(verified.before.iid)} (${verified.before.predikat}) | ${num(verified.after.iid)} (${verified.after.predikat}) |`,
				]
			: []),
		`| Predikat | ${before.predikat} | ${after.predikat} |`,
		`| Inovasi yang dinilai | ${before.n} | ${after.n} |`,
		`| Rata-rata kematangan inovasi | ${num(before.rata_kematangan)} | ${num(after.rata_kematangan)} |`,
		`| Urusan layanan dasar yang tercakup (dari 6) | ${before.yandas} | ${after.yandas} |`,
		`| Tambahan nilai dari banyaknya inovasi | ${num(before.skor_jumlah_inovasi)} | ${num(after.skor_jumlah_inovasi)} |`,
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

/** The commit status the trusted review sets: what branch protection requires before a merge. */
export interface CommitStatus {
	state: 'success' | 'failure';
	/** At most 140 characters (GitHub's limit). */
	description: string;
}

/** The commit status of a report: failure on any error; attention is noted, not failed. */
export function toCommitStatus(report: PrReport): CommitStatus {
	const { errors, warnings } = countFindings(report);
	const delta = report.region.after.iid - report.region.before.iid;
	const iid = `IID ${num(report.region.before.iid)} → ${num(report.region.after.iid)} (${delta > 0 ? '+' : ''}${num(delta)})`;
	const attention = report.attention.length > 0 ? '; perlu perhatian koordinator' : '';
	const description =
		errors > 0
			? `${errors} galat, ${warnings} peringatan${attention}`
			: `tanpa galat, ${warnings} peringatan; ${iid}${attention}`;
	return { state: errors > 0 ? 'failure' : 'success', description: description.slice(0, 140) };
}

/** The attention section: each reason, then every changed file outside `content/inovasi/`. */
function formatAttention(report: PrReport): string[] {
	const files = report.attentionFiles ?? [];
	return [
		'⚠️ **Perlu perhatian koordinator**:',
		'',
		...report.attention.map((reason) => `- ${formatMessageMarkdown(reason)}`),
		...(files.length > 0
			? [
					'',
					`Berkas di luar ${toCodeSpan('content/inovasi/')} yang diubah (${files.length}, semuanya):`,
					'',
					...files.map((file) => `- ${toCodeSpan(file.path)} (${escapeMarkdownText(file.status)})`),
				]
			: []),
	];
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
	if (report.attention.length > 0) lines.push('', ...formatAttention(report));
	// The index first: whatever follows may be long, and nothing after it can hide it.
	lines.push(
		'',
		'### Dampak pada Indeks Inovasi Daerah',
		'',
		...describeRegion(report.region.before, report.region.after, report.verified)
	);
	// Then each file's findings, errors first: what must be fixed comes before what changed.
	const withFindings = report.changes
		.slice(0, ROWS_SHOWN)
		.filter((change) => change.findings.length > 0)
		.sort((a, b) => Number(hasError(b)) - Number(hasError(a)));
	if (withFindings.length > 0) lines.push('', '### Temuan per berkas');
	for (const change of withFindings)
		lines.push(
			'',
			`#### ${toCodeSpan(change.id)}`,
			'',
			...formatFindings(sortErrorsFirst(change.findings))
		);
	if (report.changes.length > 0) {
		lines.push(
			'',
			'### Inovasi yang berubah',
			'',
			'| Inovasi | Perubahan | Kematangan | Dinilai | Indikator wajib belum diklaim |',
			'|---|---|---|---|---|'
		);
		for (const change of report.changes.slice(0, ROWS_SHOWN)) {
			const state = change.after;
			const eligible = state ? (state.dinilai ? 'ya' : 'tidak') : '–';
			const missing = state
				? state.wajib_kurang.map((key) => escapeMarkdownText(key)).join(', ') || '–'
				: '–';
			const from = change.from ? ` (dari ${toCodeSpan(change.from, { inTable: true })})` : '';
			const broken = hasError(change) ? ' · bergalat' : '';
			lines.push(
				`| ${toCodeSpan(change.id, { inTable: true })} | ${STATUS[change.status]}${from}${broken} | ${formatMaturity(change)} | ${eligible} | ${missing} |`
			);
		}
		lines.push(...formatRest(report.changes.length, 'inovasi'));
		for (const change of report.changes.slice(0, ROWS_SHOWN))
			if (change.klaim_tak_terbaca)
				lines.push(
					'',
					`Klaim ${toCodeSpan(change.id)} tidak dapat dibaca sampai galatnya diperbaiki; perbandingan klaim dan IID sesudah memakai versi cabang utama.`
				);
		lines.push(...formatClaimChanges(report.changes.slice(0, ROWS_SHOWN)));
		for (const change of report.changes.slice(0, ROWS_SHOWN)) {
			if (change.after && !change.after.dinilai)
				lines.push(
					'',
					`${toCodeSpan(change.id)} belum dinilai: ${escapeMarkdownText(change.after.alasan)}.`
				);
		}
	}
	if (report.otherFindings.length > 0) {
		const groups = groupByFile(report.otherFindings);
		lines.push(
			'',
			'### Berkas lain',
			'',
			...groups.slice(0, ROWS_SHOWN).flatMap(formatFindings),
			...formatRest(groups.length, 'berkas')
		);
	}
	lines.push(
		'',
		'<sub>IID klaim dihitung dari klaim SKPD; IID terverifikasi hanya dari klaim yang diterima koordinator. Panduan: CONTRIBUTING.md dan content/README.md.</sub>'
	);
	return `${lines.join('\n')}\n`;
}
