/**
 * `npm run check:budget`, the documented command: a page type the build did not write fails the
 * gate (it used to score 0/0 and pass without --ketat).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { linkProject } from '../helpers/temp-git.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'anggaran-'));
	linkProject(root);
	cpSync(join(REPO_ROOT, 'package.json'), join(root, 'package.json'));
	// The built sample site without its method page.
	cpSync(join(REPO_ROOT, 'dist'), join(root, 'dist'), {
		recursive: true,
		filter: (source) => !source.endsWith(join('metodologi', 'index.html')),
	});
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const budget = (...args: string[]) =>
	spawnSync('npm', ['run', '--silent', 'check:budget', '--', ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
	});

test('a page type missing from dist/ fails the gate, named, even without --ketat', () => {
	const result = budget('--halaman', 'metodologi');
	expect(result.status, result.stdout + result.stderr).toBe(1);
	expect(result.stdout).toMatch(/✖ metodologi\s+tidak dapat diukur/);
}, 120_000);

test('a page type that is there passes; an unknown name is refused with the choices', () => {
	expect(budget('--halaman', 'beranda').status).toBe(0);
	const unknown = budget('--halaman', 'berandaa');
	expect(unknown.status).toBe(2);
	expect(unknown.stderr).toContain('jenis halaman tidak dikenal: berandaa; pilihan: beranda,');
}, 120_000);
