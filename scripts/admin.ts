/**
 * `npm run admin`: try the form without any account. Starts decap-server (bound to 127.0.0.1,
 * git mode: every save becomes a `cms/…` branch and commit in this clone, like a pull request)
 * and the site's dev server; open http://127.0.0.1:4321/admin/ and press "Login".
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runCli } from './lib/output.ts';

await runCli(async () => {
	const root = process.cwd();
	const built = spawnSync(process.execPath, [join(root, 'scripts/build-admin.ts')], {
		stdio: 'inherit',
	});
	if (built.status !== 0) return 1;
	const require = createRequire(import.meta.url);
	const server = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
		stdio: 'inherit',
		env: {
			...process.env,
			BIND_HOST: '127.0.0.1',
			PORT: '8081',
			MODE: 'git',
			GIT_REPO_DIRECTORY: root,
		},
	});
	const astro = spawn(
		process.execPath,
		[require.resolve('astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', '4321'],
		{ stdio: 'inherit' }
	);
	console.log(
		'\nFormulir: http://127.0.0.1:4321/admin/ (tekan "Login"). Simpan = cabang cms/… + commit di salinan ini. Ctrl+C untuk berhenti.\n'
	);
	const stop = () => {
		server.kill();
		astro.kill();
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
	await new Promise<void>((done) => astro.on('exit', () => done()));
	server.kill();
	return 0;
});
