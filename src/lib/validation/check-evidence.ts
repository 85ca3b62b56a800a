/**
 * Evidence references (`bukti`): a path must stay inside its owner's own `/bukti/...` folder, name
 * an existing file of an allowed type and size whose bytes match its extension; otherwise it must
 * be an `https://` link (checked by the schema).
 */

/** What the file system says about one evidence file (gathered by the caller). */
export interface EvidenceFile {
	size: number;
	/** The first bytes of the file (at least 12), to recognise its real type. */
	head: Uint8Array;
	/** Another name in the same folder differs from this one only in case (`SK.pdf`, `sk.pdf`). */
	caseTwin?: boolean;
}

/** Looks an evidence file up by its site path (`/bukti/...`); undefined when it does not exist. */
export type EvidenceLookup = (sitePath: string) => EvidenceFile | undefined;

export interface EvidenceRules {
	/** Folder the path must stay in, e.g. `/bukti/dinkes/sipandu/`. */
	folder: string;
	/** Allowed extensions for this answer (the indicator's narrowing of the global list). */
	types: readonly string[];
	maxBytes: number;
	lookup: EvidenceLookup;
}

/** Evidence file names: ASCII letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Names Windows cannot create (`con`, `aux`, `nul`, `prn`, `com1`…`lpt9`, with any extension): a
 * clone on an agency's Windows laptop would fail on them.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** True when `name` (a file or folder name) is reserved on Windows. */
export function isReservedName(name: string): boolean {
	return WINDOWS_RESERVED.test(name);
}

/** Magic bytes of each evidence type: an extension alone proves nothing about the content. */
const SIGNATURES: Record<string, (head: Uint8Array) => boolean> = {
	pdf: (h) => h[0] === 0x25 && h[1] === 0x50 && h[2] === 0x44 && h[3] === 0x46,
	png: (h) => h[0] === 0x89 && h[1] === 0x50 && h[2] === 0x4e && h[3] === 0x47,
	jpg: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
	mp4: (h) => h[4] === 0x66 && h[5] === 0x74 && h[6] === 0x79 && h[7] === 0x70,
};

/** Lower-case extension with `jpeg` read as `jpg`. */
export function getExtension(path: string): string {
	const match = /\.([A-Za-z0-9]+)$/.exec(path);
	const extension = match?.[1]?.toLowerCase() ?? '';
	return extension === 'jpeg' ? 'jpg' : extension;
}

/**
 * The problem with one evidence reference, or undefined when it is fine.
 * Links (`https://…`) are not fetched: the build must not depend on the network.
 */
export function checkEvidenceRef(ref: string, rules: EvidenceRules): string | undefined {
	if (!ref.startsWith('/bukti/')) return undefined;
	const segments = ref.split('/');
	if (
		ref.includes('\\') ||
		ref.includes('%') ||
		segments.some((s, i) => i > 0 && (s === '' || s === '.' || s === '..'))
	) {
		return `jalur bukti \`${ref}\` tidak valid; tulis tanpa \`..\`, \`//\`, \`\\\` atau %, mis. ${rules.folder}sk.pdf`;
	}
	if (!ref.startsWith(rules.folder) || ref.slice(rules.folder.length).includes('/')) {
		return `bukti harus berada langsung di folder inovasi ini sendiri: public${rules.folder}<berkas>; pindahkan berkasnya ke sana`;
	}
	const name = ref.slice(rules.folder.length);
	const problem = checkEvidenceName(name, rules.types);
	if (problem) return problem;
	const file = rules.lookup(ref);
	if (!file)
		return `berkas bukti tidak ditemukan: public${ref}; unggah berkasnya atau perbaiki nama berkas (huruf besar/kecil berpengaruh)`;
	return checkEvidenceBytes(`public${ref}`, file, rules.maxBytes);
}

/**
 * The problem with an evidence file's name (safe characters, not reserved, allowed type), if any.
 * @param use how the type list applies, for the message (`untuk jawaban ini`, `sebagai bukti`)
 */
export function checkEvidenceName(
	name: string,
	types: readonly string[],
	use = 'untuk jawaban ini'
): string | undefined {
	if (!SAFE_NAME.test(name)) {
		return `nama berkas \`${name}\` hanya boleh berisi huruf, angka, titik, minus, dan garis bawah (tanpa spasi)`;
	}
	if (isReservedName(name))
		return `nama berkas \`${name}\` tidak dapat dibuat di Windows; ganti namanya, mis. dokumen-${name}`;
	const extension = getExtension(name);
	if (!types.includes(extension)) {
		return `jenis berkas .${extension || '?'} tidak diterima ${use}; gunakan ${types.map((t) => t.toUpperCase()).join('/')}`;
	}
	return undefined;
}

/** The problem with an evidence file's size or content (`path` as shown to the user), if any. */
export function checkEvidenceBytes(
	path: string,
	file: EvidenceFile,
	maxBytes: number
): string | undefined {
	if (file.size > maxBytes) {
		return `berkas bukti terlalu besar (${(file.size / 1048576).toFixed(1)} MiB; maksimal ${maxBytes / 1048576} MiB); kompres berkasnya atau unggah ke tautan https://`;
	}
	if (file.size === 0) return `berkas bukti ${path} kosong (0 byte); unggah ulang berkasnya`;
	if (file.caseTwin)
		return `folder ${path.slice(0, path.lastIndexOf('/') + 1)} memuat nama lain yang hanya berbeda huruf besar/kecil dari ${path.slice(path.lastIndexOf('/') + 1)}; di Windows keduanya berkas yang sama — ganti atau hapus salah satunya`;
	const matches = SIGNATURES[getExtension(path)];
	if (matches && !matches(file.head)) {
		return `isi berkas ${path} bukan ${getExtension(path).toUpperCase()} sungguhan; ekspor ulang berkasnya dengan format yang benar`;
	}
	return undefined;
}

/**
 * Site paths of the evidence files a content file mentions (`/bukti/...` not inside a longer URL),
 * read from its raw bytes so files with errors count too: an evidence file no content mentions is
 * reported as unused.
 */
export function collectEvidenceRefs(bytes: Uint8Array): string[] {
	const text = LATIN1.decode(bytes);
	if (!text.includes('/bukti/')) return [];
	return [...text.matchAll(EVIDENCE_REF)].map((match) => match[0]);
}

/** Bytes as Latin-1: every byte maps to one character, and the paths sought are ASCII. */
const LATIN1 = new TextDecoder('latin1');

/** `/bukti/…` not preceded by a host or path character (so `https://x.go.id/bukti/…` is no ref). */
const EVIDENCE_REF = /(?<![\w.:/%-])\/bukti\/[\w./-]+/g;
