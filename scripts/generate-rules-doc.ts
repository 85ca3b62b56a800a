/**
 * `npm run docs:aturan`: regenerates the tables of content/README.md — the frontmatter keys from the
 * schema and the shown-field declaration, the rule-set tables from the rule set of
 * `pemda.tahun_penilaian`. A test fails when the committed file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { runCli } from './lib/output.ts';
import { getToday } from '../src/repository/today.ts';
import { replaceRulesBlock } from '../src/lib/docs/rules-markdown.ts';
import { replaceFieldsBlock } from '../src/lib/docs/fields-markdown.ts';

await runCli(() => {
	const path = 'content/README.md';
	const repo = loadRepository(process.cwd(), { today: getToday(), only: [] });
	const readme = readFileSync(path, 'utf8');
	writeFileSync(path, replaceFieldsBlock(replaceRulesBlock(readme, repo.rules), repo.rules));
	console.log(`${path} diperbarui dari aturan tahun ${repo.rules.tahun}.`);
	return 0;
});
