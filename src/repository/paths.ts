/**
 * Where content lives in a repository (the content contract's layout) and how a path names an
 * innovation or an agency. Pure: no disk access.
 */

export const PEMDA_FILE = 'content/pemda.yml';
export const SKPD_DIR = 'content/skpd';
export const INNOVATION_DIR = 'content/inovasi';
export const ARCHIVE_DIR = 'content/arsip';
export const OFFICIAL_FILE = 'content/arsip/resmi.yml';
export const VERIFICATION_DIR = 'content/verifikasi';
/** The coordinators' verification of the region's SPD rows. */
export const REGION_VERIFICATION_FILE = 'content/verifikasi/pemda.yml';

/** `content/verifikasi/<skpd>/<slug>.yml` → the innovation id `<skpd>/<slug>`, or undefined. */
export function parseVerificationPath(file: string): string | undefined {
	const match = /^content\/verifikasi\/([^/]+)\/([^/.][^/]*)\.yml$/.exec(file);
	return match ? `${match[1]}/${match[2]}` : undefined;
}

/** The verification file of an innovation id `<skpd>/<slug>`. */
export function getVerificationPath(id: string): string {
	return `${VERIFICATION_DIR}/${id}.yml`;
}

/** The claim file of an innovation id `<skpd>/<slug>`. */
export function getInnovationPath(id: string): string {
	return `${INNOVATION_DIR}/${id}.md`;
}

/** Splits `content/inovasi/<skpd>/<slug>.md`; undefined when the path has another shape. */
export function parseInnovationPath(file: string): { skpd: string; slug: string } | undefined {
	// Hidden files (`.draf.md`) are never read as innovations: the listing reports them instead.
	const match = /^content\/inovasi\/([^/]+)\/([^/.][^/]*)\.md$/.exec(file);
	return match ? { skpd: match[1]!, slug: match[2]! } : undefined;
}

/** The agency id of `content/skpd/<id>.yml`, or undefined. */
export function parseSkpdPath(file: string): string | undefined {
	return /^content\/skpd\/([^/]+)\.yml$/.exec(file)?.[1];
}

/** `public/bukti/<skpd>/<slug>/…` → `<skpd>/<slug>` (region evidence under `pemda/` has no innovation). */
export function parseEvidencePath(path: string): string | undefined {
	const match = /^public\/bukti\/([^/]+)\/([^/]+)\//.exec(path);
	return match && match[1] !== 'pemda' ? `${match[1]}/${match[2]}` : undefined;
}
