/**
 * PR check: edits to an agency's files by someone its `pemilik` does not list. Agencies submit
 * through forks (open authoring) without write access, so CODEOWNERS can only require the
 * coordinators' review; this check ties each agency folder to the accounts that speak for it.
 * Owners are read from the base branch, so a PR cannot make its author an owner.
 */
import type { FileChange } from '../../../src/repository/git-fs.ts';

/** Who may edit what, as the base branch says. */
export interface Owners {
	/** `pemilik` of `content/pemda.yml`: coordinators, who may edit anything. */
	coordinators: readonly string[];
	/** `pemilik` of each `content/skpd/<id>.yml`. */
	agencies: ReadonlyMap<string, readonly string[]>;
}

/** The PR's author and, when the workflow could look them up, the teams they belong to. */
export interface Author {
	/** Account name without `@`. */
	login: string;
	/** `org/team` slugs the author is known to belong to. */
	teams?: readonly string[];
}

/** Owner id of the coordinators' verification files (never an agency id: `_` is not allowed in one). */
const VERIFICATION = '_verifikasi';
/** Owner id of the official record (`content/arsip/`), coordinators only. */
const ARCHIVE = '_arsip';

/** The agency a changed path belongs to, or `pemda` for the region's own files. */
function ownerOf(path: string): string | undefined {
	if (path === 'content/pemda.yml' || path.startsWith('public/bukti/pemda/')) return 'pemda';
	if (path.startsWith('content/verifikasi/')) return VERIFICATION;
	if (path.startsWith('content/arsip/')) return ARCHIVE;
	return (
		/^(?:content\/inovasi|public\/bukti)\/([^/]+)\//.exec(path)?.[1] ??
		/^content\/skpd\/([^/]+)\.yml$/.exec(path)?.[1]
	);
}

/** Whether `author` is listed in `owners` (personally, or through a team the workflow could check). */
export function includesAuthor(owners: readonly string[], author: Author): boolean {
	const names = owners.map((owner) => owner.slice(1).toLowerCase());
	return (
		names.includes(author.login.toLowerCase()) ||
		(author.teams ?? []).some((team) => names.includes(team.toLowerCase()))
	);
}

/** Reasons for coordinator attention: each agency edited by an author it does not list. */
export function getOwnershipReasons(
	changes: readonly FileChange[],
	owners: Owners,
	author: Author
): string[] {
	if (includesAuthor(owners.coordinators, author)) return [];
	const touched = [
		...new Set(
			changes
				.flatMap((change) => [change.path, change.from])
				.filter((p): p is string => p !== undefined)
				.map(ownerOf)
				.filter((id): id is string => id !== undefined)
		),
	].sort();
	const reasons: string[] = [];
	for (const id of touched) {
		const coordinatorsOnly = id === 'pemda' || id === VERIFICATION || id === ARCHIVE;
		const listed = coordinatorsOnly ? owners.coordinators : (owners.agencies.get(id) ?? []);
		if (includesAuthor(listed, author)) continue;
		const who = `pengaju \`@${author.login}\``;
		if (id === VERIFICATION)
			reasons.push(
				`${who} bukan koordinator (\`pemilik\` di content/pemda.yml) tetapi mengubah berkas verifikasi (content/verifikasi/); hanya koordinator yang memverifikasi`
			);
		else if (id === ARCHIVE)
			reasons.push(
				`${who} bukan koordinator (\`pemilik\` di content/pemda.yml) tetapi mengubah arsip resmi (content/arsip/); hanya koordinator yang mengubah catatan resmi`
			);
		else if (id === 'pemda')
			reasons.push(
				`${who} bukan koordinator (\`pemilik\` di content/pemda.yml) tetapi mengubah berkas pemda`
			);
		else if (listed.length === 0)
			reasons.push(
				`${who} mengubah SKPD \`${id}\`, yang belum mencantumkan \`pemilik\` di cabang utama`
			);
		else {
			const teams =
				listed.some((owner) => owner.includes('/')) && author.teams === undefined
					? '; keanggotaan tim tidak diperiksa otomatis — pastikan sendiri, atau cantumkan akun pribadinya'
					: '';
			reasons.push(
				`${who} tidak tercantum sebagai \`pemilik\` SKPD \`${id}\` (${listed.map((owner) => `\`${owner}\``).join(', ')})${teams}`
			);
		}
	}
	return reasons;
}
