/**
 * A commit's files read as data, straight from git objects: `git ls-tree` lists them and
 * `git cat-file --batch` gives their bytes. Unlike `git archive`, nothing in the commit can change
 * what is read — its own `.gitattributes` (`export-ignore`, `export-subst`, filters) has no effect —
 * and every entry is kept: dotfiles, binary files, symbolic links (written as links, so the checks
 * refuse them as they would in a working tree) and submodules (written as empty folders, which
 * the checks refuse as misplaced).
 */
import { closeSync, constants, mkdirSync, openSync, symlinkSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runGit } from './git-fs.ts';

/** One entry of a commit's tree. */
export interface TreeEntry {
	/** Repository-relative path with `/`. */
	path: string;
	kind: 'file' | 'link' | 'submodule';
	oid: string;
	/** Bytes of the blob (0 for submodules). */
	size: number;
}

/** What a PR check reads of a revision: the content and everything the site publishes as is. */
export const REVIEWED_DIRS = ['content', 'public'] as const;

/** Batches of blobs read at once: bounds memory when evidence files are large. */
const BATCH_BYTES = 128 * 1024 * 1024;

/** Every entry under `dirs` at `rev`, sorted by path (missing folders give nothing). */
export function listTreeEntries(root: string, rev: string, dirs: readonly string[]): TreeEntry[] {
	const result = runGit(root, ['ls-tree', '-r', '-l', '-z', '--full-tree', rev, '--', ...dirs], {
		binary: true,
	});
	if (result.status !== 0)
		throw new Error(`tidak dapat membaca isi revisi ${rev}: ${String(result.stderr).trim()}`);
	const entries: TreeEntry[] = [];
	for (const record of result.stdout.toString('utf8').split('\0')) {
		const tab = record.indexOf('\t');
		if (tab < 0) continue;
		const [mode, , oid, size] = record.slice(0, tab).split(/\s+/);
		const kind = mode === '120000' ? 'link' : mode === '160000' ? 'submodule' : 'file';
		const path = record.slice(tab + 1);
		// git itself refuses such paths, but a crafted tree object may still carry them.
		if (
			path
				.split('/')
				.some(
					(part) => part === '' || part === '.' || part === '..' || part.toLowerCase() === '.git'
				)
		) {
			throw new Error(`revisi ${rev} memuat jalur yang tidak aman: ${JSON.stringify(path)}`);
		}
		entries.push({ path, kind, oid: oid!, size: kind === 'submodule' ? 0 : Number(size) });
	}
	entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	refuseOverlaps(entries, rev);
	return entries;
}

/**
 * A crafted tree object can hold one name twice (a link and a folder), or a path under a file:
 * writing it would create the link and then write the folder's files through it, anywhere on the
 * disk. Every entry's folders must be folders only. (Files are also written before any link, so a
 * name that only differs in case on a Windows or macOS disk cannot lead a write through a link.)
 */
function refuseOverlaps(entries: readonly TreeEntry[], rev: string): void {
	const leaves = new Set<string>();
	for (const entry of entries) {
		if (leaves.has(entry.path))
			throw new Error(
				`revisi ${rev} memuat jalur yang tidak aman: ${JSON.stringify(entry.path)} ditulis dua kali`
			);
		leaves.add(entry.path);
	}
	for (const entry of entries) {
		const parts = entry.path.split('/');
		for (let end = 1; end < parts.length; end++) {
			const above = parts.slice(0, end).join('/');
			if (leaves.has(above))
				throw new Error(
					`revisi ${rev} memuat jalur yang tidak aman: ${JSON.stringify(entry.path)} berada di bawah tautan atau berkas ${JSON.stringify(above)}`
				);
		}
	}
}

/** Reads blobs by object id with one `git cat-file --batch` per batch; calls `onBlob` in order. */
function readBlobs(
	root: string,
	entries: readonly TreeEntry[],
	onBlob: (entry: TreeEntry, bytes: Buffer) => void
): void {
	for (let start = 0; start < entries.length;) {
		let end = start;
		let bytes = 0;
		while (end < entries.length && (end === start || bytes + entries[end]!.size <= BATCH_BYTES))
			bytes += entries[end++]!.size;
		const batch = entries.slice(start, end);
		const result = runGit(root, ['cat-file', '--batch'], {
			binary: true,
			input: batch.map((entry) => `${entry.oid}\n`).join(''),
		});
		if (result.status !== 0)
			throw new Error(`tidak dapat membaca objek git: ${String(result.stderr).trim()}`);
		let offset = 0;
		for (const entry of batch) {
			const header = result.stdout.indexOf(0x0a, offset);
			const [, type, size] = result.stdout.subarray(offset, header).toString('latin1').split(' ');
			if (type !== 'blob') throw new Error(`objek ${entry.oid} untuk ${entry.path} bukan blob`);
			const content = result.stdout.subarray(header + 1, header + 1 + Number(size));
			onBlob(entry, content);
			offset = header + 1 + Number(size) + 1;
		}
		start = end;
	}
}

/** Creates a new file without following a link or replacing anything already there. */
function writeNewFile(path: string, bytes: Uint8Array): void {
	const fd = openSync(
		path,
		constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
		0o644
	);
	try {
		for (let written = 0; written < bytes.byteLength;) written += writeSync(fd, bytes, written);
	} finally {
		closeSync(fd);
	}
}

/**
 * Writes the entries under `dirs` at `rev` into the empty folder `target`, as data: files with their
 * exact bytes, links as links (never followed), submodules as empty folders.
 */
export function writeTreeAt(
	root: string,
	rev: string,
	dirs: readonly string[],
	target: string
): TreeEntry[] {
	const entries = listTreeEntries(root, rev, dirs);
	const ensureParent = (path: string) =>
		mkdirSync(dirname(join(target, path)), { recursive: true });
	for (const entry of entries.filter((e) => e.kind === 'submodule'))
		mkdirSync(join(target, entry.path), { recursive: true });
	// Links last: even a tree that passed the checks above never has a file written after a link.
	readBlobs(
		root,
		[...entries.filter((e) => e.kind === 'file'), ...entries.filter((e) => e.kind === 'link')],
		(entry, bytes) => {
			ensureParent(entry.path);
			if (entry.kind === 'link') symlinkSync(bytes.toString('utf8'), join(target, entry.path));
			else writeNewFile(join(target, entry.path), bytes);
		}
	);
	return entries;
}
