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
import { t } from '../i18n/t.ts';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * True for links that cannot run code: relative paths, fragments and http(s)/mailto/tel URLs.
 * Control characters and spaces are removed first, because browsers ignore them in `java\tscript:`.
 */
export function isSafeUrl(url: string): boolean {
	// eslint-disable-next-line no-control-regex -- browsers ignore these characters inside a scheme
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return !scheme || SAFE_PROTOCOLS.has(`${scheme[1]!.toLowerCase()}:`);
}

/** True when `href` leaves the site (an absolute http(s) URL). */
function isExternal(href: string): boolean {
	return /^https?:\/\//i.test(href);
}

/**
 * A link target as the site writes it, or undefined to drop it: `http:` is upgraded (GFM turns a
 * bare `www.` into an `http://` link), and scheme-relative `//host` or a user part before `@` are
 * dropped — the validator refuses both, this keeps any that slip through inert.
 */
function toSiteHref(value: string): string | undefined {
	if (!isSafeUrl(value) || value.trimStart().startsWith('//')) return undefined;
	if (/^https?:\/\/[^/?#]*@/i.test(value)) return undefined;
	return value.replace(/^http:/i, 'https:');
}

/** hast plugin: raw HTML becomes plain text, so `<script>` shows as `&lt;script&gt;`. */
export const neutraliseRawHtml = {
	name: 'katalog-neutralise-raw-html',
	raw(node, ctx) {
		ctx.replaceNode(node, { type: 'text', value: node.value });
	},
} satisfies HastPluginDefinition;

/**
 * hast plugin: drops unsafe `href`/`src` values, marks external links `rel="noopener noreferrer"`,
 * lazy-loads images — and shows an image from another host as a link instead of loading it, so a
 * submission cannot make every visitor's browser call a tracker (the page's CSP would block it too).
 */
export const secureLinks = {
	name: 'katalog-secure-links',
	element: {
		filter: ['a', 'img'],
		visit(node, ctx) {
			const properties = node.properties ?? {};
			if (node.tagName === 'img') {
				const src = typeof properties.src === 'string' ? properties.src : undefined;
				if (src !== undefined && (isExternal(src) || src.trimStart().startsWith('//'))) {
					const href = toSiteHref(src);
					const alt =
						typeof properties.alt === 'string' && properties.alt.trim() !== ''
							? properties.alt
							: src;
					ctx.replaceNode(node, {
						type: 'element',
						tagName: 'a',
						properties: href ? { href, rel: ['noopener', 'noreferrer'] } : {},
						children: [{ type: 'text', value: t('body.externalImage', { alt }) }],
					});
					return;
				}
				if (src !== undefined && !isSafeUrl(src)) ctx.setProperty(node, 'src', undefined);
				ctx.setProperty(node, 'loading', 'lazy');
				ctx.setProperty(node, 'decoding', 'async');
				return;
			}
			const value = properties.href;
			if (typeof value !== 'string') return;
			const href = toSiteHref(value);
			if (href !== value) ctx.setProperty(node, 'href', href);
			if (href !== undefined && isExternal(href))
				ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
		},
	},
} satisfies HastPluginDefinition;

/** Both plugins, in the order the site runs them. */
export const submissionHastPlugins = [neutraliseRawHtml, secureLinks];
