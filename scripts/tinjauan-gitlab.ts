/**
 * `npm run tinjauan:gitlab`: the trusted review for regions on self-hosted GitLab, the same shape as
 * GitHub's tinjauan.yml. A merge request pipeline runs the MR's own `.gitlab-ci.yml`, so it cannot
 * be the gate; this command runs in a *scheduled* pipeline of the default branch (its code, its
 * protected token) and, for every open MR whose head commit has no "Tinjauan tepercaya" status yet,
 * fetches that commit as git objects, runs this checkout's check:pr on it, posts one sticky note
 * (found by marker and by the token's own user) and sets the commit status.
 *
 * Environment: CI_API_V4_URL, CI_PROJECT_ID, CI_DEFAULT_BRANCH (GitLab sets them), KATALOG_GITLAB_TOKEN
 * (a project access token with `api` scope, stored as a protected, masked variable), CI_JOB_URL.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './lib/output.ts';
import { UsageError } from '../src/lib/errors.ts';
import { toCodeSpan } from '../src/lib/markdown/escape-markdown.ts';

const { CONTEXT, MARKER } = createRequire(import.meta.url)(
	'../.github/scripts/tulis-laporan.cjs'
) as { CONTEXT: string; MARKER: string };

interface MergeRequest {
	iid: number;
	sha: string;
	author: { username: string };
}

/** GitLab's state names for a check:pr status. */
const STATE = { success: 'success', failure: 'failed' } as const;

function requireEnv(name: string): string {
	const value = process.env[name];
	if (!value)
		throw new UsageError(
			`${name} belum diisi; jalankan perintah ini dalam pipeline terjadwal cabang utama (lihat SECURITY.md)`
		);
	return value;
}

/** A small client for the few endpoints used; errors name the endpoint, never the token. */
function createApi(base: string, token: string) {
	return async <T>(method: string, path: string, body?: Record<string, unknown>): Promise<T> => {
		const response = await fetch(`${base.replace(/\/$/, '')}${path}`, {
			method,
			headers: { 'private-token': token, ...(body ? { 'content-type': 'application/json' } : {}) },
			...(body ? { body: JSON.stringify(body) } : {}),
		});
		if (response.status === 401 || response.status === 403)
			throw new UsageError(
				`KATALOG_GITLAB_TOKEN ditolak untuk ${method} ${path} (${response.status}); pakai token akses proyek dengan cakupan api`
			);
		if (!response.ok) throw new Error(`GitLab menjawab ${response.status} untuk ${method} ${path}`);
		return (await response.json()) as T;
	};
}

function git(args: string[]) {
	return spawnSync('git', args, { encoding: 'utf8' });
}

/** Runs this checkout's check:pr on the MR's head commit; the report and status it produced. */
function reviewCommit(
	mr: MergeRequest,
	base: string
): { report: string; state: 'success' | 'failed'; description: string } {
	const dir = mkdtempSync(join(tmpdir(), 'katalog-tinjauan-'));
	try {
		const result = spawnSync(
			process.execPath,
			[
				'--max-semi-space-size=32',
				join(import.meta.dirname, 'check-pr.ts'),
				'--base',
				base,
				'--head',
				mr.sha,
				'--penulis',
				mr.author.username,
				'--markdown',
				join(dir, 'laporan.md'),
				'--status',
				join(dir, 'status.json'),
			],
			{ encoding: 'utf8' }
		);
		if (result.status !== 0 && result.status !== 1) {
			const description = 'Pemeriksaan tepercaya tidak selesai; lihat log pipeline.';
			return {
				report: `## Pemeriksaan usulan inovasi\n\n${description}\n`,
				state: 'failed',
				description,
			};
		}
		const status = JSON.parse(readFileSync(join(dir, 'status.json'), 'utf8')) as {
			state: 'success' | 'failure';
			description: string;
		};
		return {
			report: readFileSync(join(dir, 'laporan.md'), 'utf8'),
			state: STATE[status.state],
			description: status.description,
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

await runCli(async () => {
	const api = createApi(requireEnv('CI_API_V4_URL'), requireEnv('KATALOG_GITLAB_TOKEN'));
	const project = encodeURIComponent(requireEnv('CI_PROJECT_ID'));
	const branch = process.env.CI_DEFAULT_BRANCH || 'main';
	const me = await api<{ id: number }>('GET', '/user');
	const open = await api<MergeRequest[]>(
		'GET',
		`/projects/${project}/merge_requests?state=opened&target_branch=${encodeURIComponent(branch)}&per_page=100`
	);
	let reviewed = 0;
	for (const mr of open) {
		if (!/^[0-9a-f]{40}$/.test(mr.sha)) continue;
		const statuses = await api<{ name: string; author?: { id: number; username: string } }[]>(
			'GET',
			`/projects/${project}/repository/commits/${mr.sha}/statuses?name=${encodeURIComponent(CONTEXT)}`
		);
		// Only a status this review's own token wrote counts: anyone with access (or the MR's own
		// pipeline) can post one with the same name.
		const named = statuses.filter((status) => status.name === CONTEXT);
		if (named.some((status) => status.author?.id === me.id)) continue;
		const forged = [
			...new Set(
				named.map((status) => status.author?.username).filter((name): name is string => !!name)
			),
		];
		// The MR's head as git objects (forks included: the target project keeps refs/merge-requests).
		git([
			'fetch',
			'--no-tags',
			'origin',
			`+refs/merge-requests/${mr.iid}/head:refs/katalog/mr-${mr.iid}`,
		]);
		if (git(['rev-parse', `refs/katalog/mr-${mr.iid}`]).stdout.trim() !== mr.sha) {
			console.log(`!${mr.iid}: kepala MR sudah berubah; ditinjau pada jadwal berikutnya.`);
			continue;
		}
		const review = reviewCommit(mr, `origin/${branch}`);
		const warning = forged.length
			? `\n⚠️ Status **${CONTEXT}** lain pada commit ini ditulis oleh ${forged.map((name) => toCodeSpan(`@\u2060${name}`)).join(', ')}, bukan oleh tinjauan ini: abaikan status itu.\n`
			: '';
		const body = `${MARKER}\n${review.report}${warning}`;
		const notes = await api<{ id: number; body: string; author: { id: number } }[]>(
			'GET',
			`/projects/${project}/merge_requests/${mr.iid}/notes?per_page=100&sort=asc`
		);
		const previous = notes.find((note) => note.author.id === me.id && note.body.startsWith(MARKER));
		if (previous)
			await api('PUT', `/projects/${project}/merge_requests/${mr.iid}/notes/${previous.id}`, {
				body,
			});
		else await api('POST', `/projects/${project}/merge_requests/${mr.iid}/notes`, { body });
		await api('POST', `/projects/${project}/statuses/${mr.sha}`, {
			state: review.state,
			name: CONTEXT,
			description: review.description,
			...(process.env.CI_JOB_URL ? { target_url: process.env.CI_JOB_URL } : {}),
		});
		console.log(`!${mr.iid}: ${review.state} — ${review.description}`);
		reviewed += 1;
	}
	console.log(`${reviewed} merge request ditinjau.`);
	return 0;
});
