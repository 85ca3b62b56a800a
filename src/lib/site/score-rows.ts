/**
 * The rows of an innovation's score table as one HTML string. The table is most of the page at
 * 40,000 pages × 20 indicators, and rendering it cell by cell through Astro's template runtime
 * cost a quarter of the page phase; a string built here is one expression for Astro. Every value
 * is escaped, and evidence URLs pass `evidenceHref` (safe protocols only).
 */
import type { MaturityRow } from '../scoring/maturity.ts';
import { formatScore } from '../format/number.ts';
import { escapeHtml } from '../html/escape.ts';
import { evidenceHref } from './url.ts';
import { isSafeUrl } from '../markdown/neutralise-html.ts';

/** Column headings (also the `data-label` of each cell on narrow screens). */
export interface ScoreRowLabels {
	no: string;
	indicator: string;
	parameter: string;
	weight: string;
	points: string;
	evidence: string;
	mandatory: string;
	notClaimed: string;
	evidenceLink: (index: number) => string;
}

function renderEvidence(base: string, refs: readonly string[], labels: ScoreRowLabels): string {
	return refs
		.map((ref, index) => {
			const href = evidenceHref(base, ref);
			if (!isSafeUrl(href)) return escapeHtml(labels.evidenceLink(index));
			const rel = ref.startsWith('http') ? ' rel="noopener noreferrer"' : '';
			return `<a href="${escapeHtml(href)}"${rel}>${escapeHtml(labels.evidenceLink(index))}</a>`;
		})
		.join(' ');
}

/** `<tr>` elements for `rows`, in order. */
export function renderScoreRows(rows: readonly MaturityRow[], base: string, labels: ScoreRowLabels): string {
	const cell = (label: string, content: string, extra = '') => `<td${extra} data-label="${escapeHtml(label)}">${content}</td>`;
	return rows
		.map((row) => {
			const name = escapeHtml(row.nama) + (row.wajib ? ` <abbr title="${escapeHtml(labels.mandatory)}">*</abbr>` : '');
			const parameter = row.parameter > 0 ? escapeHtml(`${row.parameter}: ${row.teks_parameter}`) : `<span class="meta">${escapeHtml(labels.notClaimed)}</span>`;
			return `<tr data-indikator="${escapeHtml(row.kunci)}">${[
				cell(labels.no, escapeHtml(row.nomor)),
				cell(labels.indicator, name),
				cell(labels.parameter, parameter),
				cell(labels.weight, escapeHtml(formatScore(row.bobot)), ' class="num"'),
				cell(labels.points, escapeHtml(formatScore(row.skor)), ` class="num" data-skor="${escapeHtml(row.skor)}"`),
				cell(labels.evidence, renderEvidence(base, row.bukti, labels)),
			].join('')}</tr>`;
		})
		.join('');
}
