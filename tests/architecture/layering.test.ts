/**
 * The house's one-way arrows, read from the source: `scripts/` (CLI entry points and CLI-only
 * helpers) may use `src/`, never the other way; pure modules (`src/lib`, `src/schemas`) touch no
 * disk, process or framework; and no module imports itself through others (no cycle).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

const SOURCE = /\.(ts|mjs|astro)$/;
const IMPORT =
	/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'([^']+)'|import\(\s*'([^']+)'\s*\)|(?:^|\n)\s*import\s*'([^']+)'/g;

function listSources(dir: string): string[] {
	return readdirSync(join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
		.filter((name) => SOURCE.test(name))
		.map((name) => join(dir, name).split('\\').join('/'));
}

/** Specifiers a module imports (type-only imports included: they still couple the two). */
function importsOf(file: string): string[] {
	const text = readFileSync(join(REPO_ROOT, file), 'utf8');
	return [...text.matchAll(IMPORT)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

/** Repository-relative target of a relative specifier. */
const resolveFrom = (file: string, specifier: string) =>
	relative(REPO_ROOT, resolve(REPO_ROOT, dirname(file), specifier))
		.split('\\')
		.join('/');

const files = [...listSources('src'), ...listSources('scripts'), 'astro.config.mjs'];
const graph = new Map(
	files.map((file) => [
		file,
		importsOf(file)
			.filter((s) => s.startsWith('.'))
			.map((s) => resolveFrom(file, s)),
	])
);

describe('layering', () => {
	test('nothing in src/ imports scripts/', () => {
		const offending = [...graph]
			.filter(([file]) => file.startsWith('src/'))
			.flatMap(([file, targets]) =>
				targets.filter((t) => t.startsWith('scripts/')).map((t) => `${file} → ${t}`)
			);
		expect(offending).toEqual([]);
	});

	test('pure modules (src/lib, src/schemas) use no disk, process, framework or repository reader', () => {
		const pure = files.filter((file) => /^src\/(lib|schemas)\//.test(file));
		expect(pure.length).toBeGreaterThan(50);
		const offending = pure.flatMap((file) =>
			importsOf(file)
				.filter(
					(s) =>
						/^node:(fs|child_process|worker_threads|os)|^astro[:/]?|\/repository\/|-fs\.ts$/.test(
							s
						) ||
						(s.startsWith('.') && resolveFrom(file, s).startsWith('src/repository/'))
				)
				.map((s) => `${file} → ${s}`)
		);
		expect(offending).toEqual([]);
	});

	test('modules that touch the disk are named -fs (or are entry points and integrations)', () => {
		const disk = files.filter(
			(file) =>
				file.startsWith('src/') && importsOf(file).some((s) => /^node:(fs|child_process)$/.test(s))
		);
		expect(
			disk.filter(
				(file) => !/-fs\.ts$|^src\/integrations\/|^src\/pages\/|^src\/page-data\//.test(file)
			)
		).toEqual([]);
	});

	test('no import cycle', () => {
		const cycles: string[] = [];
		const state = new Map<string, 'open' | 'done'>();
		const visit = (file: string, path: string[]) => {
			if (state.get(file) === 'done') return;
			if (state.get(file) === 'open') {
				cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
				return;
			}
			state.set(file, 'open');
			for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
			state.set(file, 'done');
		};
		for (const file of files) visit(file, []);
		expect(cycles).toEqual([]);
	});
});
