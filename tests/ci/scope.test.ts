import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { createTempGitRepo } from '../helpers/temp-git.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempGitRepo> | undefined;
afterEach(() => repo?.cleanup());

const scope = (root: string) =>
	spawnSync('bash', [join(REPO_ROOT, 'scripts/ci/scope.sh'), 'main'], {
		cwd: root,
		encoding: 'utf8',
	}).stdout.trim();

test.each([
	[['content/inovasi/dinkes/contoh.md', 'public/bukti/dinkes/contoh/baru.pdf'], 'isi'],
	[['content/verifikasi/dinkes/contoh.yml'], 'isi'],
	[['content/inovasi/dinkes/contoh.md', 'src/lib/x.ts'], 'kode'],
	[['public/index.html'], 'kode'],
	[['package.json'], 'kode'],
])('a pull request changing %j gets the %s gates', (files, expected) => {
	repo = createTempGitRepo();
	repo.git('checkout', '-q', '-b', 'usulan');
	for (const file of files) repo.write(file, `isi ${file}\n`);
	repo.git('add', '-A');
	repo.git('commit', '-q', '-m', 'usulan');
	expect(scope(repo.root)).toBe(expected);
});

test('no change at all runs the full gates', () => {
	repo = createTempGitRepo();
	expect(scope(repo.root)).toBe('kode');
});
