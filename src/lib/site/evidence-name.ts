/**
 * The words of an evidence link: a citizen (and a screen reader, which lists links by their text)
 * gets "Tim Pelaksana SIPANDU" or "anggaran (PDF)" instead of fifteen links all called "Bukti n".
 * The document's stated subject wins; otherwise the file name and its kind; a page without a file
 * name is named by its site.
 */
import { getEvidenceRefOf, type EvidenceItem } from '../../schemas/answer.ts';

/** File kinds by extension, as a citizen would call them. */
const KINDS: Record<string, string> = {
	pdf: 'PDF',
	jpg: 'foto',
	jpeg: 'foto',
	png: 'gambar',
	webp: 'gambar',
	mp4: 'video',
	webm: 'video',
	xlsx: 'tabel',
	xls: 'tabel',
	csv: 'tabel',
	ods: 'tabel',
	docx: 'dokumen',
	doc: 'dokumen',
	odt: 'dokumen',
	pptx: 'presentasi',
};

/** Sites whose pages are videos. */
const VIDEO_HOSTS = new Set(['youtube.com', 'youtu.be', 'm.youtube.com']);

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** `sk-tim_sipandu.pdf` → `sk tim sipandu (PDF)`; undefined when the name has no known kind. */
function nameFile(path: string): string | undefined {
	const file = decode(path.slice(path.lastIndexOf('/') + 1));
	const dot = file.lastIndexOf('.');
	const kind = dot > 0 ? KINDS[file.slice(dot + 1).toLowerCase()] : undefined;
	if (!kind) return undefined;
	const words = file
		.slice(0, dot)
		.replace(/[-_.+]+/g, ' ')
		.trim();
	return words ? `${words} (${kind})` : kind;
}

/** The link text of one evidence item, or '' when nothing better than a number is known. */
export function nameEvidence(item: EvidenceItem): string {
	if (typeof item !== 'string' && item.tentang) return item.tentang;
	const ref = getEvidenceRefOf(item);
	if (ref.startsWith('/bukti/')) return nameFile(ref) ?? '';
	let url: URL;
	try {
		url = new URL(ref);
	} catch {
		return '';
	}
	const host = url.hostname.replace(/^www\./, '');
	if (VIDEO_HOSTS.has(host)) return 'video YouTube';
	return nameFile(url.pathname) ?? `halaman ${host}`;
}
