/**
 * Escaping for the markup built as strings: feeds and sitemap (XML), and the few HTML pieces built
 * outside Astro templates for speed (`score-rows.ts`, `search-document.ts`). Submissions reach all
 * of them, so everything interpolated goes through here.
 */

const SPECIAL = /[&<>"']/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes the five special characters, for element content and quoted attributes in HTML and XML. */
export function escapeMarkup(value: string | number): string {
	const text = String(value);
	return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ENTITIES[char]!) : text;
}
