/**
 * Every path under `public/` accounted for. The build copies `public/` to the site's origin byte for
 * byte, so a file there is published whether or not an innovation refers to it: evidence may live
 * only at `public/bukti/pemda/<name>` and `public/bukti/<registered-skpd>/<slug>/<name>`, with a safe
 * name, an allowed type whose bytes match, within the size limit, as a regular file. Links and
 * special files are refused anywhere under `public/`. What passes is the list the build publishes.
 * The checks are those an evidence reference gets (`check-evidence.ts`), so an innovation can only
 * refer to a file that is published.
 */
import { KEBAB_PATTERN } from '../../schemas/shared.ts';
import {
	checkEvidenceBytes,
	checkEvidenceName,
	isReservedName,
	type EvidenceFile,
} from './check-evidence.ts';
import { compareFindings, type Finding, type Severity } from './finding.ts';

/** One entry found under `public/`, gathered without following any link. */
export interface PublicEntry extends EvidenceFile {
	/** Repository-relative path, `public/…`. */
	path: string;
	/** `other`: a device, socket, FIFO or an empty folder (a submodule in a commit). */
	kind: 'file' | 'link' | 'other';
}

/** What the audit needs to know about the repository. */
export interface PublicFilesContext {
	agencyIds: readonly string[];
	/** Evidence types the rule set accepts (`berkas_bukti.jenis`). */
	types: readonly string[];
	maxBytes: number;
	/**
	 * Whether the owner of an evidence file (its innovation, or `pemda.yml` for region evidence)
	 * mentions it; asked only for files that pass every other check.
	 */
	isReferenced: (sitePath: string) => boolean;
}

export interface PublicFilesResult {
	/** Sorted by file. */
	findings: Finding[];
	/** Paths that may be published (every regular file without an error), sorted. */
	published: string[];
}

/** The folder of region-level evidence; no agency may take this id. */
export const REGION_EVIDENCE_FOLDER = 'pemda';

const PLACES =
	'bukti disimpan di public/bukti/<id-skpd>/<slug>/<berkas> (bukti inovasi) atau public/bukti/pemda/<berkas> (bukti indikator pemda)';

const finding = (file: string, severity: Severity, message: string): Finding => ({
	file,
	line: 1,
	column: 1,
	severity,
	key: '',
	message,
});

/** The problem with where an evidence file sits (`parts` = the path after `public/bukti/`), if any. */
function checkPlace(parts: readonly string[], agencyIds: readonly string[]): string | undefined {
	const [owner, ...rest] = parts;
	if (rest.length === 0) return `berkas tidak boleh langsung di public/bukti/; ${PLACES}`;
	if (owner === REGION_EVIDENCE_FOLDER)
		return rest.length === 1
			? undefined
			: `bukti pemda disimpan langsung di public/bukti/pemda/<berkas>, tanpa subfolder`;
	if (!agencyIds.includes(owner!))
		return `folder SKPD \`${owner}\` belum terdaftar di content/skpd/; ${PLACES}`;
	if (rest.length !== 2) return `${PLACES}; pindahkan berkas ini ke folder inovasinya`;
	const slug = rest[0]!;
	if (!KEBAB_PATTERN.test(slug) || isReservedName(slug))
		return `folder \`${slug}\` harus sama dengan nama berkas inovasinya (huruf kecil, angka, tanda minus)`;
	return undefined;
}

/** Checks one entry; returns its findings (an error keeps it from being published). */
function checkEntry(entry: PublicEntry, context: PublicFilesContext): Finding[] {
	if (entry.kind === 'link')
		return [
			finding(
				entry.path,
				'galat',
				'tautan simbolik tidak diterima di public/ (situs tidak pernah mengikutinya); unggah berkasnya sendiri'
			),
		];
	if (entry.kind === 'other')
		return [
			finding(
				entry.path,
				'galat',
				'harus berupa berkas biasa (folder kosong, submodul, dan berkas khusus tidak diterbitkan); hapus atau ganti dengan berkasnya'
			),
		];
	if (!entry.path.startsWith('public/bukti/')) return [];
	const parts = entry.path.slice('public/bukti/'.length).split('/');
	const problem =
		checkPlace(parts, context.agencyIds) ??
		checkEvidenceName(parts.at(-1)!, context.types, 'sebagai bukti') ??
		checkEvidenceBytes(entry.path, entry, context.maxBytes);
	if (problem) return [finding(entry.path, 'galat', problem)];
	if (!context.isReferenced(entry.path.slice('public'.length))) {
		return [
			finding(
				entry.path,
				'peringatan',
				'berkas bukti ini tidak dirujuk oleh inovasi mana pun (tetap diterbitkan); rujuk di `bukti` atau hapus berkasnya'
			),
		];
	}
	return [];
}

/** Audits every entry under `public/` and lists what may be published. */
export function checkPublicFiles(
	entries: readonly PublicEntry[],
	context: PublicFilesContext
): PublicFilesResult {
	const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const findings = sorted.flatMap((entry) => checkEntry(entry, context));
	const refused = new Set(findings.filter((f) => f.severity === 'galat').map((f) => f.file));
	const published = sorted
		.filter((entry) => entry.kind === 'file' && !refused.has(entry.path))
		.map((entry) => entry.path);
	return { findings: findings.sort(compareFindings), published };
}
