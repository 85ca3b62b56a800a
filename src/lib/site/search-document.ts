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

/** What a catalogue result shows: Pagefind's metadata, and the build's first-filter previews. */
export type ResultMeta = {
	title: string;
	ringkasan: string;
	skpd: string;
	tahapan: string;
	kematangan: string;
};

/** The result card's fields of an innovation (one declaration for Pagefind and the previews). */
export function getResultMeta(view: InnovationView): ResultMeta {
	return {
		title: view.data.nama,
		ringkasan: view.data.ringkasan,
		skpd: view.skpdNama,
		tahapan: view.label.tahapan,
		kematangan: String(view.score.kematangan),
	};
}

/**
 * The search document of an innovation; every value from the submission is escaped here.
 * `order` is its place in the catalogue's default order counted from the end (the last is 1), so
 * that Pagefind's "kematangan, descending" sort gives exactly the order of the build's lists and
 * previews, ties included (equal scores are then ordered by name).
 */
export function toSearchDocument(
	view: InnovationView,
	order: number,
	base: string,
	notImplemented: string
): SearchDocument {
	const { data } = view;
	const { title, ...meta } = getResultMeta(view);
	const hidden = [
		`${span('data-pagefind-sort', 'kematangan')}${order}</span>`,
		`${span('data-pagefind-sort', 'nama')}${escapeMarkup(data.nama)}</span>`,
		`${span('data-pagefind-sort', 'terbaru')}${escapeMarkup(view.tanggalTerbaru || '0000-00-00')}</span>`,
		...Object.entries(meta).map(
			([key, value]) => `${span('data-pagefind-meta', key)}${escapeMarkup(value)}</span>`
		),
		...Object.entries(getFacetValues(view, notImplemented)).map(
			([key, value]) => `${span('data-pagefind-filter', key)}${escapeMarkup(value)}</span>`
		),
	].join('');
	const profile = [view.skpdNama, data.nama_inisiator, view.label.urusan]
		.filter((text): text is string => Boolean(text))
		.map(escapeMarkup)
		.join(' · ');
	const content = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${escapeMarkup(title)}</title></head><body>${hidden}<article data-pagefind-body><h1 data-pagefind-meta="title">${escapeMarkup(title)}</h1><p>${escapeMarkup(data.ringkasan)}</p><p>${profile}</p></article></body></html>`;
	return { url: withBase(base, `inovasi/${view.skpd}/${view.slug}/`), content };
}
