/**
 * `public/` as the checks see it: folders are listed (each once, lazily) without following links,
 * so a file is found only when every folder on its way is a real folder. A symbolic link to a
 * folder outside the repository therefore hides nothing behind it, and a file's first bytes are
 * read through a descriptor opened without following a link.
 */
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceFile, EvidenceLookup } from '../../src/lib/validation/check-evidence.ts';
import type { PublicEntry } from '../../src/lib/validation/check-public-files.ts';
import { readFileHead } from './read-file-fs.ts';

/** Bytes read from the start of each file: enough for every signature the checks know. */
const HEAD_BYTES = 16;

type Kind = PublicEntry['kind'] | 'dir';

function kindOf(entry: Dirent): Kind {
	if (entry.isSymbolicLink()) return 'link';
	if (entry.isDirectory()) return 'dir';
	return entry.isFile() ? 'file' : 'other';
}

export interface PublicTree {
	/** Evidence lookup by site path (`/bukti/…`): regular files reached through real folders only. */
	lookup: EvidenceLookup;
	/** Every entry under `public/` (empty folders as `other`), sorted by path. */
	listAll: () => PublicEntry[];
}

/** Opens the `public/` folder of the repository at `root`. */
export function openPublicTree(root: string): PublicTree {
	const listings = new Map<string, Map<string, Kind> | undefined>();
	const list = (dir: string): Map<string, Kind> | undefined => {
		if (!listings.has(dir)) {
			let listing: Map<string, Kind> | undefined;
			try {
				listing = new Map(
					readdirSync(join(root, dir), { withFileTypes: true }).map((entry) => [
						entry.name,
						kindOf(entry),
					])
				);
			} catch {
				listing = undefined;
			}
			listings.set(dir, listing);
		}
		return listings.get(dir);
	};
	/** The kind of `path` (repository-relative), reached through real folders only. */
	const kindAt = (path: string): Kind | undefined => {
		const parts = path.split('/');
		let dir = parts[0]!;
		for (const part of parts.slice(1, -1)) {
			if (list(dir)?.get(part) !== 'dir') return undefined;
			dir = `${dir}/${part}`;
		}
		return list(dir)?.get(parts.at(-1)!);
	};
	const folded = new Map<string, Map<string, number>>();
	/** Whether another name in the same folder differs from this one only in case. */
	const hasCaseTwin = (path: string): boolean => {
		const dir = path.slice(0, path.lastIndexOf('/'));
		if (!folded.has(dir)) {
			const counts = new Map<string, number>();
			for (const name of list(dir)?.keys() ?? [])
				counts.set(name.toLowerCase(), (counts.get(name.toLowerCase()) ?? 0) + 1);
			folded.set(dir, counts);
		}
		return (folded.get(dir)!.get(path.slice(path.lastIndexOf('/') + 1).toLowerCase()) ?? 0) > 1;
	};
	const files = new Map<string, EvidenceFile | undefined>();
	const readFile = (path: string): EvidenceFile | undefined => {
		if (!files.has(path)) {
			const read = kindAt(path) === 'file' ? readFileHead(join(root, path), HEAD_BYTES) : undefined;
			files.set(
				path,
				read && 'head' in read
					? { ...read, ...(hasCaseTwin(path) ? { caseTwin: true } : {}) }
					: undefined
			);
		}
		return files.get(path);
	};
	const lookup: EvidenceLookup = (sitePath) => {
		if (sitePath.split('/').some((part) => part === '..' || part === '.')) return undefined;
		return readFile(`public${sitePath}`);
	};
	const listAll = (): PublicEntry[] => {
		const entries: PublicEntry[] = [];
		const walk = (dir: string) => {
			const listing = list(dir);
			if (listing === undefined) return;
			if (listing.size === 0 && dir !== 'public')
				entries.push({ path: dir, kind: 'other', size: 0, head: new Uint8Array() });
			for (const [name, kind] of [...listing].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
				const path = `${dir}/${name}`;
				if (kind === 'dir') walk(path);
				else if (kind === 'file') {
					const file = readFile(path);
					entries.push(
						file
							? { path, kind, ...file }
							: { path, kind: 'other', size: 0, head: new Uint8Array() }
					);
				} else entries.push({ path, kind, size: 0, head: new Uint8Array() });
			}
		};
		walk('public');
		return entries;
	};
	return { lookup, listAll };
}
