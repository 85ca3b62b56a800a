/**
 * The two sides of a pull request: the repository at head (validated in full) and the innovations
 * at base. Base is rebuilt cheaply from head — unchanged files are identical on both sides — by
 * re-validating only the base versions of what changed (read from git, through the same per-file
 * validation); a change to pemda.yml or the agency list changes every file's context, so then base
 * is loaded in full from its files written out of git.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InnovationEntry } from '../../src/lib/content/innovation-entry.ts';
import type { EvidenceLookup } from '../../src/lib/validation/check-evidence.ts';
import { readAt, type FileChange } from '../../src/repository/git-fs.ts';
import { listTreeEntries, REVIEWED_DIRS, writeTreeAt } from '../../src/repository/git-tree-fs.ts';
import { validateInnovationFile } from '../../src/repository/innovation-file-fs.ts';
import { loadRepository, type Repository } from '../../src/repository/load-repository-fs.ts';
import {
	getInnovationPath,
	getVerificationPath,
	parseEvidencePath,
	parseInnovationPath,
	parseVerificationPath,
	PEMDA_FILE,
	REGION_VERIFICATION_FILE,
	SKPD_DIR,
} from '../../src/repository/paths.ts';
import type { VerificationInput } from '../../src/lib/scoring/score-region.ts';
import { fingerprintBytes, type FileHash } from '../../src/lib/verification/fingerprint.ts';
import {
	validateRegionVerificationSource,
	validateVerificationSource,
} from '../../src/lib/verification/validate-verification.ts';
import { getCurrentFingerprints } from '../../src/repository/verification-fs.ts';

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

/** Evidence as it was at `rev`, read from git objects: regular files only, sizes from the tree. */
export function createGitEvidenceLookup(root: string, rev: string): EvidenceLookup {
	const folders = new Map<string, Map<string, number>>();
	return (sitePath) => {
		const path = `public${sitePath}`;
		const dir = path.slice(0, path.lastIndexOf('/'));
		if (!folders.has(dir))
			folders.set(
				dir,
				new Map(
					listTreeEntries(root, rev, [dir])
						.filter((entry) => entry.kind === 'file')
						.map((entry) => [entry.path, entry.size])
				)
			);
		const size = folders.get(dir)!.get(path);
		if (size === undefined) return undefined;
		return { size, head: readAt(root, rev, path)?.subarray(0, 16) ?? new Uint8Array() };
	};
}

/** Whether the changes alter the context every file is validated in. */
export function changesContext(changes: readonly FileChange[]): boolean {
	return changes.some((change) =>
		[change.path, change.from].some((p) => p === PEMDA_FILE || p?.startsWith(`${SKPD_DIR}/`))
	);
}

/** Loads the repository as it was at `rev`, written from git objects into a temporary folder. */
export function loadRepositoryAt(root: string, rev: string, today: string): Repository {
	const dir = mkdtempSync(join(tmpdir(), 'katalog-rev-'));
	try {
		writeTreeAt(root, rev, REVIEWED_DIRS, dir);
		return loadRepository(dir, { today, keep: 'scores' });
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/**
 * Valid innovations at base: head's unaffected ones plus the base versions of affected files
 * that validate (with base's evidence), each through the same per-file validation as head's.
 */
export function rebuildBaseInnovations(
	root: string,
	base: string,
	head: Repository,
	changes: readonly FileChange[],
	today: string
): InnovationEntry[] {
	const affected = getAffectedIds(changes);
	const kept = head.innovations.filter((entry) => !affected.has(entry.id));
	const context = {
		root,
		rules: head.rules,
		agencyIds: head.agencyIds,
		today,
		lookup: createGitEvidenceLookup(root, base),
		keep: 'scores' as const,
		cacheKeys: false,
	};
	for (const id of affected) {
		const file = `content/inovasi/${id}.md`;
		const bytes = readAt(root, base, file);
		if (!bytes) continue;
		const entry = validateInnovationFile(file, { ...context, override: () => bytes }).entry;
		if (entry) kept.push(entry);
	}
	return kept.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * The verification as it stood at base, for the "before" verified score: head's records and
 * fingerprints where the PR changed nothing, base's verification files and base's claims and
 * evidence bytes (from git objects) for what it touched.
 */
export function rebuildBaseVerification(
	root: string,
	base: string,
	head: Repository,
	changes: readonly FileChange[],
	before: readonly InnovationEntry[],
	today: string
): VerificationInput {
	const fileHash: FileHash = (sitePath) => {
		const bytes = readAt(root, base, `public${sitePath}`);
		return bytes ? fingerprintBytes(bytes) : undefined;
	};
	const keys = head.rules.indikator.map((row) => row.kunci);
	const touched = new Set(getAffectedIds(changes));
	for (const change of changes)
		for (const path of [change.path, change.from]) {
			const id = path && parseVerificationPath(path);
			if (id) touched.add(id);
		}
	const records = new Map(head.verification.records);
	const current = new Map(head.verification.current);
	const byId = new Map(before.map((entry) => [entry.id, entry]));
	for (const id of touched) {
		records.delete(id);
		current.delete(id);
		const entry = byId.get(id);
		const bytes = readAt(root, base, getVerificationPath(id));
		if (!entry || !bytes) continue;
		const now = getCurrentFingerprints(entry.data, entry.data.indikator, keys, fileHash);
		const result = validateVerificationSource(getVerificationPath(id), bytes, head.rules, {
			claims: entry.data.indikator,
			current: now,
			today,
			claimFile: getInnovationPath(id),
		});
		if (result.data) {
			records.set(id, result.data);
			current.set(id, now);
		}
	}
	const regionBytes = readAt(root, base, REGION_VERIFICATION_FILE);
	const spdAnswers = head.pemda?.spd ?? {};
	const spdCurrent = getCurrentFingerprints(
		{},
		spdAnswers,
		head.rules.spd.map((row) => row.kunci),
		fileHash
	);
	const region = regionBytes
		? validateRegionVerificationSource(REGION_VERIFICATION_FILE, regionBytes, head.rules, {
				claims: spdAnswers,
				current: spdCurrent,
				today,
				claimFile: PEMDA_FILE,
			}).data
		: undefined;
	return { records, current, ...(region ? { region, spdCurrent } : {}) };
}
