/**
 * The folder a command writes its output into (`npm run ekspor -- --keluar`): only a folder that is
 * empty, or that the same command wrote before (it holds the marker file), and never outside the
 * repository unless asked. `--keluar ..` once emptied the folder that held the repository.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../../src/lib/errors.ts';

/** The marker a command leaves in its output folder, so a later run may empty it again. */
export const OUTPUT_MARKER = '.keluaran-katalog';

export interface OutputFolderOptions {
	/** The command, for the marker and messages (`npm run ekspor`). */
	command: string;
	/** The option that allows a folder outside the repository was given. */
	allowOutside: boolean;
	/** Name of that option, for the message (`--di-luar-repo`). */
	outsideOption: string;
	/**
	 * Names the command writes: a folder holding only these (written before the marker existed)
	 * counts as its own.
	 */
	ownNames?: readonly string[];
}

/** Whether `inner` is `outer` or lies inside it. */
const isWithin = (outer: string, inner: string) =>
	inner === outer || inner.startsWith(outer.endsWith(sep) ? outer : outer + sep);

/**
 * Checks `requested` (relative to `root`), empties it when this command wrote it, creates it with
 * the marker, and returns its absolute path; a UsageError (nothing touched) otherwise.
 */
export function prepareOutputFolder(
	root: string,
	requested: string,
	options: OutputFolderOptions
): string {
	const repo = resolve(root);
	const out = resolve(repo, requested);
	if (isWithin(out, repo))
		throw new UsageError(
			`--keluar ${requested} adalah folder repositori atau induknya; pilih folder tersendiri, mis. ekspor/`
		);
	if (isWithin(join(repo, 'content'), out) || isWithin(join(repo, 'public'), out))
		throw new UsageError(
			`--keluar ${requested} berada di dalam isi (content/ atau public/); pilih folder tersendiri, mis. ekspor/`
		);
	if (!isWithin(repo, out) && !options.allowOutside)
		throw new UsageError(
			`--keluar ${requested} berada di luar repositori; tambahkan ${options.outsideOption} bila memang dimaksudkan`
		);
	// Every existing folder on the way must be a real folder: a link could lead anywhere.
	const steps = isWithin(repo, out) ? relative(repo, out).split(sep) : [];
	let at = isWithin(repo, out) ? repo : out;
	for (const step of steps) {
		at = join(at, step);
		if (existsSync(at) && lstatSync(at).isSymbolicLink())
			throw new UsageError(
				`--keluar ${requested}: ${relative(repo, at)} adalah tautan simbolik; pilih folder biasa`
			);
	}
	if (existsSync(out)) {
		const stat = lstatSync(out);
		if (stat.isSymbolicLink() || !stat.isDirectory())
			throw new UsageError(`--keluar ${requested} bukan folder biasa; pilih folder lain`);
		const entries = readdirSync(out);
		const own = new Set([OUTPUT_MARKER, ...(options.ownNames ?? [])]);
		const ours = entries.includes(OUTPUT_MARKER) || entries.every((entry) => own.has(entry));
		if (!ours)
			throw new UsageError(
				`--keluar ${requested} tidak kosong dan bukan hasil ${options.command}; pilih folder kosong atau folder baru (tidak ada yang dihapus)`
			);
		for (const entry of entries) rmSync(join(out, entry), { recursive: true, force: true });
	}
	mkdirSync(out, { recursive: true });
	writeFileSync(
		join(out, OUTPUT_MARKER),
		`Folder ini ditulis oleh ${options.command}; isinya ditulis ulang pada setiap jalan.\n`
	);
	return out;
}
