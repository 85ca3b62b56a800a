/**
 * Writing a new file a command generates (an imported draft, a wizard's innovation) without ever
 * replacing or escaping: every folder on its way inside the repository must be a real folder (a
 * link there could lead anywhere), the name must be one Windows can create, no other name in the
 * folder may differ from it only in case (one file on Windows and macOS checkouts), and the file
 * is created exclusively (`wx`: an existing file or a link at its place is never written through).
 */
import { lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isReservedName } from '../lib/validation/check-evidence.ts';

/** Why a new file could not be written, in Indonesian; undefined when it was written. */
export type WriteRefusal = string | undefined;

/** Creates `file` (repository-relative, `/`-separated) under `root` with `text`. */
export function writeNewFile(root: string, file: string, text: string | Uint8Array): WriteRefusal {
	const parts = file.split('/');
	const name = parts.at(-1)!;
	if (isReservedName(name)) return `nama \`${name}\` tidak dapat dibuat di Windows`;
	let dir = root;
	for (const part of parts.slice(0, -1)) {
		dir = join(dir, part);
		let stat;
		try {
			stat = lstatSync(dir);
		} catch {
			mkdirSync(dir);
			continue;
		}
		if (!stat.isDirectory()) return `${part}/ bukan folder biasa (tautan simbolik atau berkas)`;
	}
	const lower = name.toLowerCase();
	const twin = readdirSync(dir).find((entry) => entry !== name && entry.toLowerCase() === lower);
	if (twin) return `sudah ada \`${twin}\`, yang hanya berbeda huruf besar/kecil`;
	try {
		writeFileSync(join(dir, name), text, { flag: 'wx' });
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EEXIST'
			? 'sudah ada; berkas yang ada tidak ditimpa'
			: 'tidak dapat ditulis';
	}
	return undefined;
}
