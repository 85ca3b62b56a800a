/**
 * Reads one content file from disk the safe way: symbolic links, folders, devices and oversize files
 * are refused before their bytes are read. Where the platform has `O_NOFOLLOW` (Linux, macOS), the
 * file is opened without following a link and checked through its descriptor, so nothing can be
 * swapped in between the check and the read — and it costs one system call less than lstat + read.
 */
import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	openSync,
	readFileSync,
	readSync,
	type Stats,
} from 'node:fs';

/** Why a file was not read. */
export type ReadRefusal =
	| { reason: 'missing' }
	| { reason: 'not-regular' }
	| { reason: 'too-big'; size: number }
	| { reason: 'unreadable' };

/** Opens without following links; O_NONBLOCK keeps a FIFO from blocking the open. */
const SAFE_OPEN =
	constants.O_NOFOLLOW === undefined
		? undefined
		: constants.O_RDONLY | constants.O_NOFOLLOW | (constants.O_NONBLOCK ?? 0);

function check(stat: Stats, maxBytes: number): ReadRefusal | undefined {
	if (!stat.isFile()) return { reason: 'not-regular' };
	return stat.size > maxBytes ? { reason: 'too-big', size: stat.size } : undefined;
}

function refuseError(error: unknown): ReadRefusal {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ELOOP') return { reason: 'not-regular' };
	return code === 'ENOENT' || code === 'ENOTDIR' ? { reason: 'missing' } : { reason: 'unreadable' };
}

/**
 * The size and first `count` bytes of the regular file at `path` (absolute) of at most `maxBytes`,
 * or why it was refused: the one safe read behind both exports.
 */
function readRegular(
	path: string,
	maxBytes: number,
	count: number
): { size: number; bytes: Uint8Array } | ReadRefusal {
	if (SAFE_OPEN === undefined) {
		try {
			const stat = lstatSync(path);
			return (
				check(stat, maxBytes) ?? { size: stat.size, bytes: readFileSync(path).subarray(0, count) }
			);
		} catch (error) {
			return refuseError(error);
		}
	}
	let fd: number;
	try {
		fd = openSync(path, SAFE_OPEN);
	} catch (error) {
		return refuseError(error);
	}
	try {
		const stat = fstatSync(fd);
		const refusal = check(stat, maxBytes);
		if (refusal) return refusal;
		const wanted = Math.min(count, stat.size);
		const bytes = Buffer.allocUnsafe(wanted);
		let filled = 0;
		while (filled < wanted) {
			const read = readSync(fd, bytes, filled, wanted - filled, filled);
			if (read === 0) break;
			filled += read;
		}
		return { size: stat.size, bytes: filled === wanted ? bytes : bytes.subarray(0, filled) };
	} catch (error) {
		return refuseError(error);
	} finally {
		closeSync(fd);
	}
}

/** The bytes of the regular file at `path` (absolute), or why it was refused. */
export function readContentFile(path: string, maxBytes: number): Uint8Array | ReadRefusal {
	const read = readRegular(path, maxBytes, Number.POSITIVE_INFINITY);
	return 'bytes' in read ? read.bytes : read;
}

/**
 * The size and first `count` bytes of the regular file at `path` (absolute), opened without
 * following a link, or why it was refused: evidence checks need only the head to recognise a type.
 */
export function readFileHead(
	path: string,
	count: number
): { size: number; head: Uint8Array } | ReadRefusal {
	const read = readRegular(path, Number.POSITIVE_INFINITY, count);
	return 'bytes' in read ? { size: read.size, head: read.bytes } : read;
}
