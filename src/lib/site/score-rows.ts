/**
 * The rows of an innovation's score table as one HTML string. The table is most of the page at
 * 40,000 pages × 20 indicators, and rendering it cell by cell through Astro's template runtime
 * cost a quarter of the page phase; a string built here is one expression for Astro. Every value
 * is escaped, and evidence URLs pass `evidenceHref` (safe protocols only).
 */
import { getEvidenceRefOf, type EvidenceItem } from '../../schemas/answer.ts';
import type { MaturityRow } from '../scoring/maturity.ts';
import type { VerifiedRow } from '../verification/apply-verification.ts';
import { formatScore } from '../format/number.ts';
import { escapeMarkup } from '../html/escape.ts';
import { evidenceHref } from './url.ts';
import { isSafeUrl } from '../markdown/neutralise-html.ts';
import { formatDate } from '../format/date.ts';
import { nameEvidence } from './evidence-name.ts';

/** Words of the score table (headings are rendered by the page, cell words here). */
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
	/** Heading of the verification column, and the words of each status. */
	verification: string;
	status: Record<VerifiedRow['status'], string>;
}

/** The verification cell: status, the verified level when it differs, the verifier's note, who and when. */
function renderVerification(row: VerifiedRow | undefined, labels: ScoreRowLabels): string {
	if (!row) return '';
	const level =
		row.status === 'diterima' && row.parameter !== row.klaim ? ` (${row.parameter})` : '';
	const note = row.catatan ? `<br><span class="meta">${escapeMarkup(row.catatan)}</span>` : '';
	const by = row.oleh
		? `<br><span class="meta">${escapeMarkup(`${row.oleh}, ${row.tanggal ? formatDate(row.tanggal) : ''}`)}</span>`
		: '';
	return `<span class="status-${escapeMarkup(row.status)}">${escapeMarkup(labels.status[row.status])}${escapeMarkup(level)}</span>${note}${by}`;
}

/** The details of an evidence item (number, date; the subject is the link's text) as one escaped line, or ''. */
function renderDetails(item: EvidenceItem): string {
	if (typeof item === 'string') return '';
	const parts = [item.nomor, item.tanggal && formatDate(item.tanggal)].filter(
		(part) => part !== undefined
	);
	return parts.length > 0 ? ` <span class="meta">${escapeMarkup(parts.join(' · '))}</span>` : '';
}

function renderEvidence(
	base: string,
	items: readonly EvidenceItem[],
	labels: ScoreRowLabels
): string {
	return items
		.map((item, index) => {
			const ref = getEvidenceRefOf(item);
			const href = evidenceHref(base, ref);
			const details = renderDetails(item);
			const text = escapeMarkup(nameEvidence(item) || labels.evidenceLink(index));
			if (!isSafeUrl(href)) return text + details;
			// No rel: without target=_blank there is no opener, and every page sends no referrer
			// (Base.astro); 15 rels a page were 6 MB at 40,000 innovations.
			return `<a href="${escapeMarkup(href)}">${text}</a>${details}`;
		})
		.join(' ');
}

/** A cell; its end tag is optional in HTML and left out. */
const td = (content: string) => `<td>${content}`;

/**
 * `<tr>` elements for `rows`, in order; a verification cell on each row only when `verified` is
 * given (a page leaves the column out while no indicator of the innovation has been decided).
 *
 * Built for size: this markup is most of the published site at 40,000 innovations. Rows and cells
 * carry no test hooks, per-cell labels or classes (the table's `--kolom-n` and the stylesheet's column positions do
 * that), and the optional `</td>` and `</tr>` end tags are left out, as HTML allows.
 */
export function renderScoreRows(
	rows: readonly MaturityRow[],
	base: string,
	labels: ScoreRowLabels,
	verified?: readonly VerifiedRow[]
): string {
	const byKey = new Map((verified ?? []).map((row) => [row.kunci, row]));
	return rows
		.map((row) => {
			const name =
				escapeMarkup(row.nama) +
				(row.wajib ? ` <abbr title="${escapeMarkup(labels.mandatory)}">*</abbr>` : '');
			const parameter =
				row.parameter > 0
					? escapeMarkup(`${row.parameter}: ${row.teks_parameter}`)
					: `<span class="meta">${escapeMarkup(labels.notClaimed)}</span>`;
			return `<tr>${[
				td(escapeMarkup(row.nomor)),
				td(name),
				td(parameter),
				td(escapeMarkup(formatScore(row.bobot))),
				td(escapeMarkup(formatScore(row.skor))),
				td(renderEvidence(base, row.bukti, labels)),
				verified ? td(renderVerification(byKey.get(row.kunci), labels)) : '',
			].join('')}`;
		})
		.join('');
}
