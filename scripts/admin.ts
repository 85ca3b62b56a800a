/**
 * `npm run admin`: try the form without any account. Starts decap-server (bound to 127.0.0.1,
 * git mode: every save becomes a `cms/…` branch and commit in this clone, like a pull request)
 * and the site's dev server, which serves the form generated from the schema; open
 * http://127.0.0.1:4321/admin/ and press "Masuk".
 * Both servers stop together: on Ctrl+C, on SIGTERM/SIGHUP, and when either one exits or fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runCli } from './lib/output.ts';
import { UsageError } from '../src/lib/errors.ts';

/** Astro's CLI file. Astro 7 exports no `astro/bin/…` subpath, so it is found from its package root. */
function findAstroCli(): string {
	const require = createRequire(join(process.cwd(), 'package.json'));
	let dir = dirname(require.resolve('astro'));
	while (!existsSync(join(dir, 'bin', 'astro.mjs')) && dirname(dir) !== dir) dir = dirname(dir);
	return join(dir, 'bin', 'astro.mjs');
}

await runCli(async () => {
	const root = process.cwd();
	// decap-server's git mode dies with a stack trace outside a repository: say it plainly first.
	const inside = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: root });
	if (inside.status !== 0)
		throw new UsageError(
			'npm run admin harus dijalankan di dalam salinan git repositori ini (git clone …), karena setiap simpanan formulir menjadi cabang dan commit'
		);
	const built = spawnSync(process.execPath, [join(root, 'scripts/build-admin.ts')], {
		stdio: 'inherit',
	});
	if (built.status !== 0) return 1;
	const require = createRequire(join(root, 'package.json'));
	const children: ChildProcess[] = [
		spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
			stdio: 'inherit',
			env: {
				...process.env,
				BIND_HOST: '127.0.0.1',
				PORT: '8081',
				MODE: 'git',
				GIT_REPO_DIRECTORY: root,
			},
		}),
		spawn(process.execPath, [findAstroCli(), 'dev', '--host', '127.0.0.1', '--port', '4321'], {
			stdio: 'inherit',
		}),
	];
	let stopping = false;
	const stopAll = () => {
		stopping = true;
		for (const child of children) if (child.exitCode === null && !child.killed) child.kill();
	};
	// Whatever ends this process ends the servers too: nothing is left listening on 4321 or 8081.
	process.on('exit', stopAll);
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stopAll);
	console.log(
		'\nFormulir: http://127.0.0.1:4321/admin/ (tekan "Masuk"). Simpan = cabang cms/… + commit di salinan ini. Ctrl+C untuk berhenti.\n'
	);
	const failed = await new Promise<boolean>((done) => {
		for (const child of children) {
			// Ctrl+C reaches the servers directly (same process group): SIGINT or 130 is a normal stop.
			child.on('exit', (code, signal) =>
				done(!stopping && code !== 0 && code !== 130 && signal !== 'SIGINT')
			);
			child.on('error', () => done(true));
		}
	});
	stopAll();
	await Promise.all(
		children.map(
			(child) =>
				new Promise<void>((done) =>
					child.exitCode !== null || child.signalCode !== null
						? done()
						: child.on('exit', () => done())
				)
		)
	);
	if (failed) {
		process.stderr.write(
			'galat: salah satu server formulir berhenti dengan galat (lihat pesan di atas); keduanya dihentikan.\n'
		);
		return 1;
	}
	return 0;
});
