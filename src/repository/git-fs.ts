/**
 * Git plumbing for the PR check, the pre-commit hook and the site's history: changed and staged
 * files, file contents at a revision, and the one helper every git call goes through. Errors become
 * Indonesian messages; nothing here prints.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { UsageError } from '../lib/errors.ts';

/** How a file changed between two revisions. */
export interface FileChange {
	status: 'ditambah' | 'diubah' | 'dihapus' | 'dipindah';
	/** Path at head (for deletions: the deleted path). */
	path: string;
	/** Path at base, for renames. */
	from?: string;
}

/** Output bigger than any repository this runs on (40,000 innovations' histories). */
const MAX_OUTPUT = 1024 * 1024 * 1024;

/** Runs git in `root`; stdout as text, or as bytes with `binary`. Never throws. */
export function runGit(
	root: string,
	args: readonly string[],
	options: { binary: true; input?: string }
): SpawnSyncReturns<Buffer>;
export function runGit(
	root: string,
	args: readonly string[],
	options?: { binary?: false; input?: string }
): SpawnSyncReturns<string>;
export function runGit(
	root: string,
	args: readonly string[],
	options: { binary?: boolean; input?: string } = {}
): SpawnSyncReturns<Buffer | string> {
	const input = options.input === undefined ? {} : { input: options.input };
	return options.binary
		? spawnSync('git', args, { cwd: root, maxBuffer: MAX_OUTPUT, ...input })
		: spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: MAX_OUTPUT, ...input });
}

/** Runs git and returns stdout, or throws with an Indonesian message. */
export function git(root: string, args: string[]): string {
	const result = runGit(root, args);
	if (result.status !== 0)
		throw new Error(`perintah git gagal (git ${args.join(' ')}): ${String(result.stderr).trim()}`);
	return String(result.stdout);
}

/** The commit a ref names, or throws "revisi tidak ditemukan". */
export function resolveRef(root: string, ref: string): string {
	const result = runGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
	if (result.status !== 0)
		throw new UsageError(
			`revisi \`${ref}\` tidak ditemukan; ambil dulu cabangnya (git fetch) atau periksa namanya, mis. --base origin/main`
		);
	return String(result.stdout).trim();
}

/** The merge base of two commits: what a pull request is compared against. */
export function getMergeBase(root: string, base: string, head: string): string {
	return git(root, ['merge-base', base, head]).trim();
}

/** Files changed from `base` to `head` (renames detected), sorted by path. */
export function listChanges(root: string, base: string, head: string): FileChange[] {
	const fields = git(root, ['diff', '--name-status', '-M', '-z', base, head])
		.split('\0')
		.filter(Boolean);
	const changes: FileChange[] = [];
	for (let i = 0; i < fields.length;) {
		const code = fields[i++]!;
		if (code.startsWith('R')) {
			const from = fields[i++]!;
			changes.push({ status: 'dipindah', from, path: fields[i++]! });
			continue;
		}
		const path = fields[i++]!;
		const status = code === 'A' ? 'ditambah' : code === 'D' ? 'dihapus' : 'diubah';
		changes.push({ status, path });
	}
	return changes.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Bytes of `path` at `rev` (`:path` = the index), or undefined when it does not exist there. */
export function readAt(root: string, rev: string, path: string): Uint8Array | undefined {
	const result = runGit(root, ['cat-file', 'blob', `${rev}:${path}`], { binary: true });
	return result.status === 0 ? new Uint8Array(result.stdout) : undefined;
}

/** Sizes of the blobs under `dir` at `rev`: path → bytes. */
export function listTree(root: string, rev: string, dir: string): Map<string, number> {
	const out = runGit(root, ['ls-tree', '-r', '-l', '-z', rev, '--', dir]);
	const files = new Map<string, number>();
	if (out.status !== 0) return files;
	for (const line of String(out.stdout).split('\0').filter(Boolean)) {
		const [meta, path] = line.split('\t');
		const size = Number(meta!.trim().split(/\s+/)[3]);
		if (path && Number.isFinite(size)) files.set(path, size);
	}
	return files;
}

/** Content files staged for commit (added, copied, modified, renamed). */
export function listStaged(root: string, prefix = 'content'): string[] {
	return git(root, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--', prefix])
		.split('\0')
		.filter(Boolean)
		.sort();
}
