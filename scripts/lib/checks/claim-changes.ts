/**
 * PR check: the claim changes of each changed innovation (see `claim-diff.ts`), and a located
 * warning for every parameter raised without new evidence.
 */
import { diffClaims, type ClaimChange } from '../../../src/lib/report/claim-diff.ts';
import type { InnovationEntry } from '../../../src/lib/content/innovation-entry.ts';
import { ensureDocument, parseMarkdownSource } from '../../../src/lib/content/parse-source.ts';
import type { ScoreReport } from '../../../src/lib/scoring/score-region.ts';
import type { EvidenceLookup } from '../../../src/lib/validation/check-evidence.ts';
import { warning, type Finding } from '../../../src/lib/validation/finding.ts';
import { locateIssues } from '../../../src/lib/validation/locate.ts';
import type { FileChange } from '../../../src/repository/git-fs.ts';
import type { Repository } from '../../../src/repository/load-repository-fs.ts';
import { getInnovationPath, parseInnovationPath } from '../../../src/repository/paths.ts';

/** `content/inovasi/<skpd>/<slug>.md` → `<skpd>/<slug>`. */
const parseInnovationId = (file: string) => {
	const parts = parseInnovationPath(file);
	return parts ? `${parts.skpd}/${parts.slug}` : undefined;
};

export interface ClaimReview {
	klaim: ClaimChange[];
	/** Warnings located in the head file. */
	findings: Finding[];
}

/**
 * Claim changes of innovation `id` between base and head.
 * @param readHead the head bytes of a file (to place warnings at their line)
 */
export function reviewClaims(
	id: string,
	sides: { before: readonly InnovationEntry[]; head: Repository; after: ScoreReport },
	changes: readonly FileChange[],
	readHead: (file: string) => Uint8Array | undefined,
	lookup: EvidenceLookup
): ClaimReview {
	const { head, after } = sides;
	// A renamed innovation is compared with the file it was renamed from.
	const moved = changes.find(
		(change) => change.status === 'dipindah' && change.path === getInnovationPath(id)
	);
	const fromId = (moved?.from && parseInnovationId(moved.from)) || id;
	const beforeEntry = sides.before.find((entry) => entry.id === fromId);
	const afterEntry = head.innovations.find((entry) => entry.id === id);
	const replaced = new Set(
		changes
			.filter(
				(change) => change.status === 'diubah' && change.path.startsWith(`public/bukti/${id}/`)
			)
			.map((change) => change.path.slice('public'.length))
	);
	const record = head.verification.records.get(id);
	const recorded = Object.fromEntries(
		Object.entries(record?.indikator ?? {}).map(([key, answer]) => [key, answer?.status])
	);
	const klaim = diffClaims(
		beforeEntry?.data.indikator,
		afterEntry?.data.indikator,
		head.rules,
		replaced,
		after.inovasi.find((innovation) => innovation.id === id)?.verifikasi.baris,
		recorded
	).map((change) => ({
		...change,
		ukuran: Object.fromEntries(
			change.bukti[1].flatMap((ref) => {
				const size = ref.startsWith('/bukti/') ? lookup(ref)?.size : undefined;
				return size === undefined ? [] : [[ref, size]];
			})
		),
	}));
	const raised = klaim.filter((change) => change.naik_tanpa_bukti_baru);
	if (raised.length === 0 || !afterEntry) return { klaim, findings: [] };
	const file = getInnovationPath(id);
	const bytes = readHead(file);
	const parsed = bytes ? parseMarkdownSource(bytes) : undefined;
	if (parsed) ensureDocument(parsed);
	const issues = raised.map((change) =>
		warning(
			['indikator', change.kunci, 'parameter'],
			`parameter ${change.kunci} naik ${change.parameter[0]} → ${change.parameter[1]} dengan bukti yang sama; lampirkan bukti yang menunjukkan parameter ${change.parameter[1]}, karena verifikator menilai dari bukti`
		)
	);
	return {
		klaim,
		findings: parsed ? locateIssues(file, issues, parsed.doc, parsed.lineCounter) : [],
	};
}
