/**
 * `npm run migrasi:tematik`: moves every innovation's old `tematik` list into `asta_cita` and
 * `pkpn` (see `src/lib/content/migrate-themes.ts`), printing what it changed and any choice it had
 * to make. Run once, check with `git diff` and `npm run check:content`, then commit.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateThemes } from '../src/lib/content/migrate-themes.ts';
import { getRuleSet } from '../src/lib/rules/registry.ts';
import { listContentFiles } from '../src/repository/content-files-fs.ts';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { getToday } from '../src/repository/today.ts';
import { parseCliArgs } from './lib/args.ts';
import { runCli } from './lib/output.ts';

const HELP =
	'Pemakaian: npm run migrasi:tematik\n  memindahkan `tematik` lama setiap inovasi ke `asta_cita` dan `pkpn`';

await runCli(() => {
	const { wantsHelp } = parseCliArgs({}, HELP);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	const root = process.cwd();
	const rules =
		loadRepository(root, { today: getToday(), only: ['content/pemda.yml'] }).rules ??
		getRuleSet(2026);
	let changed = 0;
	for (const file of listContentFiles(root).innovations) {
		const path = join(root, file);
		const result = migrateThemes(readFileSync(path, 'utf8'), rules);
		for (const note of result.notes) console.log(`${file}: ${note}`);
		if (!result.changed) continue;
		writeFileSync(path, result.text);
		changed += 1;
	}
	console.log(
		`${changed} berkas dipindahkan ke asta_cita dan pkpn. Periksa dengan git diff lalu npm run check:content.`
	);
	return 0;
});
