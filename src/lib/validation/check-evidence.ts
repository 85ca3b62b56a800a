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

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

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
	if (ref.includes('\\') || ref.includes('%') || segments.some((s, i) => i > 0 && (s === '' || s === '.' || s === '..'))) {
		return `jalur bukti \`${ref}\` tidak valid; tulis tanpa \`..\`, \`//\`, \`\\\` atau %, mis. ${rules.folder}sk.pdf`;
	}
	if (!ref.startsWith(rules.folder) || ref.slice(rules.folder.length).includes('/')) {
		return `bukti harus berada langsung di folder inovasi ini sendiri: public${rules.folder}<berkas>; pindahkan berkasnya ke sana`;
	}
	const name = ref.slice(rules.folder.length);
	if (!SAFE_NAME.test(name)) {
		return `nama berkas \`${name}\` hanya boleh berisi huruf, angka, titik, minus, dan garis bawah (tanpa spasi)`;
	}
	const extension = getExtension(name);
	if (!rules.types.includes(extension)) {
		return `jenis berkas .${extension || '?'} tidak diterima untuk jawaban ini; gunakan ${rules.types.map((t) => t.toUpperCase()).join('/')}`;
	}
	const file = rules.lookup(ref);
	if (!file) return `berkas bukti tidak ditemukan: public${ref}; unggah berkasnya atau perbaiki nama berkas (huruf besar/kecil berpengaruh)`;
	if (file.size > rules.maxBytes) {
		return `berkas bukti terlalu besar (${(file.size / 1048576).toFixed(1)} MiB; maksimal ${rules.maxBytes / 1048576} MiB); kompres berkasnya atau unggah ke tautan https://`;
	}
	if (file.size === 0) return `berkas bukti public${ref} kosong (0 byte); unggah ulang berkasnya`;
	const matches = SIGNATURES[extension];
	if (matches && !matches(file.head)) {
		return `isi berkas public${ref} bukan ${extension.toUpperCase()} sungguhan; ekspor ulang berkasnya dengan format yang benar`;
	}
	return undefined;
}
