/**
 * Astro integration: builds the Pagefind index during `astro build`, fed by the content loader.
 * Pagefind runs as its own process, so it indexes on the second core while Astro (single-threaded)
 * renders pages; reading the finished pages back from `dist/` afterwards cost a quarter of the
 * build at 10,000 innovations. The build fails loudly when no index is written.
 *
 * Astro loads this file (from the config) and `content.config.ts` as separate module graphs in one
 * process, so the loader reaches the index through `globalThis`, like the repository cache.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { SearchDocument } from '../lib/site/search-document.ts';

/** What the content loader sees: the site base path, and where to send each document. */
export interface SearchIndexHandle {
	base: string;
	add(document: SearchDocument): void;
	/**
	 * Every document is in: Pagefind starts writing the index (to a staging folder) right away,
	 * so that work also overlaps with page rendering instead of following it.
	 */
	seal(): void;
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

function createState(base: string, stagingPath: string): SearchIndexState {
	const created = pagefind.createIndex({ forceLanguage: 'id' });
	const pending: Promise<unknown>[] = [];
	const errors: string[] = [];
	let pages = 0;
	let written: Promise<void> | undefined;
	const write = async () => {
		const { index, errors: startErrors } = await created;
		if (!index) {
			errors.push(`Pagefind tidak dapat dimulai: ${startErrors.join('; ')}`);
			return;
		}
		for (const outcome of await Promise.allSettled(pending))
			if (outcome.status === 'rejected') errors.push(String(outcome.reason));
		rmSync(stagingPath, { recursive: true, force: true });
		errors.push(...(await index.writeFiles({ outputPath: stagingPath })).errors);
	};
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
		seal() {
			written ??= write();
		},
		async finish(outputPath) {
			written ??= write();
			await written;
			await pagefind.close();
			if (existsSync(stagingPath)) {
				rmSync(outputPath, { recursive: true, force: true });
				// The staging folder sits in Astro's cache folder, on the same disk as dist/.
				renameSync(stagingPath, outputPath);
			}
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
				if (command === 'build')
					(globalThis as Global)[KEY] = createState(
						config.base,
						// One folder per build process: two builds sharing node_modules (a bench copy
						// beside the project) must not write into, or delete, each other's index.
						join(fileURLToPath(config.cacheDir), `pagefind-staging-${process.pid}`)
					);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const state = (globalThis as Global)[KEY];
				if (!state) return;
				delete (globalThis as Global)[KEY];
				const outputPath = join(fileURLToPath(dir), 'pagefind');
				const { pages, errors } = await state.finish(outputPath);
				if (errors.length > 0 || !existsSync(join(outputPath, 'pagefind-entry.json'))) {
					throw new Error(
						`indeks pencarian gagal dibuat: ${errors.join('; ') || 'pagefind-entry.json tidak ada'}`
					);
				}
				logger.info(`Indeks pencarian: ${pages} halaman.`);
			},
		},
	};
}
