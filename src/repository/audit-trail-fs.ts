/**
 * Each innovation's audit trail for its page: the changes `readHistory` found, each read back from
 * git (both versions of the file, in one `git cat-file --batch` for the whole site) and said in
 * plain words by `lib/history/describe-change.ts`. Only the latest few changes per innovation are
 * read; older ones are counted.
 */
import { runGit } from './git-fs.ts';
import type { History, RawChange } from './git-history-fs.ts';
import {
	MAX_SOURCE_BYTES,
	parseMarkdownSource,
	parseYamlSource,
} from '../lib/content/parse-source.ts';
import {
	describeInnovationChange,
	describeVerificationChange,
	type DescribeContext,
	type Snapshot,
} from '../lib/history/describe-change.ts';

/** One change as the page lists it. */
export interface AuditEntry {
	tanggal: string;
	oleh: string;
	pr?: number;
	perubahan: string[];
}

/** An innovation's latest changes, and how many there are in all. */
export interface AuditTrail {
	entries: AuditEntry[];
	total: number;
}

/** Changes listed per innovation page; older ones are counted and found in git. */
export const AUDIT_ENTRIES = 10;

/** The bytes of `oids` from one `git cat-file --batch`; missing or oversized objects are left out. */
function readBlobs(root: string, oids: readonly string[]): Map<string, Uint8Array> {
	const blobs = new Map<string, Uint8Array>();
	if (oids.length === 0) return blobs;
	const result = runGit(root, ['cat-file', '--batch'], {
		binary: true,
		input: oids.join('\n') + '\n',
	});
	if (result.status !== 0) return blobs;
	const out = result.stdout;
	let at = 0;
	while (at < out.length) {
		const end = out.indexOf(0x0a, at);
		if (end < 0) break;
		const [oid = '', type, size] = out.subarray(at, end).toString('latin1').split(' ');
		at = end + 1;
		if (type === undefined || size === undefined) continue; // "<oid> missing"
		const length = Number(size);
		if (type === 'blob' && length <= MAX_SOURCE_BYTES)
			blobs.set(oid, out.subarray(at, at + length));
		at += length + 1;
	}
	return blobs;
}

/** A version by its blob id, parsed once: one change's "after" is the next one's "before". */
type ReadVersion = (
	oid: string | undefined,
	kind: 'inovasi' | 'verifikasi'
) => Snapshot | undefined;

function createVersionReader(blobs: Map<string, Uint8Array>): ReadVersion {
	const parsedByOid = new Map<string, Snapshot>();
	return (oid, kind) => {
		const bytes = oid === undefined ? undefined : blobs.get(oid);
		if (!oid || !bytes) return undefined;
		let version = parsedByOid.get(oid);
		if (!version) {
			const parsed = kind === 'inovasi' ? parseMarkdownSource(bytes) : parseYamlSource(bytes);
			const broken = parsed.issues.some((issue) => issue.severity === 'galat');
			version = { data: broken ? undefined : parsed.data, body: parsed.body };
			parsedByOid.set(oid, version);
		}
		return version;
	};
}

function describe(change: RawChange, read: ReadVersion, context: DescribeContext): string[] {
	const phrases: string[] = [];
	for (const file of change.files) {
		const before = read(file.before, file.kind);
		const after = read(file.after, file.kind);
		if (file.kind === 'verifikasi') phrases.push(...describeVerificationChange(before, after));
		else if (!file.after) phrases.push('berkas dihapus');
		else if (!file.before) phrases.push('diajukan');
		else if (!before || !after) phrases.push('isi berkas diubah');
		else phrases.push(...describeInnovationChange(before, after, context));
	}
	return phrases.length > 0 ? phrases : ['verifikasi diperbarui'];
}

/** Innovations whose versions are read per `git cat-file` call: bounds the bytes held at once. */
const CHUNK = 2000;

/** The blobs a change needs: none for a first version (it is "diajukan"), both sides otherwise. */
function neededBlobs(change: RawChange): string[] {
	return change.files.flatMap((file) =>
		file.kind === 'inovasi' && !file.before
			? []
			: [file.before, file.after].filter((oid): oid is string => oid !== undefined)
	);
}

/** The audit trail of each of `ids` (innovations on the site), from `history`. */
export function readAuditTrails(
	root: string,
	history: History,
	ids: Iterable<string>,
	context: DescribeContext
): Map<string, AuditTrail> {
	const trails = new Map<string, AuditTrail>();
	const all = [...ids];
	for (let start = 0; start < all.length; start += CHUNK) {
		const chunk = all
			.slice(start, start + CHUNK)
			.map((id) => [id, (history.changes.get(id) ?? []).slice(0, AUDIT_ENTRIES)] as const);
		const oids = new Set(chunk.flatMap(([, changes]) => changes.flatMap(neededBlobs)));
		const read = createVersionReader(readBlobs(root, [...oids]));
		for (const [id, changes] of chunk)
			trails.set(id, {
				total: history.changes.get(id)?.length ?? 0,
				entries: changes.map((change) => ({
					tanggal: change.tanggal,
					oleh: change.oleh,
					...(change.pr !== undefined ? { pr: change.pr } : {}),
					perubahan: describe(change, read, context),
				})),
			});
	}
	return trails;
}
