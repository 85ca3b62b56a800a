/**
 * The site's Content-Security-Policy, carried by every page as a `<meta http-equiv>` (GitHub Pages
 * sends no headers). Scripts and styles come only from the site's own files: no page has an inline
 * `<script>` or `<style>` element (the build keeps every script in a file, and a browser test fails
 * on any inline one), so the policy needs no hashes. Astro's own CSP listed the hash of every script
 * of the whole site on every page, 560 bytes × 40,000 innovation pages. 'wasm-unsafe-eval' is
 * Pagefind's WebAssembly; inline style attributes (bar widths, chart heights, the brand colour)
 * cannot run code. No connections, images, objects, frames or form posts go to another site.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"style-src-attr 'unsafe-inline'",
].join(';');
