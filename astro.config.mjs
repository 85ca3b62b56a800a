// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypeSafeLinks, remarkNeutraliseHtml } from './src/lib/markdown/neutralise-html.ts';

/**
 * A fork deploys to its own GitHub Pages project site by setting SITE_URL (the origin) and
 * BASE_PATH (the repository name), e.g. SITE_URL=https://pemkab-tanbu.github.io BASE_PATH=/katalog-inovasi.
 */
const site = process.env.SITE_URL || 'https://bappedalitbang-tanbu.github.io';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	output: 'static',
	trailingSlash: 'always',
	integrations: [mdx()],
	markdown: {
		// Submissions are untrusted: raw HTML is shown as text and unsafe links are dropped. The
		// unified processor is used because these plugins are mdast/hast transforms.
		processor: unified({ remarkPlugins: [remarkNeutraliseHtml], rehypePlugins: [rehypeSafeLinks] }),
		syntaxHighlight: false,
		// Smart quotes run a natural-language parser over every text node: a fifth of the build time
		// at scale, for typography submissions do not need.
		smartypants: false,
	},
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
