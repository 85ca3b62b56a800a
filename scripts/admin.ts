/**
 * `npm run admin`: try the form without any account. Starts decap-server (bound to 127.0.0.1,
 * git mode: every save becomes a `cms/…` branch and commit in this clone, like a pull request)
 * and the site's dev server, which serves the form generated from the schema; open
 * http://127.0.0.1:4321/admin/ and press "Masuk". Other ports: KATALOG_PORT (the form, 4321) and
 * KATALOG_PORT_DECAP (decap-server, 8081); a port already in use is refused by name.
 * Both servers stop together: on Ctrl+C, on SIGTERM/SIGHUP, and when either one exits or fails.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runCli } from './lib/output.ts';
import { UsageError } from '../src/lib/errors.ts';
import { LOCAL_BACKEND_PORT } from '../src/lib/cms/to-decap-config.ts';

/** The two ports: the form's dev server and decap-server (the form's config follows the latter). */
function readPort(name: string, fallback: number): number {
	const text = process.env[name];
	if (text === undefined || text === '') return fallback;
	const port = Number(text);
	if (!Number.isInteger(port) || port < 1024 || port > 65535)
		throw new UsageError(
			`${name}=${text} bukan nomor port yang dapat dipakai; pakai angka 1024–65535, mis. ${name}=${fallback + 1}`
		);
	return port;
}

/** Refuses, in Indonesian and before anything starts, a port another program already holds. */
async function requireFreePort(port: number, name: string): Promise<void> {
	const free = await new Promise<boolean>((done) => {
		const server = createServer()
			.once('error', () => done(false))
			.once('listening', () => server.close(() => done(true)));
		server.listen(port, '127.0.0.1');
	});
	if (!free)
		throw new UsageError(
			`port ${port} sedang dipakai program lain (mungkin npm run admin yang masih berjalan); hentikan program itu, atau pilih port lain: ${name}=${port + 1} npm run admin`
		);
}

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
	const sitePort = readPort('KATALOG_PORT', 4321);
	const decapPort = readPort('KATALOG_PORT_DECAP', LOCAL_BACKEND_PORT);
	await requireFreePort(sitePort, 'KATALOG_PORT');
	await requireFreePort(decapPort, 'KATALOG_PORT_DECAP');
	// The form is generated for this decap-server port (its config and its page's policy).
	const built = spawnSync(process.execPath, [join(root, 'scripts/build-admin.ts')], {
		stdio: 'inherit',
		env: { ...process.env, KATALOG_PORT_DECAP: String(decapPort) },
	});
	if (built.status !== 0) return 1;
	const require = createRequire(join(root, 'package.json'));
	const children: ChildProcess[] = [
		spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
			stdio: 'inherit',
			env: {
				...process.env,
				BIND_HOST: '127.0.0.1',
				PORT: String(decapPort),
				MODE: 'git',
				GIT_REPO_DIRECTORY: root,
			},
		}),
		spawn(
			process.execPath,
			[findAstroCli(), 'dev', '--host', '127.0.0.1', '--port', String(sitePort), '--strictPort'],
			{ stdio: 'inherit', env: { ...process.env, KATALOG_PORT_DECAP: String(decapPort) } }
		),
	];
	let stopping = false;
	const stopAll = () => {
		stopping = true;
		for (const child of children) if (child.exitCode === null && !child.killed) child.kill();
	};
	// Whatever ends this process ends the servers too: nothing is left listening on either port.
	process.on('exit', stopAll);
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stopAll);
	console.log(
		`\nFormulir: http://127.0.0.1:${sitePort}/admin/ (tekan "Masuk"). Simpan = cabang cms/… + commit di salinan ini. Ctrl+C untuk berhenti.\n`
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
