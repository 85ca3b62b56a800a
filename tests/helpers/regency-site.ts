/**
 * A regency's published catalogue as the province build reads it, made without an Astro build: a
 * repository of seeded synthetic innovations, scored and written with the site's own open-data
 * functions, and a Pagefind index made with Pagefind's API — the files a regency's site serves.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { createRandom, createSyntheticInnovation } from '../../scripts/lib/synthetic.ts';
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';
import { toScoreJson } from '../../src/lib/scoring/to-score-json.ts';
import { toInnovationJson } from '../../src/lib/site/open-data.ts';
import { buildInnovationViews } from '../../src/lib/site/innovation-view.ts';
import { getLabels } from '../../src/lib/site/labels.ts';
import { getRuleSet } from '../../src/lib/rules/registry.ts';
import { REPO_ROOT } from './temp-repo.ts';

/** Writes `<site>/data/{skor,inovasi}.json` and `<site>/pagefind/` for `n` synthetic innovations. */
export async function writeRegencySite(input: {
	nama: string;
	kode: string;
	n: number;
	seed: number;
}): Promise<string> {
	const repoDir = mkdtempSync(join(tmpdir(), 'kabupaten-repo-'));
	const site = mkdtempSync(join(tmpdir(), 'kabupaten-situs-'));
	const rules = getRuleSet(2026);
	const pemda = readFileSync(join(REPO_ROOT, 'content', 'pemda.yml'), 'utf8')
		.replace(/^nama: .*$/m, `nama: ${input.nama}`)
		.replace(/^kode_wilayah: .*$/m, `kode_wilayah: '${input.kode}'`);
	mkdirSync(join(repoDir, 'content'), { recursive: true });
	writeFileSync(join(repoDir, 'content', 'pemda.yml'), pemda);
	cpSync(join(REPO_ROOT, 'content', 'skpd'), join(repoDir, 'content', 'skpd'), { recursive: true });
	// The region's own evidence (its SPD answers point there).
	cpSync(join(REPO_ROOT, 'public', 'bukti', 'pemda'), join(repoDir, 'public', 'bukti', 'pemda'), {
		recursive: true,
	});
	const agencies = ['dinkes', 'disdik', 'dinsos', 'dpupr'];
	const random = createRandom(input.seed);
	for (let i = 0; i < input.n; i++) {
		const agency = agencies[i % agencies.length]!;
		mkdirSync(join(repoDir, 'content', 'inovasi', agency), { recursive: true });
		writeFileSync(
			join(repoDir, 'content', 'inovasi', agency, `inovasi-${i}.md`),
			createSyntheticInnovation(random, i, rules)
		);
	}
	const repo = loadRepository(repoDir, { today: '2026-11-27' });
	const report = scoreRepository(repo);
	const names = new Map([...repo.agencies].map(([id, agency]) => [id, agency.nama]));
	const views = buildInnovationViews(
		repo.innovations,
		report.inovasi,
		names,
		getLabels(repo.rules)
	);
	mkdirSync(join(site, 'data'));
	writeFileSync(
		join(site, 'data', 'skor.json'),
		`${JSON.stringify(toScoreJson(report, repo.pemda), null, 2)}\n`
	);
	writeFileSync(join(site, 'data', 'inovasi.json'), toInnovationJson(views, repo.rules));
	const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
	for (const view of views)
		await index!.addCustomRecord({
			url: `/inovasi/${view.id}/`,
			content: `${view.data.nama}. ${view.data.ringkasan}`,
			language: 'id',
			meta: { title: view.data.nama },
		});
	await index!.writeFiles({ outputPath: join(site, 'pagefind') });
	return site;
}

/** Rewrites a JSON file of a site with `change`. */
export function editJson(site: string, file: string, change: (value: unknown) => unknown): void {
	const path = join(site, file);
	const value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
	writeFileSync(path, JSON.stringify(change(value)));
}
