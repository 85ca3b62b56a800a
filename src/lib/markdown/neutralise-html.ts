/**
 * Sätteri (Astro's native Markdown processor) plugins that keep untrusted submission text inert:
 * raw HTML is shown as text (never parsed as markup) and links keep only safe protocols, with
 * `rel="noopener noreferrer"` outside. Plain visitor objects with no runtime imports, so they are
 * unit-tested through `satteri` without Astro.
 *
 * Sätteri keeps raw HTML as opaque `raw` hast nodes (its `rawHtml` feature stays off), so
 * replacing every `raw` node with a `text` node of the same value escapes all of it. The element
 * visitor is filtered in Rust to `a` and `img`: only those nodes cross into JavaScript, which is
 * what keeps the plugins nearly free at 40,000 documents.
 */
import type { HastPluginDefinition } from 'satteri';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * True for links that cannot run code: relative paths, fragments and http(s)/mailto/tel URLs.
 * Control characters and spaces are removed first, because browsers ignore them in `java\tscript:`.
 */
export function isSafeUrl(url: string): boolean {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return !scheme || SAFE_PROTOCOLS.has(`${scheme[1]!.toLowerCase()}:`);
}

/** True when `href` leaves the site (an absolute http(s) URL). */
function isExternal(href: string): boolean {
	return /^https?:\/\//i.test(href);
}

/** hast plugin: raw HTML becomes plain text, so `<script>` shows as `&lt;script&gt;`. */
export const neutraliseRawHtml = {
	name: 'katalog-neutralise-raw-html',
	raw(node, ctx) {
		ctx.replaceNode(node, { type: 'text', value: node.value });
	},
} satisfies HastPluginDefinition;

/**
 * hast plugin: drops unsafe `href`/`src` values, marks external links `rel="noopener noreferrer"`
 * and lazy-loads images.
 */
export const secureLinks = {
	name: 'katalog-secure-links',
	element: {
		filter: ['a', 'img'],
		visit(node, ctx) {
			const properties = node.properties ?? {};
			for (const key of ['href', 'src']) {
				const value = properties[key];
				if (typeof value === 'string' && !isSafeUrl(value)) ctx.setProperty(node, key, undefined);
			}
			const href = properties.href;
			if (node.tagName === 'a' && typeof href === 'string' && isSafeUrl(href) && isExternal(href)) {
				ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
			}
			if (node.tagName === 'img') {
				ctx.setProperty(node, 'loading', 'lazy');
				ctx.setProperty(node, 'decoding', 'async');
			}
		},
	},
} satisfies HastPluginDefinition;

/** Both plugins, in the order the site runs them. */
export const submissionHastPlugins = [neutraliseRawHtml, secureLinks];
