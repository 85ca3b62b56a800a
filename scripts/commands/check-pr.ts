/** The `check-pr` command (entry point: `scripts/check-pr.ts`, which documents its usage). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
	getAttentionReasons,
	listChangedOutsideInnovations,
} from '../lib/checks/coordinator-attention.ts';
import { getOwnershipReasons, type Author } from '../lib/checks/ownership.ts';
import { getMergeBase, listChanges, readAt, resolveRef } from '../../src/repository/git-fs.ts';
import { readSource } from '../../src/repository/source-file-fs.ts';
import { readChangedWithErrors } from '../lib/checks/readable-claims.ts';
import { compareFindings } from '../../src/lib/validation/finding.ts';
import { reviewClaims } from '../lib/checks/claim-changes.ts';
import {
	checkVerificationChanges,
	describeVerificationMoves,
} from '../lib/checks/verification-changes.ts';
import { getVerificationPath } from '../../src/repository/paths.ts';
import { SCORING_PROFILE_KEYS } from '../../src/schemas/vocabulary.ts';
import { REVIEWED_DIRS, writeTreeAt } from '../../src/repository/git-tree-fs.ts';
import { formatAnnotations, runCli } from '../lib/output.ts';
import { parseCliArgs } from '../lib/args.ts';
import { UsageError } from '../../src/lib/errors.ts';
import {
	changesContext,
	getAffectedIds,
	loadRepositoryAt,
	rebuildBaseInnovations,
	rebuildBaseVerification,
	createGitEvidenceLookup,
} from '../lib/pr-state.ts';
import {
	createEvidenceLookup,
	loadRepository,
	type Repository,
} from '../../src/repository/load-repository-fs.ts';
import { type InnovationEntry } from '../../src/lib/content/innovation-entry.ts';
import { getToday } from '../../src/repository/today.ts';
import { readScoringCache } from '../../src/repository/scoring-cache-fs.ts';
import {
	countFindings,
	formatPrReport,
	toCommitStatus,
	type InnovationChange,
	type InnovationState,
	type PrReport,
} from '../../src/lib/report/pr-report.ts';
import type { ScoreReport } from '../../src/lib/scoring/score-region.ts';
import type { RuleSet } from '../../src/schemas/rule-set.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';

const HELP = `Pemakaian: npm run check:pr -- --base <ref> [--head <ref>] [--penulis AKUN[,AKUN…]] [--markdown BERKAS] [--status BERKAS] [--github]
  --base         cabang tujuan, mis. origin/main
  --head         revisi usulan, dibaca dari objek git sebagai data (bawaan: salinan kerja)
  --penulis      akun yang mendorong ke pull request (tanpa @, dipisah koma): ditandai bila bukan pemilik SKPD yang diubahnya
  --tim-penulis  tim pengaju, mis. org/dinkes,org/bappeda (bila alur kerja dapat memeriksanya)
  --markdown     tulis laporan ke BERKAS (untuk komentar pull request)
  --status       tulis status commit ke BERKAS sebagai JSON: { state, description }
  --github       juga cetak anotasi ::error untuk GitHub Actions`;

/**
 * Everyone who pushed to the PR, from `--penulis` (comma-separated: the opener and the sender of
 * each push event, which GitHub authenticates; a commit's author name is not an identity), checked
 * as GitHub spells accounts. `--tim-penulis` gives one author's teams.
 */
function readAuthors(values: { penulis?: string; 'tim-penulis'?: string }): Author[] {
	const logins = [
		...new Set(
			(values.penulis ?? '')
				.split(',')
				.map((login) => login.trim().replace(/^@/, ''))
				.filter(Boolean)
		),
	];
	for (const login of logins)
		// GitHub logins are letters, digits and `-`; GitLab usernames may also hold `.` and `_`.
		if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,254}(?:\[bot\])?$/.test(login))
			throw new UsageError(`--penulis \`${login}\` bukan nama akun yang sah`);
	const teams = values['tim-penulis']
		?.split(',')
		.map((team) => team.trim().replace(/^@/, ''))
		.filter(Boolean);
	return logins.map((login) => ({ login, ...(teams && logins.length === 1 ? { teams } : {}) }));
}

function score(repo: Repository, innovations: readonly InnovationEntry[]): ScoreReport {
	return scoreRepository(repo, innovations);
}

function stateOf(report: ScoreReport, id: string): InnovationState | undefined {
	const scored = report.inovasi.find((innovation) => innovation.id === id);
	return (
		scored && {
			kematangan: scored.kematangan,
			dinilai: scored.kelayakan.dinilai,
			alasan: scored.kelayakan.alasan,
			wajib_kurang: scored.wajib_kurang,
		}
	);
}

await runCli(() => {
	const text = { type: 'string' } as const;
	const { values, wantsHelp } = parseCliArgs(
		{
			base: text,
			head: text,
			penulis: text,
			'tim-penulis': text,
			markdown: text,
			status: text,
			github: { type: 'boolean' },
		},
		HELP
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const baseRef = values.base;
	if (!baseRef) throw new UsageError(`opsi --base wajib, mis. --base origin/main\n${HELP}`);
	const authors = readAuthors(values);
	const root = process.cwd();
	const today = getToday();
	const headRef = values.head;
	const headCommit = resolveRef(root, headRef ?? 'HEAD');
	const mergeBase = getMergeBase(root, resolveRef(root, baseRef), headCommit);

	// 1. What changed.
	const changes = listChanges(root, mergeBase, headCommit);
	const affected = getAffectedIds(changes);
	const innovationFiles = new Set([...affected].map((id) => `content/inovasi/${id}.md`));

	// 2. Head: the working tree by default, else --head's files written from git objects (as data).
	let head: Repository;
	// Unchanged innovations are on main already and are only read for scoring; changed ones are
	// validated in full, in the context of the whole repository. check:content, earlier in the same
	// CI job, leaves the scoring fields of every file it validated (keyed by path and bytes).
	const performance = {
		parallel: true,
		scoringCache: (rules: RuleSet) => readScoringCache(root, rules, today),
	};
	if (headRef === undefined)
		head = loadRepository(root, { today, changed: innovationFiles, keep: 'scores', performance });
	else {
		const dir = mkdtempSync(join(tmpdir(), 'katalog-head-'));
		try {
			writeTreeAt(root, headCommit, REVIEWED_DIRS, dir);
			// Entries written from the base checkout serve the files the PR did not touch (the trusted
			// job runs check:content on the base first).
			head = loadRepository(dir, { today, changed: innovationFiles, keep: 'scores', performance });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	const changedPaths = new Set(changes.map((change) => change.path));
	const findingsOf = (id: string) =>
		head.findings.filter((finding) => finding.file === `content/inovasi/${id}.md`);

	// 3. Base and both scores.
	// When pemda.yml or the agency list changed, base is scored as a whole repository of its own
	// (its SPD answers and agencies); otherwise from head's context with base's innovations.
	const baseRepo = changesContext(changes) ? loadRepositoryAt(root, mergeBase, today) : undefined;
	const beforeInnovations = baseRepo
		? baseRepo.innovations
		: rebuildBaseInnovations(root, mergeBase, head, changes, today);
	const before = baseRepo
		? score(baseRepo, beforeInnovations)
		: score(
				{
					...head,
					verification: rebuildBaseVerification(
						root,
						mergeBase,
						head,
						changes,
						beforeInnovations,
						today
					),
				},
				beforeInnovations
			);
	const headLookup =
		headRef === undefined ? createEvidenceLookup(root) : createGitEvidenceLookup(root, headCommit);
	const readHead = (file: string) =>
		headRef === undefined ? readSource(root, file, []) : readAt(root, headCommit, file);
	// A changed file with errors is not published, but it is not a deletion either: its claims are
	// compared as far as they can be read (the scoring fields), or, when not even those can be read,
	// the base version stands in and the report says so.
	const recovered = readChangedWithErrors(affected, head, beforeInnovations, readHead);
	const afterInnovations = [...head.innovations, ...recovered.entries];
	const after = score(head, afterInnovations);
	const claimSides = {
		before: beforeInnovations,
		head: { ...head, innovations: afterInnovations },
		after,
	};

	// A renamed innovation is one row, under its new name ("dipindah (dari …)"): its old name is not
	// a deletion, and its claims are compared with the file it was renamed from.
	const renamedAway = new Set(
		changes.flatMap((change) =>
			change.status === 'dipindah' &&
			change.from?.startsWith('content/inovasi/') &&
			change.path.startsWith('content/inovasi/')
				? [change.from.slice('content/inovasi/'.length, -'.md'.length)]
				: []
		)
	);
	const innovationChanges: InnovationChange[] = [...affected]
		.filter((id) => !renamedAway.has(id))
		.sort()
		.map((id) => {
			const file = changes.find((change) => change.path === `content/inovasi/${id}.md`);
			const renamedAway = changes.some(
				(change) => change.status === 'dipindah' && change.from === `content/inovasi/${id}.md`
			);
			const status = file?.status ?? (renamedAway ? 'dihapus' : 'bukti');
			const fromId =
				file?.status === 'dipindah' && file.from
					? file.from.slice('content/inovasi/'.length, -'.md'.length)
					: id;
			const beforeState = stateOf(before, fromId);
			const afterState = stateOf(after, id);
			const claims = reviewClaims(id, claimSides, changes, readHead, headLookup);
			return {
				id,
				status,
				...(file?.from ? { from: file.from } : {}),
				...(beforeState ? { before: beforeState } : {}),
				...(afterState ? { after: afterState } : {}),
				klaim: claims.klaim,
				...(recovered.unreadable.has(id) ? { klaim_tak_terbaca: true } : {}),
				findings:
					status === 'dihapus' ? [] : [...findingsOf(id), ...claims.findings].sort(compareFindings),
			};
		});
	const profileOf = (entries: readonly InnovationEntry[], id: string) => {
		const data = entries.find((entry) => entry.id === id)?.data as
			Record<string, unknown> | undefined;
		return JSON.stringify(SCORING_PROFILE_KEYS.map((key) => data?.[key] ?? null));
	};
	const verificationFindings = checkVerificationChanges({
		changes,
		authors,
		coordinators: (baseRepo ?? head).pemda?.pemilik ?? [],
		isClaimChanged: (id) => {
			const change = innovationChanges.find((item) => item.id === id);
			if (!change) return false;
			const fromId = change.from?.replace(/^content\/inovasi\/|\.md$/g, '') ?? id;
			return (
				(change.klaim?.length ?? 0) > 0 ||
				profileOf(beforeInnovations, fromId) !== profileOf(head.innovations, id)
			);
		},
	});
	const otherFindings = [
		...head.findings.filter(
			(finding) => changedPaths.has(finding.file) && !innovationFiles.has(finding.file)
		),
		...verificationFindings,
	].sort(compareFindings);

	// 4. Attention: sensitive paths, and (with --penulis) agencies edited by someone they do not list,
	// as the base branch lists them.
	const owners = baseRepo ?? head;
	const ownership = [
		...new Set(
			authors.flatMap((author) =>
				getOwnershipReasons(
					changes,
					{
						coordinators: owners.pemda?.pemilik ?? [],
						agencies: new Map([...owners.agencies].map(([id, agency]) => [id, agency.pemilik])),
					},
					author
				)
			)
		),
	];
	const report: PrReport = {
		changes: innovationChanges,
		otherFindings,
		attention: [
			...getAttentionReasons(changes),
			...ownership,
			...describeVerificationMoves(
				changes,
				(id) => readHead(getVerificationPath(id)) !== undefined
			),
		],
		attentionFiles: listChangedOutsideInnovations(changes),
		region: { before: before.pemda, after: after.pemda },
		verified: { before: before.terverifikasi.pemda, after: after.terverifikasi.pemda },
	};

	// 5. Output.
	const markdown = formatPrReport(report);
	const github = values.github === true;
	// In a GitHub Actions log every line is parsed for commands: the report is printed with commands
	// switched off (GitHub's stop-commands), whatever its lines hold.
	const token = randomUUID();
	process.stdout.write(github ? `::stop-commands::${token}\n${markdown}::${token}::\n` : markdown);
	const markdownFile = values.markdown;
	if (markdownFile) writeFileSync(markdownFile, markdown);
	const statusFile = values.status;
	if (statusFile) writeFileSync(statusFile, `${JSON.stringify(toCommitStatus(report))}\n`);
	if (github)
		for (const line of formatAnnotations([
			...innovationChanges.flatMap((change) => change.findings),
			...otherFindings,
		]))
			console.log(line);
	return countFindings(report).errors > 0 ? 1 : 0;
});
