/**
 * What Pagefind indexes for one innovation: a small HTML document built from the data, instead of
 * the rendered page read back from `dist/`. It is built while the content is loaded, so Pagefind
 * indexes on the second core while Astro renders pages on the first.
 *
 * Searched words come from the name, the summary and the profile line (agency, initiator, affair),
 * not from the description: indexing every description made one search at 10,000 innovations
 * download 417 KiB (budget 300; a word's postings list grows with every page that uses it) and put
 * 100 MB of excerpts the catalogue never shows into `dist/` at 40,000. The summary is the one
 * sentence meant to say what an innovation is, so it is where a citizen's words should match.
 * Metadata, filters and sorts sit outside the indexed body, so their values (dates, labels) are
 * not indexed as words either.
 */
import { escapeMarkup } from '../html/escape.ts';
import { getFacetValues } from './facets.ts';
import type { InnovationView } from './innovation-view.ts';
import { withBase } from './url.ts';

/** One page for Pagefind's `addHTMLFile`. */
export interface SearchDocument {
	/** Site URL of the innovation page, with the base path. */
	url: string;
	/** HTML for Pagefind to parse (never served to anyone). */
	content: string;
}

const span = (attribute: string, key: string) =>
	`<span hidden ${attribute}="${escapeMarkup(key)}">`;

/** The search document of an innovation; every value from the submission is escaped here. */
export function toSearchDocument(
	view: InnovationView,
	base: string,
	notImplemented: string
): SearchDocument {
	const { data } = view;
	const kematangan = String(view.score.kematangan);
	const hidden = [
		`${span('data-pagefind-sort', 'nama')}${escapeMarkup(data.nama)}</span>`,
		`${span('data-pagefind-sort', 'terbaru')}${escapeMarkup(view.tanggalTerbaru || '0000-00-00')}</span>`,
		`${span('data-pagefind-meta', 'ringkasan')}${escapeMarkup(data.ringkasan)}</span>`,
		`${span('data-pagefind-meta', 'skpd')}${escapeMarkup(view.skpdNama)}</span>`,
		`${span('data-pagefind-meta', 'tahapan')}${escapeMarkup(view.label.tahapan)}</span>`,
		...Object.entries(getFacetValues(view, notImplemented)).map(
			([key, value]) => `${span('data-pagefind-filter', key)}${escapeMarkup(value)}</span>`
		),
	].join('');
	const profile = [view.skpdNama, data.nama_inisiator, view.label.urusan]
		.filter((text): text is string => Boolean(text))
		.map(escapeMarkup)
		.join(' · ');
	const content = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${escapeMarkup(data.nama)}</title></head><body>${hidden}<article data-pagefind-body data-pagefind-sort="kematangan:${kematangan}" data-pagefind-meta="kematangan:${kematangan}"><h1 data-pagefind-meta="title">${escapeMarkup(data.nama)}</h1><p>${escapeMarkup(data.ringkasan)}</p><p>${profile}</p></article></body></html>`;
	return { url: withBase(base, `inovasi/${view.skpd}/${view.slug}/`), content };
}
