import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

test('npm run build:formulir writes the form as a site of its own, with its policy and no inline script', () => {
	const result = spawnSync('npm', ['run', '--silent', 'build:formulir'], {
		cwd: REPO_ROOT,
		encoding: 'utf8',
	});
	expect(result.status, result.stderr).toBe(0);
	const page = readFileSync(join(REPO_ROOT, 'dist-formulir/index.html'), 'utf8');
	expect(page).toContain('<meta http-equiv="Content-Security-Policy"');
	expect(page).not.toMatch(/<script>(?!<\/script>)/);
	for (const file of [
		'config.yml',
		'decap/init.js',
		'decap/decap-cms-app.js',
		'decap/react-globals.js',
	])
		expect(existsSync(join(REPO_ROOT, 'dist-formulir', file)), file).toBe(true);
	expect(result.stdout).toContain('Formulir ditulis ke dist-formulir/');
}, 120_000);
