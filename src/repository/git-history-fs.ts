/**
 * Per-file history of the content, from one `git log` over `content/inovasi` (not one call per
 * file, which would not scale to thousands of innovations). Renames start a new history.
 */
import { runGit } from './git-fs.ts';

export interface FileHistory {
	/** Date of the first commit that added the file (ISO date). */
	first: string;
	/** Date of the latest commit that changed it. */
	last: string;
	/** Number of commits that touched it. */
	revisions: number;
}

export interface History {
	files: Map<string, FileHistory>;
	/** True in a shallow clone: older commits are missing, so "first" may be too late. */
	shallow: boolean;
	/** False outside a git repository (e.g. a downloaded archive). */
	available: boolean;
}

function git(root: string, args: string[]): string | undefined {
	const result = runGit(root, args);
	return result.status === 0 ? String(result.stdout) : undefined;
}

/** Reads the history of every file under `content/inovasi` at `root`. */
export function readHistory(root: string): History {
	const files = new Map<string, FileHistory>();
	const inside = git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() === 'true';
	if (!inside) return { files, shallow: false, available: false };
	const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
	const log =
		git(root, ['log', '--format=@%cs', '--name-only', '--no-renames', '--', 'content/inovasi']) ??
		'';
	let date = '';
	// Newest commits come first, so the first date seen is "last" and the final one is "first".
	for (const line of log.split('\n')) {
		if (line.startsWith('@')) {
			date = line.slice(1);
			continue;
		}
		if (!line) continue;
		const entry = files.get(line);
		if (entry) {
			entry.first = date;
			entry.revisions += 1;
		} else files.set(line, { first: date, last: date, revisions: 1 });
	}
	return { files, shallow, available: true };
}
