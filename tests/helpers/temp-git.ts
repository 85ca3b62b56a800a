import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { createTempRepo, REPO_ROOT } from './temp-repo.ts';

/** A fixed author and no hooks, for commits made by tests. */
export const GIT_TEST_ENV = {
	GIT_AUTHOR_NAME: 'Uji',
	GIT_AUTHOR_EMAIL: 'uji@example.go.id',
	GIT_COMMITTER_NAME: 'Uji',
	GIT_COMMITTER_EMAIL: 'uji@example.go.id',
	HUSKY: '',
};

/** A temporary repository (see createTempRepo) under git, with `main` committed. */
export function createTempGitRepo() {
	const repo = createTempRepo();
	const git = (...args: string[]) => {
		const result = spawnSync('git', args, {
			cwd: repo.root,
			encoding: 'utf8',
			env: { ...process.env, ...GIT_TEST_ENV },
		});
		if (result.status !== 0 && args[0] !== 'commit')
			throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
		return result;
	};
	git('init', '-q', '-b', 'main');
	git('config', 'commit.gpgsign', 'false');
	git('add', '-A');
	git('commit', '-q', '-m', 'awal');
	return { ...repo, git };
}

/** Makes the project's scripts, code and packages reachable from a temporary repository. */
export function linkProject(root: string): void {
	for (const entry of ['node_modules', 'scripts', 'src'])
		symlinkSync(join(REPO_ROOT, entry), join(root, entry), 'dir');
}
