/**
 * Astro integration: builds the Pagefind index during `astro build`, fed by the content loader.
 * Pagefind runs as its own process, so it indexes on the second core while Astro (single-threaded)
 * renders pages; reading the finished pages back from `dist/` afterwards cost a quarter of the
 * build at 10,000 innovations. The build fails loudly when no index is written.
 *
 * Astro loads this file (from the config) and `content.config.ts` as separate module graphs in one
 * process, so the loader reaches the index through `globalThis`, like the repository cache.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../lib/site/search-document.ts';

/** What the content loader sees: the site base path, and where to send each document. */
export interface SearchIndexHandle {
	base: string;
	add(document: SearchDocument): void;
}

interface SearchIndexState extends SearchIndexHandle {
	finish(outputPath: string): Promise<{ pages: number; errors: string[] }>;
}

const KEY = '__katalogSearchIndex';
type Global = { [KEY]?: SearchIndexState };

/** The index being built, or undefined outside `astro build` (dev server, type checks). */
export function getSearchIndex(): SearchIndexHandle | undefined {
	return (globalThis as Global)[KEY];
}

function createState(base: string): SearchIndexState {
	const created = pagefind.createIndex({ forceLanguage: 'id' });
	const pending: Promise<unknown>[] = [];
	const errors: string[] = [];
	let pages = 0;
	return {
		base,
		add(document) {
			pending.push(
				created.then(async ({ index, errors: startErrors }) => {
					if (!index) throw new Error(startErrors.join('; '));
					const result = await index.addHTMLFile({ url: document.url, content: document.content });
					errors.push(...result.errors);
					pages += 1;
				})
			);
		},
		async finish(outputPath) {
			const { index, errors: startErrors } = await created;
			if (!index) return { pages, errors: [`Pagefind tidak dapat dimulai: ${startErrors.join('; ')}`] };
			const added = await Promise.allSettled(pending);
			for (const outcome of added) if (outcome.status === 'rejected') errors.push(String(outcome.reason));
			const written = await index.writeFiles({ outputPath });
			errors.push(...written.errors);
			await pagefind.close();
			return { pages, errors };
		},
	};
}

/** Pagefind index of the innovations, written to `dist/pagefind/`. */
export function searchIndex(): AstroIntegration {
	return {
		name: 'katalog-search-index',
		hooks: {
			'astro:config:setup': ({ command, config }) => {
				if (command === 'build') (globalThis as Global)[KEY] = createState(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const state = (globalThis as Global)[KEY];
				if (!state) return;
				delete (globalThis as Global)[KEY];
				const outputPath = join(fileURLToPath(dir), 'pagefind');
				const { pages, errors } = await state.finish(outputPath);
				if (errors.length > 0 || !existsSync(join(outputPath, 'pagefind-entry.json'))) {
					throw new Error(`indeks pencarian gagal dibuat: ${errors.join('; ') || 'pagefind-entry.json tidak ada'}`);
				}
				logger.info(`Indeks pencarian: ${pages} halaman.`);
			},
		},
	};
}
