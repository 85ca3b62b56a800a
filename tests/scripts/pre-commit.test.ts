import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempGitRepo, linkProject } from '../helpers/temp-git.ts';
import { REPO_ROOT, minimalInnovation } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempGitRepo>;
beforeEach(() => {
	repo = createTempGitRepo();
	linkProject(repo.root);
	mkdirSync(join(repo.root, '.husky'));
	copyFileSync(join(REPO_ROOT, '.husky/pre-commit'), join(repo.root, '.husky/pre-commit'));
	chmodSync(join(repo.root, '.husky/pre-commit'), 0o755);
	repo.git('config', 'core.hooksPath', '.husky');
});
afterEach(() => repo.cleanup());

const broken = () => minimalInnovation().replace('jenis: digital', 'jenis: daring');

describe('pre-commit hook', () => {
	test('refuses a commit with a broken staged content file and says where', () => {
		repo.write('content/inovasi/dinkes/contoh.md', broken());
		repo.git('add', 'content/inovasi/dinkes/contoh.md');
		const result = repo.git('commit', '-m', 'rusak');
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toContain(
			'content/inovasi/dinkes/contoh.md:6:8: galat: jenis:'
		);
	});

	test('checks the staged version, not the working tree', () => {
		repo.write('content/inovasi/dinkes/contoh.md', broken());
		repo.git('add', 'content/inovasi/dinkes/contoh.md');
		repo.write('content/inovasi/dinkes/contoh.md', minimalInnovation());
		expect(repo.git('commit', '-m', 'rusak di index').status).not.toBe(0);
	});

	test('lets a valid change through, and ignores files outside content/', () => {
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('regulasi: { parameter: 2', 'regulasi: { parameter: 3')
		);
		repo.write('CATATAN.md', 'bukan isi');
		repo.git('add', 'content/inovasi/dinkes/contoh.md', 'CATATAN.md');
		expect(repo.git('commit', '-m', 'baik').status).toBe(0);
	});

	test('HUSKY=0 skips it', () => {
		repo.write('content/inovasi/dinkes/contoh.md', broken());
		repo.git('add', 'content/inovasi/dinkes/contoh.md');
		const result = spawnSync('git', ['commit', '-m', 'lewati'], {
			cwd: repo.root,
			encoding: 'utf8',
			env: {
				...process.env,
				HUSKY: '0',
				GIT_AUTHOR_NAME: 'U',
				GIT_AUTHOR_EMAIL: 'u@x',
				GIT_COMMITTER_NAME: 'U',
				GIT_COMMITTER_EMAIL: 'u@x',
			},
		});
		expect(result.status).toBe(0);
	});
});
