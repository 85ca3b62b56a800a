/**
 * `npm run periksa:repo`: reads the repository's settings through GitHub's REST API and says, in
 * Indonesian, what the trust model still lacks (see SECURITY.md). The token comes from `GITHUB_TOKEN`
 * or `GH_TOKEN` (reading branch protection needs an administrator's token, e.g. a fine-grained
 * token with "Administration: read"); the repository from `--repo owner/name` or package.json
 * `katalog.cms.repo`; `GITHUB_API_URL` points elsewhere for GitHub Enterprise (and for the tests).
 * Exit 0 when every setting holds, 1 when some do not, 2 when they cannot be read.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assessRepoSettings, type RepoSettingsInput } from '../src/lib/report/repo-settings.ts';
import { assessRepoAccess, type RepoAccessInput } from '../src/lib/report/repo-access.ts';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { getToday } from '../src/repository/today.ts';
import { runCli } from './lib/output.ts';
import { parseCliArgs } from './lib/args.ts';
import { UsageError } from '../src/lib/errors.ts';

/** The trusted review's commit status, declared once by the script that sets it. */
const { CONTEXT } = createRequire(import.meta.url)('../.github/scripts/tulis-laporan.cjs') as {
	CONTEXT: string;
};

const HELP = `Pemakaian: GITHUB_TOKEN=… npm run periksa:repo [-- --repo pemilik/nama] [--cabang main]
  memeriksa perlindungan cabang, status wajib "${CONTEXT}", tinjauan CODEOWNERS, persetujuan yang
  gugur dan push terakhir, tanpa pengecualian, izin token alur kerja, siapa yang punya akses tulis,
  cabang yang boleh menerbitkan Pages, dan lingkungan koordinator, lewat API GitHub (token admin, mis. fine-grained "Administration: read")`;

/** A GET against the API: the parsed body, undefined on 404, a UsageError on 401/403. */
function createGet(token: string) {
	const base = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, '');
	return async <T>(path: string): Promise<T | undefined> => {
		const response = await fetch(`${base}${path}`, {
			headers: {
				authorization: `Bearer ${token}`,
				accept: 'application/vnd.github+json',
				'x-github-api-version': '2022-11-28',
				'user-agent': 'katalog-inovasi-periksa-repo',
			},
		});
		if (response.status === 404) return undefined;
		if (response.status === 401)
			throw new UsageError('token ditolak GitHub (401); periksa GITHUB_TOKEN');
		if (response.status === 403)
			throw new UsageError(
				`token tidak berhak membaca ${path} (403); pakai token admin repositori (fine-grained: "Administration: read")`
			);
		if (!response.ok) throw new Error(`GitHub menjawab ${response.status} untuk ${path}`);
		return (await response.json()) as T;
	};
}

await runCli(async () => {
	const { values, wantsHelp } = parseCliArgs(
		{ repo: { type: 'string' }, cabang: { type: 'string' } },
		HELP
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const token = process.env.GITHUB_TOKEN || process.env.GH_TOKEN;
	if (!token) throw new UsageError(`GITHUB_TOKEN belum diisi\n${HELP}`);
	const packageRepo = (
		JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
			katalog?: { cms?: { repo?: string } };
		}
	).katalog?.cms?.repo;
	const repo = values.repo ?? packageRepo;
	if (!repo || !/^[\w.-]+\/[\w.-]+$/.test(repo))
		throw new UsageError(`repositori tidak dikenal; tulis --repo pemilik/nama\n${HELP}`);
	const get = createGet(token);
	const info = await get<{ default_branch: string }>(`/repos/${repo}`);
	if (!info)
		throw new UsageError(`repositori ${repo} tidak ditemukan atau token tidak dapat melihatnya`);
	const branch = values.cabang ?? info.default_branch;
	const encoded = encodeURIComponent(branch);
	const rules =
		(await get<RepoSettingsInput['rules']>(`/repos/${repo}/rules/branches/${encoded}`)) ?? [];
	const rulesetIds = [
		...new Set(
			rules.map((rule) => rule.ruleset_id).filter((id): id is number => typeof id === 'number')
		),
	];
	const input: RepoSettingsInput = {
		branch,
		rules,
		rulesets: (
			await Promise.all(
				rulesetIds.map((id) =>
					get<NonNullable<RepoSettingsInput['rulesets']>[number]>(`/repos/${repo}/rulesets/${id}`)
				)
			)
		).filter((r) => r !== undefined),
	};
	const protection = await get<RepoSettingsInput['protection']>(
		`/repos/${repo}/branches/${encoded}/protection`
	);
	if (protection) input.protection = protection;
	const workflow = await get<RepoSettingsInput['workflow']>(
		`/repos/${repo}/actions/permissions/workflow`
	);
	if (workflow) input.workflow = workflow;
	const access: RepoAccessInput = {
		branch,
		owner: repo.split('/')[0]!,
		coordinators:
			loadRepository(process.cwd(), { today: getToday(), only: [] }).pemda?.pemilik ?? [],
		collaborators: await get(`/repos/${repo}/collaborators?affiliation=direct&per_page=100`),
		teams: await get(`/repos/${repo}/teams?per_page=100`),
		pagesEnvironment: await get(`/repos/${repo}/environments/github-pages`),
		pagesBranchPolicies: (
			await get<{ branch_policies?: RepoAccessInput['pagesBranchPolicies'] }>(
				`/repos/${repo}/environments/github-pages/deployment-branch-policies`
			)
		)?.branch_policies,
		coordinatorEnvironment: await get(`/repos/${repo}/environments/koordinator`),
	};
	const checks = [...assessRepoSettings(input, CONTEXT), ...assessRepoAccess(access)];
	console.log(`Pengaturan ${repo} (cabang ${branch}):`);
	for (const check of checks)
		console.log(check.ok ? `✔ ${check.label}` : `✖ ${check.label}\n    perbaiki: ${check.fix}`);
	const missing = checks.filter((check) => !check.ok).length;
	console.log(
		missing === 0
			? '✔ Semua pengaturan wajib terpasang.'
			: `✖ ${missing} pengaturan belum terpasang; merge belum dapat dipercaya sebagai persetujuan.`
	);
	return missing === 0 ? 0 : 1;
});
