/** The `check-pr` command (entry point: `scripts/check-pr.ts`, which documents its usage). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getAttentionReasons } from '../lib/checks/coordinator-attention.ts';
import { getMergeBase, listChanges, resolveRef } from '../lib/git.ts';
import { REVIEWED_DIRS, writeTreeAt } from '../lib/git-tree.ts';
import { formatAnnotation, runCli } from '../lib/output.ts';
import { changesContext, getAffectedIds, loadRepositoryAt, rebuildBaseInnovations } from '../lib/pr-state.ts';
import { loadRepository, type InnovationEntry, type Repository } from '../lib/repository-fs.ts';
import { getToday } from '../lib/today.ts';
import { readScoringCache } from '../lib/scoring-cache.ts';
import { countFindings, formatPrReport, type InnovationChange, type InnovationState, type PrReport } from '../../src/lib/report/pr-report.ts';
import type { ScoreReport } from '../../src/lib/scoring/region.ts';
import { scoreContent } from '../../src/lib/scoring/score-content.ts';

const HELP = `Pemakaian: npm run check:pr -- --base <ref> [--head <ref>] [--markdown BERKAS] [--github]
  --base      cabang tujuan, mis. origin/main
  --head      revisi usulan (bawaan: HEAD salinan kerja)
  --markdown  tulis laporan ke BERKAS (untuk komentar pull request)
  --github    juga cetak anotasi ::error untuk GitHub Actions`;

function readOption(args: string[], name: string): string | undefined {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
}

function score(repo: Repository, innovations: readonly InnovationEntry[]): ScoreReport {
	return scoreContent({ rules: repo.rules, spd: repo.pemda?.spd ?? {}, agencyIds: repo.agencyIds, innovations });
}

function stateOf(report: ScoreReport, id: string): InnovationState | undefined {
	const scored = report.inovasi.find((innovation) => innovation.id === id);
	return scored && { kematangan: scored.kematangan, dinilai: scored.eligibility.dinilai, alasan: scored.eligibility.alasan, wajib_kurang: scored.maturity.wajib_kurang };
}

await runCli(() => {
	const args = process.argv.slice(2);
	const baseRef = readOption(args, '--base');
	if (args.includes('--help') || args.includes('--bantuan') || !baseRef) {
		console.log(HELP);
		return baseRef ? 0 : 2;
	}
	const root = process.cwd();
	const today = getToday();
	const headRef = readOption(args, '--head');
	const headCommit = resolveRef(root, headRef ?? 'HEAD');
	const mergeBase = getMergeBase(root, resolveRef(root, baseRef), headCommit);

	// 1. What changed.
	const changes = listChanges(root, mergeBase, headCommit);
	const affected = getAffectedIds(changes);
	const innovationFiles = new Set([...affected].map((id) => `content/inovasi/${id}.md`));

	// 2. Head: the working tree by default, else --head's files written from git objects (as data).
	let head: Repository;
	// Unchanged innovations are on main already and are only read for scoring; changed ones are
	// validated in full, in the context of the whole repository.
	const scoreOnly = (file: string) => !innovationFiles.has(file);
	// check:content, earlier in the same CI job, leaves the scoring fields of every file it validated.
	if (headRef === undefined) head = loadRepository(root, { today, parallel: true, scoreOnly, scoringEntries: true, scoringCache: (rules) => readScoringCache(root, rules, today) });
	else {
		const dir = mkdtempSync(join(tmpdir(), 'katalog-head-'));
		try {
			writeTreeAt(root, headCommit, REVIEWED_DIRS, dir);
			head = loadRepository(dir, { today, parallel: true, scoreOnly });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const changedPaths = new Set(changes.map((change) => change.path));
	const findingsOf = (id: string) => head.findings.filter((finding) => finding.file === `content/inovasi/${id}.md`);

	// 3. Base and both scores.
	// When pemda.yml or the agency list changed, base is scored as a whole repository of its own
	// (its SPD answers and agencies); otherwise from head's context with base's innovations.
	const baseRepo = changesContext(changes) ? loadRepositoryAt(root, mergeBase, today) : undefined;
	const before = baseRepo ? score(baseRepo, baseRepo.innovations) : score(head, rebuildBaseInnovations(root, mergeBase, head, changes, today));
	const after = score(head, head.innovations);

	const innovationChanges: InnovationChange[] = [...affected].sort().map((id) => {
		const file = changes.find((change) => change.path === `content/inovasi/${id}.md`);
		const renamedAway = changes.some((change) => change.status === 'dipindah' && change.from === `content/inovasi/${id}.md`);
		const status = file?.status ?? (renamedAway ? 'dihapus' : 'bukti');
		const beforeState = stateOf(before, id);
		const afterState = stateOf(after, id);
		return { id, status, ...(file?.from ? { from: file.from } : {}), ...(beforeState ? { before: beforeState } : {}), ...(afterState ? { after: afterState } : {}), findings: status === 'dihapus' ? [] : findingsOf(id) };
	});
	const otherFindings = head.findings.filter((finding) => changedPaths.has(finding.file) && !innovationFiles.has(finding.file));

	// 4–5. Attention and output.
	const report: PrReport = { changes: innovationChanges, otherFindings, attention: getAttentionReasons(changes), region: { before: before.pemda, after: after.pemda } };
	const markdown = formatPrReport(report);
	process.stdout.write(markdown);
	const markdownFile = readOption(args, '--markdown');
	if (markdownFile) writeFileSync(markdownFile, markdown);
	if (args.includes('--github')) {
		for (const finding of [...innovationChanges.flatMap((change) => change.findings), ...otherFindings]) console.log(formatAnnotation(finding));
	}
	return countFindings(report).errors > 0 ? 1 : 0;
});
