/**
 * History of the content from one `git log` over `content/inovasi` and `content/verifikasi` (not
 * one call per file, which would not scale to 40,000 innovations): per file the first and latest
 * date and the number of changes, and per innovation its changes as the main branch received
 * them — first parent only, so a merged pull request is one change, dated when it was merged (the
 * approval of record). Renames start a new history.
 */
import { runGit } from './git-fs.ts';

export interface FileHistory {
	/** Date of the first commit that added the file (ISO date). */
	first: string;
	/** Date of the latest commit that changed it. */
	last: string;
	/** Number of changes the main branch received for it. */
	revisions: number;
}

/** One file of a change: which kind, and its blob before and after (absent: added / deleted). */
export interface ChangedFile {
	kind: 'inovasi' | 'verifikasi';
	before?: string;
	after?: string;
}

/** One change to an innovation as the main branch received it, newest first in a list. */
export interface RawChange {
	/** ISO date the change reached the branch. */
	tanggal: string;
	/** The pull request's author account (a merge), else the commit's author name. */
	oleh: string;
	/** The pull request's number, when the commit message names one. */
	pr?: number;
	files: ChangedFile[];
}

export interface History {
	files: Map<string, FileHistory>;
	/** Innovation id (`skpd/slug`) → its changes, newest first. */
	changes: Map<string, RawChange[]>;
	/** True in a shallow clone: older commits are missing, so "first" may be too late. */
	shallow: boolean;
	/** False outside a git repository (e.g. a downloaded archive). */
	available: boolean;
}

function git(root: string, args: string[]): string | undefined {
	const result = runGit(root, args);
	return result.status === 0 ? String(result.stdout) : undefined;
}

/** `content/inovasi/a/b.md` → [inovasi, a/b]; `content/verifikasi/a/b.yml` → [verifikasi, a/b]. */
const CONTENT_FILE = /^content\/(inovasi|verifikasi)\/([a-z0-9-]+\/[a-z0-9-]+)\.(md|yml)$/;
const NO_OBJECT = /^0+$/;
/** Names are untrusted (anyone sets their git name): printable, bounded. */
const clean = (text: string) => text.replace(/[\p{C}]/gu, '').slice(0, 60);

/** Who and which PR, from a GitHub merge or squash subject; else the author. */
function readOrigin(author: string, subject: string): Pick<RawChange, 'oleh' | 'pr'> {
	const merge = /^Merge pull request #(\d+) from ([^/\s]+)\//.exec(subject);
	if (merge) return { oleh: clean(merge[2]!), pr: Number(merge[1]) };
	const squash = /\(#(\d+)\)\s*$/.exec(subject);
	return { oleh: clean(author), ...(squash ? { pr: Number(squash[1]) } : {}) };
}

/** Reads the history of every innovation and verification file at `root`. */
export function readHistory(root: string): History {
	const files = new Map<string, FileHistory>();
	const changes = new Map<string, RawChange[]>();
	const inside = git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() === 'true';
	if (!inside) return { files, changes, shallow: false, available: false };
	const shallow = git(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
	const log =
		git(root, [
			'log',
			'--first-parent',
			'--diff-merges=first-parent',
			'--no-renames',
			'--raw',
			'--no-abbrev',
			'--format=%x1e%cs%x1f%an%x1f%s',
			'--',
			'content/inovasi',
			'content/verifikasi',
		]) ?? '';
	// Newest commits come first, so the first date seen is "last" and the final one is "first".
	for (const record of log.split('\x1e')) {
		const [header, ...lines] = record.split('\n');
		if (!header) continue;
		const [date = '', author = '', subject = ''] = header.split('\x1f');
		const byId = new Map<string, RawChange>();
		for (const line of lines) {
			const tab = line.indexOf('\t');
			if (!line.startsWith(':') || tab < 0) continue;
			const path = line.slice(tab + 1);
			const [, , before = '', after = ''] = line.slice(1, tab).split(' ');
			const entry = files.get(path);
			if (entry) {
				entry.first = date;
				entry.revisions += 1;
			} else files.set(path, { first: date, last: date, revisions: 1 });
			const match = CONTENT_FILE.exec(path);
			if (!match) continue;
			let change = byId.get(match[2]!);
			if (!change) {
				change = { tanggal: date, ...readOrigin(author, subject), files: [] };
				byId.set(match[2]!, change);
				const list = changes.get(match[2]!);
				if (list) list.push(change);
				else changes.set(match[2]!, [change]);
			}
			change.files.push({
				kind: match[1] as ChangedFile['kind'],
				...(NO_OBJECT.test(before) ? {} : { before }),
				...(NO_OBJECT.test(after) ? {} : { after }),
			});
		}
	}
	return { files, changes, shallow, available: true };
}
