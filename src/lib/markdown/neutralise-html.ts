/**
 * Markdown plugins that keep untrusted submission text inert: raw HTML is shown as text (never
 * parsed as markup) and links keep only safe protocols, with `rel="noopener noreferrer"` outside.
 * Pure tree transforms, no dependencies, so they are unit-tested without Astro.
 */

interface TreeNode {
	type: string;
	value?: string;
	tagName?: string;
	url?: string;
	properties?: Record<string, unknown>;
	children?: TreeNode[];
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function walk(node: TreeNode, visit: (node: TreeNode) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/**
 * True for links that cannot run code: relative paths, fragments and http(s)/mailto/tel URLs.
 * Control characters and spaces are removed first, because browsers ignore them in `java\tscript:`.
 */
export function isSafeUrl(url: string): boolean {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
	return !scheme || SAFE_PROTOCOLS.has(`${scheme[1]!.toLowerCase()}:`);
}

/** remark plugin: raw HTML (`html` nodes) becomes plain text, so `<script>` shows as `<script>`. */
export function remarkNeutraliseHtml() {
	return (tree: TreeNode) => {
		walk(tree, (node) => {
			if (node.type === 'html') node.type = 'text';
			if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url && !isSafeUrl(node.url)) {
				node.url = '#';
			}
		});
	};
}

/** True when `href` leaves the site (an absolute http(s) URL). */
function isExternal(href: string): boolean {
	return /^https?:\/\//i.test(href);
}

/**
 * rehype plugin: removes unsafe `href`/`src` values and event-handler attributes that any other
 * plugin might have produced, and marks external links `rel="noopener noreferrer"`.
 */
export function rehypeSafeLinks() {
	return (tree: TreeNode) => {
		walk(tree, (node) => {
			if (node.type !== 'element' || !node.properties) return;
			for (const key of Object.keys(node.properties)) {
				if (/^on/i.test(key)) delete node.properties[key];
			}
			for (const key of ['href', 'src', 'action', 'formAction', 'xlinkHref']) {
				const value = node.properties[key];
				if (typeof value === 'string' && !isSafeUrl(value)) delete node.properties[key];
			}
			const href = node.properties.href;
			if (node.tagName === 'a' && typeof href === 'string' && isExternal(href)) {
				node.properties.rel = ['noopener', 'noreferrer'];
			}
			if (node.tagName === 'img') {
				node.properties.loading = 'lazy';
				node.properties.decoding = 'async';
			}
		});
	};
}
