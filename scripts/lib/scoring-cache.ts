/**
 * The scoring fields of innovation files, by content: `check:content` (which runs before `check:pr`
 * in the pull-request job) writes them after validating everything, and `check:pr` then reads the
 * files a pull request does not touch from here instead of parsing 10,000 frontmatters again.
 *
 * Kept in `node_modules/.cache/katalog-inovasi/`, one file per repository folder. An entry is keyed
 * by the file's path and bytes; the whole cache by the rule set, the date (future dates are errors)
 * and the source of the schemas and validators, so a changed rule or check can never be answered
 * from a stale entry. A missing or unreadable cache only means the slower path.
 */
import { createHash, hash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScoringData } from '../../src/schemas/innovation.ts';
import type { RuleSet } from '../../src/schemas/rule-set.ts';

/** Per file: its scoring fields, or null when the file has an error (it does not count). */
export type ScoringCacheEntries = Map<string, ScoringData | null>;

const SOURCE_FOLDERS = ['../../src/schemas', '../../src/lib/content', '../../src/lib/validation', '../../src/lib/scoring'];

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
		for (const folder of SOURCE_FOLDERS) {
			const dir = fileURLToPath(new URL(folder, import.meta.url));
			for (const name of readdirSync(dir).sort()) sources.update(name).update(readFileSync(join(dir, name)));
		}
		codeVersion = sources.digest('base64url');
	}
	return codeVersion;
}

function getVersion(rules: RuleSet, today: string): string {
	return `${getCodeVersion()}:${createHash('sha1').update(JSON.stringify(rules)).digest('base64url')}:${today}`;
}

/** The cached entries for this rule set and code, or undefined when there are none. */
export function readScoringCache(root: string, rules: RuleSet, today: string): ScoringCacheEntries | undefined {
	try {
		const stored = JSON.parse(readFileSync(getScoringCacheFile(root), 'utf8')) as { version?: string; entries?: Record<string, ScoringData | null> };
		if (stored.version !== getVersion(rules, today) || !stored.entries) return undefined;
		return new Map(Object.entries(stored.entries));
	} catch {
		return undefined;
	}
}

/** Replaces the cache (written to a temporary file first, so a reader never sees half of it). */
export function writeScoringCache(root: string, rules: RuleSet, today: string, entries: ScoringCacheEntries): void {
	try {
		const file = getScoringCacheFile(root);
		mkdirSync(join(file, '..'), { recursive: true });
		writeFileSync(`${file}.tmp`, JSON.stringify({ version: getVersion(rules, today), entries: Object.fromEntries(entries) }));
		renameSync(`${file}.tmp`, file);
	} catch {
		// A cache that cannot be written (read-only checkout) only costs the next run time.
	}
}
