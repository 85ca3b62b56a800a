/**
 * `npm run build:formulir`: the form (`/admin/`, Decap CMS) as a site of its own in
 * `dist-formulir/`, for the recommended setup where it is served from its own origin (a second
 * Pages site or a subdomain). Decap keeps the coordinator's GitHub token in that origin's
 * localStorage; on its own origin no file of the catalogue — and nothing a submission adds — can
 * reach it. Build the catalogue with `FORMULIR_TERPISAH=1` so it does not publish `/admin/` too.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from './lib/output.ts';

await runCli(() => {
	const root = process.cwd();
	const bundled = spawnSync(process.execPath, [join(import.meta.dirname, 'build-admin.ts')], {
		stdio: 'inherit',
	});
	if (bundled.status !== 0) return 1;
	const target = join(root, 'dist-formulir');
	rmSync(target, { recursive: true, force: true });
	for (const entry of ['index.html', 'config.yml', 'decap']) {
		const source = join(root, 'public', 'admin', entry);
		if (!existsSync(source)) {
			process.stderr.write(`galat: public/admin/${entry} tidak ada; jalankan npm run cms:config\n`);
			return 1;
		}
		cpSync(source, join(target, entry), { recursive: true, dereference: false });
	}
	console.log(
		'Formulir ditulis ke dist-formulir/ (terbitkan di origin tersendiri, lihat SECURITY.md).'
	);
	return 0;
});
