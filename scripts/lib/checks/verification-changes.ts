/**
 * PR check: who may change `content/verifikasi/`, and when. Verification is the coordinators'
 * record, so a change there from anyone else fails the review (not merely a flag), and a pull
 * request that changes a claim and its verification together is refused: the verification must
 * judge a claim already on the base branch. A rename that carries the record along changes no
 * claim and passes. Coordinators are read from the base branch.
 */
import { error, type Finding } from '../../../src/lib/validation/finding.ts';
import type { FileChange } from '../../../src/repository/git-fs.ts';
import {
	parseVerificationPath,
	PEMDA_FILE,
	REGION_VERIFICATION_FILE,
} from '../../../src/repository/paths.ts';
import { includesAuthor, type Author } from './ownership.ts';

export interface VerificationChangeContext {
	changes: readonly FileChange[];
	/** Everyone who pushed to the PR (none: a local run, which cannot judge who). */
	authors: readonly Author[];
	/** `pemilik` of the base branch's `content/pemda.yml`. */
	coordinators: readonly string[];
	/** Whether the PR changes the claim (answers, evidence, scored profile) of an innovation id. */
	isClaimChanged: (id: string) => boolean;
}

const at = (file: string, message: string): Finding => ({
	...error([], message),
	file,
	line: 1,
	column: 1,
	key: '',
});

/** Errors for the verification files this PR changes. */
export function checkVerificationChanges(context: VerificationChangeContext): Finding[] {
	const files = context.changes.filter((change) =>
		[change.path, change.from].some((path) => path?.startsWith('content/verifikasi/'))
	);
	const findings: Finding[] = [];
	const outsiders = context.authors.filter(
		(author) => !includesAuthor(context.coordinators, author)
	);
	const pemdaChanged = context.changes.some((change) => change.path === PEMDA_FILE);
	for (const change of files) {
		if (outsiders.length > 0)
			findings.push(
				at(
					change.path,
					`hanya koordinator (\`pemilik\` di content/pemda.yml cabang utama) yang boleh mengubah berkas verifikasi; ${outsiders.map((author) => `@${author.login}`).join(', ')} bukan koordinator (keanggotaan tim hanya diakui bila dapat diperiksa: cantumkan akun pribadi koordinator). Hapus berkas ini dari pull request`
				)
			);
		if (change.status === 'dihapus') continue;
		const id = parseVerificationPath(change.path);
		const claimChanged =
			change.path === REGION_VERIFICATION_FILE
				? pemdaChanged
				: id !== undefined && context.isClaimChanged(id);
		if (claimChanged)
			findings.push(
				at(
					change.path,
					`pull request ini mengubah klaim ${change.path === REGION_VERIFICATION_FILE ? PEMDA_FILE : `content/inovasi/${id}.md`} dan verifikasinya sekaligus; verifikasi menilai klaim yang sudah di cabang utama — ajukan verifikasinya dalam pull request tersendiri setelah klaimnya di-merge`
				)
			);
	}
	return findings;
}

/**
 * Attention lines for renamed innovations: the verification record carried along (which keeps
 * every unchanged claim verified), or left behind at the old name (then a coordinator carries it
 * with `npm run verifikasi -- pindah` after the merge, in a pull request of its own).
 * @param hasRecord whether the head holds a verification file at this innovation id
 */
export function describeVerificationMoves(
	changes: readonly FileChange[],
	hasRecord: (id: string) => boolean
): string[] {
	const idOf = (path: string | undefined, dir: string, ext: string) =>
		path?.startsWith(`${dir}/`) && path.endsWith(ext)
			? path.slice(dir.length + 1, -ext.length)
			: undefined;
	const lines: string[] = [];
	for (const change of changes) {
		if (change.status !== 'dipindah') continue;
		const from = idOf(change.from, 'content/inovasi', '.md');
		const to = idOf(change.path, 'content/inovasi', '.md');
		if (from && to && hasRecord(from))
			lines.push(
				`inovasi \`${from}\` diganti nama menjadi \`${to}\`, tetapi verifikasinya tertinggal di content/verifikasi/${from}.yml; setelah merge, koordinator menjalankan \`npm run verifikasi -- pindah ${from} ${to}\``
			);
		const movedFrom = idOf(change.from, 'content/verifikasi', '.yml');
		const movedTo = idOf(change.path, 'content/verifikasi', '.yml');
		if (movedFrom && movedTo)
			lines.push(
				`verifikasi \`${movedFrom}\` ikut dipindah ke \`${movedTo}\`: klaim yang tidak berubah tetap terverifikasi`
			);
	}
	return lines;
}
