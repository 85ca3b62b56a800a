/**
 * The two sides of a pull request: the repository at head (validated in full) and the innovations
 * at base. Base is rebuilt cheaply from head — unchanged files are identical on both sides — by
 * re-validating only the base versions of what changed; a change to pemda.yml or the agency list
 * changes every file's context, so then base is loaded in full from a temporary checkout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateInnovationSource } from '../../src/lib/content/validate-source.ts';
import type { EvidenceLookup } from '../../src/lib/validation/check-evidence.ts';
import { listTree, readAt, type FileChange } from './git.ts';
import { REVIEWED_DIRS, writeTreeAt } from './git-tree.ts';
import { loadRepository, parseInnovationPath, PEMDA_FILE, SKPD_DIR, type InnovationEntry, type Repository } from './repository-fs.ts';

/** `public/bukti/<skpd>/<slug>/…` → `<skpd>/<slug>`. */
export function parseEvidencePath(path: string): string | undefined {
	const match = /^public\/bukti\/([^/]+)\/([^/]+)\//.exec(path);
	return match && match[1] !== 'pemda' ? `${match[1]}/${match[2]}` : undefined;
}

/** Innovation ids a change touches (its Markdown file or its evidence), both sides of a rename. */
export function getAffectedIds(changes: readonly FileChange[]): Set<string> {
	const ids = new Set<string>();
	for (const change of changes) {
		for (const path of [change.path, change.from]) {
			if (!path) continue;
			const parts = parseInnovationPath(path);
			const id = parts ? `${parts.skpd}/${parts.slug}` : parseEvidencePath(path);
			if (id) ids.add(id);
		}
	}
	return ids;
}

/** Evidence as it was at `rev`, read from git objects (sizes from the tree, first bytes from the blob). */
export function createGitEvidenceLookup(root: string, rev: string): EvidenceLookup {
	const trees = new Map<string, Map<string, number>>();
	return (sitePath) => {
		const path = `public${sitePath}`;
		const dir = path.slice(0, path.lastIndexOf('/'));
		if (!trees.has(dir)) trees.set(dir, listTree(root, rev, dir));
		const size = trees.get(dir)!.get(path);
		if (size === undefined) return undefined;
		return { size, head: readAt(root, rev, path)?.subarray(0, 16) ?? new Uint8Array() };
	};
}

/** Whether the changes alter the context every file is validated in. */
export function changesContext(changes: readonly FileChange[]): boolean {
	return changes.some((change) => [change.path, change.from].some((p) => p === PEMDA_FILE || p?.startsWith(`${SKPD_DIR}/`)));
}

/** Loads the repository as it was at `rev`, written from git objects into a temporary folder. */
export function loadRepositoryAt(root: string, rev: string, today: string): Repository {
	const dir = mkdtempSync(join(tmpdir(), 'katalog-rev-'));
	try {
		writeTreeAt(root, rev, REVIEWED_DIRS, dir);
		return loadRepository(dir, { today });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Valid innovations at base: head's unaffected ones plus the base versions of affected files
 * that validate (with base's evidence).
 */
export function rebuildBaseInnovations(root: string, base: string, head: Repository, changes: readonly FileChange[], today: string): InnovationEntry[] {
	const affected = getAffectedIds(changes);
	const kept = head.innovations.filter((entry) => !affected.has(entry.id));
	const lookup = createGitEvidenceLookup(root, base);
	for (const id of affected) {
		const file = `content/inovasi/${id}.md`;
		const bytes = readAt(root, base, file);
		if (!bytes) continue;
		const [skpd, slug] = id.split('/') as [string, string];
		if (!head.agencyIds.includes(skpd)) continue;
		const result = validateInnovationSource(file, bytes, { rules: head.rules, skpdId: skpd, slug, today, lookup });
		if (result.data) kept.push({ id, skpd, slug, file, data: result.data, body: result.body, bodyStartLine: result.bodyStartLine });
	}
	return kept.sort((a, b) => (a.id < b.id ? -1 : 1));
}
