/**
 * What Pagefind indexes for one innovation: a small HTML document built from the data, instead of
 * the rendered page read back from `dist/`. Only the text that matters is in it (name, summary,
 * agency, initiator, description), with the metadata, filters and sorts the catalogue uses. It is
 * built while the content is loaded, so Pagefind indexes on the second core while Astro renders
 * pages on the first.
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

/**
 * The search document of an innovation. `bodyHtml` is the description as rendered for the page
 * (Sätteri with the submission plugins, so already inert); every other value is escaped here.
 */
export function toSearchDocument(
	view: InnovationView,
	bodyHtml: string,
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
	const content = `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${escapeMarkup(data.nama)}</title></head><body><article data-pagefind-body data-pagefind-sort="kematangan:${kematangan}" data-pagefind-meta="kematangan:${kematangan}">${hidden}<h1 data-pagefind-meta="title">${escapeMarkup(data.nama)}</h1><p>${escapeMarkup(data.ringkasan)}</p><p>${profile}</p>${bodyHtml}</article></body></html>`;
	return { url: withBase(base, `inovasi/${view.skpd}/${view.slug}/`), content };
}
