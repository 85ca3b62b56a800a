/**
 * `npm run cms:config`: writes `public/admin/config.yml` for Decap CMS from the schema, the rule
 * set and the agencies; `--periksa` only compares (a test fails when the committed file is stale).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadRepository } from './lib/repository-fs.ts';
import { runCli } from './lib/output.ts';
import { getToday } from './lib/today.ts';
import { toDecapConfig, type CmsSettings } from '../src/lib/cms/to-decap-config.ts';

export const CMS_CONFIG = 'public/admin/config.yml';

/** The config.yml text the repository at `root` should have. */
export function buildCmsConfig(root: string): string {
	const repo = loadRepository(root, { today: getToday(), only: [] });
	const settings = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { katalog?: { cms?: CmsSettings } }).katalog?.cms ?? { repo: 'pemilik/katalog-inovasi', branch: 'main' };
	const config = toDecapConfig(repo.rules, [...repo.agencies].map(([id, agency]) => ({ id, nama: agency.nama })), settings);
	return `# Dibuat oleh npm run cms:config dari src/schemas dan aturan ${repo.rules.tahun}; jangan disunting.\n${stringify(config, { lineWidth: 0 })}`;
}

if (import.meta.main) {
	await runCli(() => {
		const root = process.cwd();
		const expected = buildCmsConfig(root);
		if (process.argv.includes('--periksa')) {
			if (existsSync(CMS_CONFIG) && readFileSync(CMS_CONFIG, 'utf8') === expected) return 0;
			process.stderr.write(`galat: ${CMS_CONFIG} usang; jalankan npm run cms:config\n`);
			return 1;
		}
		mkdirSync(join(root, 'public/admin'), { recursive: true });
		writeFileSync(join(root, CMS_CONFIG), expected);
		console.log(`${CMS_CONFIG} ditulis.`);
		return 0;
	});
}
