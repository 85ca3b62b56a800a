import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from './temp-repo.ts';

/**
 * The environment without what vitest adds (it mirrors Vite's `BASE_URL`, `MODE`, … into
 * process.env, and a child Astro build would take `BASE_URL=/` over the configured base path).
 */
function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env))
		if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
	return env;
}

/**
 * A throw-away copy of the site (code copied, node_modules linked) with its own content, so a
 * test can build pages from content it controls.
 */
export function createTempSite(files: Record<string, string | Uint8Array>) {
	const root = mkdtempSync(join(tmpdir(), 'katalog-situs-'));
	for (const entry of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(join(REPO_ROOT, entry), join(root, entry), { recursive: true });
	symlinkSync(join(REPO_ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
	mkdirSync(join(root, 'public'), { recursive: true });
	for (const [path, content] of Object.entries(files)) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	}
	const build = (env: Record<string, string> = {}) =>
		spawnSync(
			process.execPath,
			[join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
			{
				cwd: root,
				encoding: 'utf8',
				env: {
					...cleanEnv(),
					ASTRO_TELEMETRY_DISABLED: '1',
					KATALOG_TANGGAL: '2026-11-27',
					...env,
				},
			}
		);
	return { root, build, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
