/**
 * Reading one content file for validation: an override (the staged version in the pre-commit hook,
 * a revision's blob in the PR check) or the working tree, refusing links and oversize files before
 * their bytes are read. Problems become findings at the file's first line.
 */
import { join } from 'node:path';
import { MAX_SOURCE_BYTES } from '../lib/content/parse-source.ts';
import type { Finding, Severity } from '../lib/validation/finding.ts';
import { readContentFile } from './read-file-fs.ts';

/** Bytes to use instead of the working tree for some files; undefined means "read from disk". */
export type SourceOverride = (file: string) => Uint8Array | undefined;

/** A finding about a whole file. */
export function findingAt(file: string, message: string, severity: Severity = 'galat'): Finding {
	return { file, line: 1, column: 1, severity, key: '', message };
}

const tooBig = (size: number) =>
	`berkas terlalu besar (${Math.ceil(size / 1024)} KiB; maksimal ${MAX_SOURCE_BYTES / 1024} KiB); pindahkan lampiran ke bukti dan ringkas teksnya`;

const REFUSALS = {
	missing: 'berkas tidak ditemukan',
	'not-regular': 'harus berupa berkas biasa (tautan simbolik dan folder tidak diterima)',
	unreadable: 'berkas tidak dapat dibaca; periksa izin aksesnya',
};

/** The bytes of `file` (repository-relative), or undefined with the reason pushed to `findings`. */
export function readSource(
	root: string,
	file: string,
	findings: Finding[],
	override?: SourceOverride
): Uint8Array | undefined {
	const given = override?.(file);
	if (given) {
		if (given.byteLength <= MAX_SOURCE_BYTES) return given;
		findings.push(findingAt(file, tooBig(given.byteLength)));
		return undefined;
	}
	const read = readContentFile(join(root, file), MAX_SOURCE_BYTES);
	if (read instanceof Uint8Array) return read;
	findings.push(
		findingAt(file, read.reason === 'too-big' ? tooBig(read.size) : REFUSALS[read.reason])
	);
	return undefined;
}
