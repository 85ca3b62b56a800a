/**
 * RSS, sitemap and robots.txt as plain strings (small enough to need no dependency). Every text
 * is XML-escaped: titles come from submissions.
 */
import { escapeMarkup } from '../html/escape.ts';

export interface FeedItem {
	title: string;
	link: string;
	description: string;
	/** ISO date `YYYY-MM-DD`. */
	date?: string | undefined;
	category?: string;
}

/** An RSS 2.0 document (dates as RFC 822 in UTC; no build time, so output is deterministic). */
export function toRss(feed: {
	title: string;
	description: string;
	link: string;
	items: FeedItem[];
}): string {
	const items = feed.items.map((item) =>
		[
			'<item>',
			`<title>${escapeMarkup(item.title)}</title>`,
			`<link>${escapeMarkup(item.link)}</link>`,
			`<guid isPermaLink="true">${escapeMarkup(item.link)}</guid>`,
			`<description>${escapeMarkup(item.description)}</description>`,
			item.category ? `<category>${escapeMarkup(item.category)}</category>` : '',
			item.date ? `<pubDate>${new Date(`${item.date}T00:00:00Z`).toUTCString()}</pubDate>` : '',
			'</item>',
		]
			.filter(Boolean)
			.join('')
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeMarkup(feed.title)}</title><link>${escapeMarkup(feed.link)}</link><description>${escapeMarkup(feed.description)}</description><language>id</language>${items.join('')}</channel></rss>\n`;
}

/** A sitemap of absolute URLs (sorted, so the file is stable). */
export function toSitemap(urls: readonly string[]): string {
	const entries = [...urls].sort().map((url) => `<url><loc>${escapeMarkup(url)}</loc></url>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</urlset>\n`;
}

/**
 * URLs per sitemap file: search engines read at most 50,000 (sitemaps.org); 45,000 leaves room, as
 * @astrojs/sitemap's default `entryLimit` does.
 */
export const SITEMAP_LIMIT = 45_000;

/**
 * The sitemap files for `urls` (sorted): one `sitemap.xml` while they fit `limit`, else
 * `sitemap.xml` as an index of `sitemap-1.xml`, `sitemap-2.xml`, … each holding at most `limit`.
 * @param site the site's base URL, for the index's absolute addresses.
 */
export function splitSitemap(
	urls: readonly string[],
	site: string,
	limit = SITEMAP_LIMIT
): { file: string; xml: string }[] {
	const sorted = [...urls].sort();
	if (sorted.length <= limit) return [{ file: 'sitemap.xml', xml: toSitemap(sorted) }];
	const parts: { file: string; xml: string }[] = [];
	for (let start = 0; start < sorted.length; start += limit)
		parts.push({
			file: `sitemap-${parts.length + 1}.xml`,
			xml: toSitemap(sorted.slice(start, start + limit)),
		});
	const entries = parts.map(
		(part) => `<sitemap><loc>${escapeMarkup(new URL(part.file, site).href)}</loc></sitemap>`
	);
	const index = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries.join('')}</sitemapindex>\n`;
	return [{ file: 'sitemap.xml', xml: index }, ...parts];
}

/** robots.txt that allows everything and names the sitemap. */
export function toRobots(sitemapUrl: string): string {
	return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
