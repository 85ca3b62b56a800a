import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

interface Job {
	rules?: { if: string }[];
	script: string[];
}
const ci = parse(readFileSync(join(REPO_ROOT, '.gitlab-ci.yml'), 'utf8')) as Record<string, Job>;

test('the trusted review runs only in a schedule of the default branch, with its protected token', () => {
	expect(ci['tinjauan-tepercaya']!.rules).toEqual([
		{
			if: '$CI_PIPELINE_SOURCE == "schedule" && $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $KATALOG_GITLAB_TOKEN',
		},
	]);
	expect(ci['tinjauan-tepercaya']!.script).toContain('npm run --silent tinjauan:gitlab');
});

test('a fork MR is compared with the target project, not with its own branch', () => {
	const script = ci['periksa-usulan']!.script.join('\n');
	expect(script).toContain(
		'git fetch --no-tags "$CI_MERGE_REQUEST_PROJECT_URL.git" "$CI_MERGE_REQUEST_DIFF_BASE_SHA"'
	);
	expect(script).toContain('--base "$CI_MERGE_REQUEST_DIFF_BASE_SHA"');
	expect(script).not.toContain('origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME');
});

test.each([
	['https://pemkab.gitlab.io/katalog-inovasi', '/katalog-inovasi'],
	['https://katalog-inovasi-3f2a1b.gitlab.io', '/'],
])('Pages: BASE_PATH from CI_PAGES_URL %s is %s', (pagesUrl, basePath) => {
	const line = ci.pages!.script.find((command) => command.includes('BASE_PATH='))!;
	const command = /"\$\((node -e .*)\)"/.exec(line)![1]!;
	const result = spawnSync('bash', ['-c', command], {
		encoding: 'utf8',
		env: { ...process.env, CI_PAGES_URL: pagesUrl },
	});
	expect(result.stdout.trim()).toBe(basePath);
});

test(".ci/run, GitHub and GitLab run the one list of gates, which runs the README's npm test", () => {
	const gates = 'bash scripts/ci/gates.sh';
	expect(readFileSync(join(REPO_ROOT, '.ci/run'), 'utf8')).toContain(gates);
	expect(readFileSync(join(REPO_ROOT, '.github/workflows/pr.yml'), 'utf8')).toContain(gates);
	expect(ci['periksa-usulan']!.script).toContain(gates);
	const steps = readFileSync(join(REPO_ROOT, 'scripts/ci/gates.sh'), 'utf8');
	for (const command of [
		'format:check',
		'lint',
		'check:types',
		'check:content',
		'npm test',
		'test:e2e',
		'check:budget',
	])
		expect(steps).toContain(command);
});
