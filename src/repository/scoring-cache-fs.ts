/**
 * The scoring fields of innovation files, by content: `check:content` (which runs before `check:pr`
 * in the pull-request job) writes them after validating everything, and `check:pr` then reads the
 * files a pull request does not touch from here instead of parsing 10,000 frontmatters again.
 *
 * Kept in `node_modules/.cache/katalog-inovasi/`, one file per repository folder. An entry is keyed
 * by the file's path and bytes; the whole cache by the rule set, the date (future dates are errors)
 * and the source of every module validation imports (found by following its imports, not listed),
 * so a changed rule or check can never be answered from a stale entry. A missing or unreadable
 * cache only means the slower path.
 */
import { createHash, hash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoringData } from '../schemas/innovation.ts';
import type { RuleSet } from '../schemas/rule-set.ts';

/** Per file: its scoring fields, or null when the file has an error (it does not count). */
export type ScoringCacheEntries = Map<string, ScoringData | null>;

/** The module that decides what an innovation file's findings and scoring fields are. */
const VALIDATOR = fileURLToPath(new URL('./innovation-file-fs.ts', import.meta.url));

/** Relative import specifiers of a module's source (static, dynamic and JSON imports alike). */
const IMPORT = /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;

/**
 * Every file `entry` imports, directly or not (relative imports only: packages are pinned by the
 * lockfile), sorted — derived from the source, so a check added in a new folder is included.
 */
export function listModuleGraph(entry: string): string[] {
	const seen = new Set<string>([entry]);
	const queue = [entry];
	for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
		const source = readFileSync(file, 'utf8');
		for (const match of source.matchAll(IMPORT)) {
			const target = resolve(dirname(file), match[1]!);
			if (seen.has(target)) continue;
			seen.add(target);
			if (/\.(ts|js|mjs)$/.test(target)) queue.push(target);
		}
	}
	return [...seen].sort();
}

/** Key of one file: its path and its bytes. */
export function hashSource(file: string, bytes: Uint8Array): string {
	// One-shot hashing of the bytes: a Hash object per file was a thirtieth of check:content.
	return `${file}\0${hash('sha1', bytes, 'base64url')}`;
}

/** The cache file of one repository (test repositories may share the project's node_modules). */
export function getScoringCacheFile(root: string): string {
	const folder = createHash('sha1').update(resolve(root)).digest('hex').slice(0, 12);
	return join(root, 'node_modules', '.cache', 'katalog-inovasi', `skor-berkas-${folder}.json`);
}

let codeVersion: string | undefined;

/** Hash of the code that decides validity and scoring fields (read once per process). */
function getCodeVersion(): string {
	if (!codeVersion) {
		const sources = createHash('sha1');
		const root = dirname(VALIDATOR);
		for (const file of listModuleGraph(VALIDATOR))
			sources.update(file.slice(root.length)).update(readFileSync(file));
		codeVersion = sources.digest('base64url');
	}
	return codeVersion;
}

function getVersion(rules: RuleSet, today: string): string {
	return `${getCodeVersion()}:${createHash('sha1').update(JSON.stringify(rules)).digest('base64url')}:${today}`;
}

/** The cached entries for this rule set and code, or undefined when there are none. */
export function readScoringCache(
	root: string,
	rules: RuleSet,
	today: string
): ScoringCacheEntries | undefined {
	try {
		const stored = JSON.parse(readFileSync(getScoringCacheFile(root), 'utf8')) as {
			version?: string;
			entries?: Record<string, ScoringData | null>;
		};
		if (stored.version !== getVersion(rules, today) || !stored.entries) return undefined;
		return new Map(Object.entries(stored.entries));
	} catch {
		return undefined;
	}
}

/** Replaces the cache (written to a temporary file first, so a reader never sees half of it). */
export function writeScoringCache(
	root: string,
	rules: RuleSet,
	today: string,
	entries: ScoringCacheEntries
): void {
	try {
		const file = getScoringCacheFile(root);
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(
			`${file}.tmp`,
			JSON.stringify({ version: getVersion(rules, today), entries: Object.fromEntries(entries) })
		);
		renameSync(`${file}.tmp`, file);
	} catch {
		// A cache that cannot be written (read-only checkout) only costs the next run time.
	}
}
