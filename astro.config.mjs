// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { submissionHastPlugins } from './src/lib/markdown/neutralise-html.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { checkedPublic } from './src/integrations/checked-public.ts';
import { DEFAULT_SITE_ORIGIN } from './src/lib/site/site-address.ts';

/**
 * A fork deploys to its own GitHub Pages project site by setting SITE_URL (the origin) and
 * BASE_PATH (the repository name), e.g. SITE_URL=https://pemkab-tanbu.github.io BASE_PATH=/katalog-inovasi.
 */
const site = process.env.SITE_URL || DEFAULT_SITE_ORIGIN;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	output: 'static',
	trailingSlash: 'always',
	// checkedPublic: only audited files of public/ reach the site (see src/integrations/checked-public.ts).
	// With FORMULIR_TERPISAH=1 the form is served from its own origin (npm run build:formulir, the
	// recommended setup in SECURITY.md) and /admin/ is left out of the catalogue.
	integrations: [
		checkedPublic({ leaveOut: process.env.FORMULIR_TERPISAH ? ['admin/'] : [] }),
		mdx(),
		searchIndex(),
	],
	markdown: {
		// Submissions are untrusted: raw HTML is shown as text and unsafe links are dropped. Sätteri
		// (native) rather than unified: at 10,000 innovations unified/micromark was most of the
		// build. Smart quotes stay off — typography submissions do not need.
		processor: satteri({
			hastPlugins: submissionHastPlugins,
			features: { smartPunctuation: false },
		}),
		syntaxHighlight: false,
	},
	build: {
		format: 'directory',
		// Rendering overlaps with writing files: at 10,000 pages one-at-a-time left the main thread
		// idle for a third of the page phase.
		concurrency: 4,
		// One cached stylesheet instead of the same CSS inlined into every one of 40,000 pages.
		inlineStylesheets: 'never',
	},
	devToolbar: { enabled: false },
	// The Content-Security-Policy is src/lib/site/content-security-policy.ts (in the Base layout):
	// with every script in a file it needs no hashes. Vite would inline a small script into the page.
	vite: { build: { assetsInlineLimit: 0 } },
});
