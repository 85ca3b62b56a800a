/**
 * `npm run build` step after Astro: indexes the innovation pages of `dist/` with Pagefind (in
 * Indonesian) and fails loudly when no index was written — Pagefind alone does not fail the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { runCli } from './lib/output.ts';

await runCli(async () => {
	const site = join(process.cwd(), 'dist');
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'id' });
	if (!index) throw new Error(`Pagefind tidak dapat dimulai: ${errors.join('; ')}`);
	// Only innovation pages carry data-pagefind-body; not even reading the other pages saves time.
	const added = await index.addDirectory({ path: site, glob: 'inovasi/*/*/index.html' });
	const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
	await pagefind.close();
	const problems = [...added.errors, ...written.errors];
	if (problems.length > 0 || !existsSync(join(site, 'pagefind', 'pagefind-entry.json'))) {
		process.stderr.write(`galat: indeks pencarian gagal dibuat: ${problems.join('; ') || 'pagefind-entry.json tidak ada'}\n`);
		return 1;
	}
	console.log(`Indeks pencarian: ${added.page_count} halaman.`);
	return 0;
});
