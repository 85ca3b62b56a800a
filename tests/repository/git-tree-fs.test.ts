import { spawnSync } from 'node:child_process';
import {
	lstatSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	readlinkSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { listTreeEntries, writeTreeAt } from '../../src/repository/git-tree-fs.ts';
import { createTempGitRepo, GIT_TEST_ENV } from '../helpers/temp-git.ts';

let repo: ReturnType<typeof createTempGitRepo>;
let target: string;
beforeEach(() => {
	repo = createTempGitRepo();
	target = mkdtempSync(join(tmpdir(), 'katalog-pohon-'));
});
afterEach(() => {
	repo.cleanup();
	rmSync(target, { recursive: true, force: true });
});

test('a commit is read from git objects: its .gitattributes, dotfiles, binaries and links change nothing', () => {
	// export-ignore would make `git archive` leave these out; export-subst and eol would rewrite bytes.
	repo.write(
		'.gitattributes',
		'content/** export-ignore\npublic/** export-ignore\n*.md export-subst eol=crlf\n'
	);
	repo.write('content/inovasi/dinkes/.tersembunyi.md', 'nama: $Format:%H$\n');
	const binary = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff, 0x0a, 0x0d, 0]);
	repo.write('public/bukti/dinkes/contoh/foto.png', binary);
	symlinkSync('/etc/passwd', join(repo.root, 'public/bukti/dinkes/contoh/sandi.pdf'));
	repo.git('add', '-A');
	repo.git('commit', '-q', '-m', 'pr');
	const entries = writeTreeAt(repo.root, 'HEAD', ['content', 'public'], target);
	expect(entries.map((e) => [e.path, e.kind])).toContainEqual([
		'public/bukti/dinkes/contoh/sandi.pdf',
		'link',
	]);
	expect(readFileSync(join(target, 'content/inovasi/dinkes/.tersembunyi.md'), 'utf8')).toBe(
		'nama: $Format:%H$\n'
	);
	expect(new Uint8Array(readFileSync(join(target, 'public/bukti/dinkes/contoh/foto.png')))).toEqual(
		binary
	);
	expect(readFileSync(join(target, 'content/inovasi/dinkes/contoh.md'))).toEqual(
		readFileSync(join(repo.root, 'content/inovasi/dinkes/contoh.md'))
	);
	// The link is written as a link (the checks refuse it) and never followed.
	expect(lstatSync(join(target, 'public/bukti/dinkes/contoh/sandi.pdf')).isSymbolicLink()).toBe(
		true
	);
	expect(readlinkSync(join(target, 'public/bukti/dinkes/contoh/sandi.pdf'))).toBe('/etc/passwd');
	// Only the asked folders.
	expect(() => lstatSync(join(target, '.gitattributes'))).toThrow();
});

test('every entry of the asked folders is listed with its size, sorted', () => {
	const entries = listTreeEntries(repo.root, 'HEAD', ['public']);
	expect(entries.map((e) => e.path)).toEqual([
		'public/bukti/dinkes/contoh/foto.png',
		'public/bukti/dinkes/contoh/sk.pdf',
		'public/bukti/pemda/rpjmd.pdf',
	]);
	expect(entries[1]).toMatchObject({ kind: 'file', size: 15 });
	expect(listTreeEntries(repo.root, 'HEAD', ['tidak-ada'])).toEqual([]);
});

/** A commit whose tree has `content/inovasi/dinkes` twice: a link to `outside` and a folder. */
function commitCraftedTree(outside: string): string {
	const hash = (text: string) =>
		spawnSync('git', ['hash-object', '-w', '--stdin'], { cwd: repo.root, input: text })
			.stdout.toString()
			.trim();
	const mktree = (lines: string[]) =>
		spawnSync('git', ['mktree'], { cwd: repo.root, input: `${lines.join('\n')}\n` })
			.stdout.toString()
			.trim();
	const file = hash('nama: tulis lewat tautan\n');
	const link = hash(outside);
	const folder = mktree([`100644 blob ${file}\tjahat.md`]);
	const dinkes = mktree([`120000 blob ${link}\tdinkes`, `040000 tree ${folder}\tdinkes`]);
	const content = mktree([`040000 tree ${dinkes}\tinovasi`]);
	const root = mktree([`040000 tree ${content}\tcontent`]);
	return spawnSync('git', ['commit-tree', root, '-m', 'jahat'], {
		cwd: repo.root,
		env: { ...process.env, ...GIT_TEST_ENV },
	})
		.stdout.toString()
		.trim();
}

test('a crafted tree (a link and a folder of one name) is refused and nothing is written through the link', () => {
	const outside = mkdtempSync(join(tmpdir(), 'katalog-luar-'));
	try {
		const commit = commitCraftedTree(outside);
		expect(commit).toMatch(/^[0-9a-f]{40}$/);
		expect(() => writeTreeAt(repo.root, commit, ['content'], target)).toThrow(
			'memuat jalur yang tidak aman: "content/inovasi/dinkes/jahat.md" berada di bawah tautan atau berkas "content/inovasi/dinkes"'
		);
		expect(readdirSync(outside)).toEqual([]);
	} finally {
		rmSync(outside, { recursive: true, force: true });
	}
});
