/**
 * Reading the legacy app's export within bounds, before any parser sees it: a 1 MB workbook can
 * inflate to gigabytes (a zip bomb took `npm run impor` to 2.4 GB), so the file's size, every
 * zip entry's inflated size (counted while inflating, not trusted from the zip's directory), the
 * number of rows and the longest cell are checked first, each with an Indonesian message.
 */
import JSZip from 'jszip';
import { UsageError } from '../../src/lib/errors.ts';
import { readContentFile } from '../../src/repository/read-file-fs.ts';

export const LEGACY_LIMITS = {
	/** The file as it is on disk. */
	fileBytes: 16 * 1024 * 1024,
	/** All entries of a workbook once inflated. */
	inflatedBytes: 32 * 1024 * 1024,
	/** Data rows of the sheet (a regency's app holds hundreds). */
	rows: 20_000,
	/** Characters of one cell. */
	cellChars: 100_000,
} as const;

const MiB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

/** Inflates every entry of a zip, refusing once the total passes the limit; returns the XML texts. */
async function inflateBounded(path: string, bytes: Uint8Array): Promise<Map<string, string>> {
	let zip: JSZip;
	try {
		zip = await JSZip.loadAsync(bytes);
	} catch {
		throw new UsageError(
			`${path}: bukan buku kerja .xlsx yang utuh; simpan ulang dari aplikasinya`
		);
	}
	const texts = new Map<string, string>();
	let total = 0;
	for (const entry of Object.values(zip.files)) {
		if (entry.dir) continue;
		const chunks: Buffer[] = [];
		await new Promise<void>((done, fail) => {
			const stream = entry.nodeStream('nodebuffer');
			stream.on('data', (chunk: Buffer) => {
				total += chunk.length;
				if (total > LEGACY_LIMITS.inflatedBytes) {
					(stream as unknown as { destroy?: () => void }).destroy?.();
					fail(
						new UsageError(
							`${path}: isi buku kerja melebihi ${MiB(LEGACY_LIMITS.inflatedBytes)} setelah dibuka (berkas bom zip atau terlalu besar); ekspor ulang hanya lembar inovasinya`
						)
					);
					return;
				}
				if (entry.name.endsWith('.xml')) chunks.push(chunk);
			});
			stream.on('end', () => done());
			stream.on('error', () =>
				fail(
					new UsageError(`${path}: buku kerja rusak (${entry.name}); simpan ulang dari aplikasinya`)
				)
			);
		});
		if (entry.name.endsWith('.xml')) texts.set(entry.name, Buffer.concat(chunks).toString('utf8'));
	}
	return texts;
}

/** The longest run of text between `open` and the next `<` (an XML element's text), in characters. */
function findLongestText(xml: string, open: RegExp): number {
	let longest = 0;
	for (const match of xml.matchAll(open)) {
		const start = match.index + match[0].length;
		const end = xml.indexOf('<', start);
		longest = Math.max(longest, (end === -1 ? xml.length : end) - start);
	}
	return longest;
}

/** Refuses a sheet with too many rows or too long a cell (`what`: a cell, or a CSV line). */
function checkCounts(path: string, rows: number, longest: number, what: string): void {
	if (rows > LEGACY_LIMITS.rows)
		throw new UsageError(
			`${path}: ${rows} baris, lebih dari ${LEGACY_LIMITS.rows}; bagi berkasnya per SKPD lalu impor satu per satu`
		);
	if (longest > LEGACY_LIMITS.cellChars)
		throw new UsageError(
			`${path}: ${what} berisi ${longest} karakter, lebih dari ${LEGACY_LIMITS.cellChars}; periksa isinya di aplikasi lama`
		);
}

const REASONS = {
	missing: 'tidak ada',
	'not-regular': 'bukan berkas biasa',
	unreadable: 'tidak dapat dibaca',
};

/**
 * The legacy file's bytes, after its bounds are checked: a UsageError (exit 2, nothing written)
 * names the bound a file passes.
 * @param file the file's absolute path
 * @param path the path as the user gave it, for messages
 */
export async function readLegacyFile(
	file: string,
	path: string,
	kind: 'xlsx' | 'csv'
): Promise<Uint8Array> {
	const bytes = readContentFile(file, LEGACY_LIMITS.fileBytes);
	if (!(bytes instanceof Uint8Array))
		throw new UsageError(
			bytes.reason === 'too-big'
				? `${path}: berkas lebih dari ${MiB(LEGACY_LIMITS.fileBytes)}; ekspor ulang hanya lembar inovasinya`
				: `${path}: ${REASONS[bytes.reason]}`
		);
	if (kind === 'csv') {
		const lines = new TextDecoder().decode(bytes).split('\n');
		let longest = 0;
		for (const line of lines) longest = Math.max(longest, line.length);
		const rows = lines.length - 1 - (lines.at(-1)?.trim() === '' ? 1 : 0);
		checkCounts(path, rows, longest, 'satu baris');
		return bytes;
	}
	const texts = await inflateBounded(path, bytes);
	let rows = 0;
	let longest = 0;
	for (const [name, xml] of texts) {
		if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
			rows = Math.max(rows, (xml.match(/<row\b/g) ?? []).length - 1);
			longest = Math.max(longest, findLongestText(xml, /<(?:v|t)\b[^>]*>/g));
		}
		if (name === 'xl/sharedStrings.xml')
			longest = Math.max(longest, findLongestText(xml, /<t\b[^>]*>/g));
	}
	checkCounts(path, rows, longest, 'satu sel');
	return bytes;
}
