/**
 * Escaping for the markup built as strings: feeds and sitemap (XML), and the few HTML pieces built
 * outside Astro templates for speed (`score-rows.ts`, `search-document.ts`). Submissions reach all
 * of them, so everything interpolated goes through here.
 */

const SPECIAL = /[&<>"']/;
const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

/**
 * Characters XML 1.0 does not allow at all (escaped or not): one of them makes the whole feed
 * unreadable. The schemas refuse them in text fields; this keeps any that slip through out.
 */
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- these characters are exactly what is looked for
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML cannot hold (for writers that escape the rest themselves). */
export function dropNotXml(text: string): string {
	return text.replace(NOT_XML, '');
}

/**
 * Escapes the five special characters, for element content and quoted attributes in HTML and XML,
 * and drops characters XML cannot hold.
 */
export function escapeMarkup(value: string | number): string {
	const text = dropNotXml(String(value));
	return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ENTITIES[char]!) : text;
}
