/** The `check-content` command (entry point: `scripts/check-content.ts`, which documents its usage). */
import { existsSync } from 'node:fs';
import { loadRepository, toRepoPath } from '../../src/repository/load-repository-fs.ts';
import {
	formatAnnotations,
	formatFindings,
	formatSummary,
	hasErrors,
	runCli,
	toJsonFindings,
} from '../lib/output.ts';
import { parseCliArgs } from '../lib/args.ts';
import { getToday } from '../../src/repository/today.ts';
import { writeScoringCache } from '../../src/repository/scoring-cache-fs.ts';
import type { ScoringData } from '../../src/schemas/innovation.ts';
import { listStaged, readAt } from '../../src/repository/git-fs.ts';
import type { Finding } from '../../src/lib/validation/finding.ts';

const HELP = `Pemakaian: npm run check:content -- [--json] [--github] [--staged] [berkas…]
  tanpa berkas   memeriksa seluruh isi content/ dan public/ (bukti)
  berkas…        memeriksa berkas tersebut (content/… atau public/…) dalam konteks seluruh repositori
  --staged       memeriksa versi berkas content/ yang di-stage (dipakai hook pre-commit)
  --json         keluaran JSON: [{ file, line, column, severity, key, message }]
  --github       juga mencetak anotasi ::error untuk GitHub Actions`;

/** Sorts CLI paths into content files to check and findings for the rest. */
function resolvePaths(root: string, args: string[]): { only: string[]; findings: Finding[] } {
	const only: string[] = [];
	const findings: Finding[] = [];
	for (const arg of args) {
		const file = toRepoPath(root, arg);
		const shown = file ?? arg;
		const note = (message: string, severity: Finding['severity']) =>
			findings.push({ file: shown, line: 1, column: 1, severity, key: '', message });
		if (!file) note('berkas berada di luar repositori', 'galat');
		else if (!existsSync(arg)) note('berkas tidak ditemukan', 'galat');
		else if (
			!(file.startsWith('content/') || file.startsWith('public/')) ||
			file === 'content/README.md'
		)
			note('bukan berkas konten atau bukti; dilewati', 'peringatan');
		else only.push(file);
	}
	return { only, findings };
}

await runCli(() => {
	const { values, positionals, wantsHelp } = parseCliArgs(
		{ json: { type: 'boolean' }, github: { type: 'boolean' }, staged: { type: 'boolean' } },
		HELP,
		{ positionals: true }
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const { json = false, github = false, staged = false } = values;
	const root = process.cwd();
	// The hook only checks content files; guides such as content/README.md are not content.
	const paths = staged
		? listStaged(root).filter((file) =>
				file.endsWith('.md') ? file.startsWith('content/inovasi/') : /\.(yml|json)$/.test(file)
			)
		: positionals;
	if (staged && paths.length === 0) return 0;
	const selection = paths.length > 0 ? resolvePaths(root, paths) : undefined;
	// With --staged, the index version of every staged content file is what gets committed.
	const override = staged
		? (file: string) => (paths.includes(file) ? readAt(root, '', file) : undefined)
		: undefined;
	// A full run of the working tree also leaves the scoring fields by content for check:pr.
	const full = !selection && !override;
	const today = getToday();
	const repo = loadRepository(root, {
		today,
		keep: 'scores',
		performance: { parallel: true, cacheKeys: full },
		...(selection ? { only: selection.only } : {}),
		...(override ? { override } : {}),
	});
	if (full && repo.sourceKeys) {
		const valid = new Map(repo.innovations.map((entry) => [entry.file, entry]));
		writeScoringCache(
			root,
			repo.rules,
			today,
			new Map(
				[...repo.sourceKeys].map(([file, key]) => [
					key,
					valid.has(file) ? (valid.get(file)!.data as ScoringData) : null,
				])
			)
		);
	}
	const findings = [...(selection?.findings ?? []), ...repo.findings];
	if (json) {
		console.log(JSON.stringify(toJsonFindings(findings), null, 2));
	} else {
		// One write instead of one per line: 10,000 files can carry thousands of warnings.
		const lines = formatFindings(findings);
		if (github) lines.push(...formatAnnotations(findings));
		lines.push(formatSummary(findings, repo.checkedFiles.length));
		process.stdout.write(`${lines.join('\n')}\n`);
	}
	return hasErrors(findings) ? 1 : 0;
});
