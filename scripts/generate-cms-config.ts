/**
 * `npm run cms:config`: writes `public/admin/config.yml` for Decap CMS from the schema, the rule
 * set and the agencies, and `public/admin/index.html` with its Content-Security-Policy from the
 * same settings; `--periksa` only compares (a test fails when a committed file is stale).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadRepository } from '../src/repository/load-repository-fs.ts';
import { runCli } from './lib/output.ts';
import { parseCliArgs } from './lib/args.ts';
import { getToday } from '../src/repository/today.ts';
import { toDecapConfig, type CmsSettings } from '../src/lib/cms/to-decap-config.ts';
import { renderAdminPage } from '../src/lib/cms/to-admin-page.ts';

export const CMS_CONFIG = 'public/admin/config.yml';
export const CMS_PAGE = 'public/admin/index.html';

/** `katalog.cms` of package.json. */
function readSettings(root: string): CmsSettings {
	return (
		(
			JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
				katalog?: { cms?: CmsSettings };
			}
		).katalog?.cms ?? { repo: 'pemilik/katalog-inovasi', branch: 'main' }
	);
}

/** The Decap configuration of the repository at `root`, and its rule-set year. */
function createCmsConfig(root: string) {
	const repo = loadRepository(root, { today: getToday(), only: [] });
	const config = toDecapConfig(
		repo.rules,
		[...repo.agencies].map(([id, agency]) => ({ id, nama: agency.nama })),
		readSettings(root)
	);
	return { config, year: repo.rules.tahun };
}

/** The config.yml text the repository at `root` should have. */
export function buildCmsConfig(root: string): string {
	return toConfigText(createCmsConfig(root));
}

function toConfigText({ config, year }: ReturnType<typeof createCmsConfig>): string {
	return `# Dibuat oleh npm run cms:config dari src/schemas dan aturan ${year}; jangan disunting.\n${stringify(config, { lineWidth: 0 })}`;
}

/** Each generated file with the text it should have. */
function buildCmsFiles(root: string): [string, string][] {
	const created = createCmsConfig(root);
	const { config, year } = created;
	return [
		[CMS_CONFIG, toConfigText(created)],
		[
			CMS_PAGE,
			renderAdminPage(
				readSettings(root),
				year,
				config.collections.map((collection) => collection.name)
			),
		],
	];
}

const HELP =
	'Pemakaian: npm run cms:config -- [--periksa]\n  --periksa   hanya membandingkan; keluar 1 bila public/admin/ usang';

if (import.meta.main) {
	await runCli(() => {
		const root = process.cwd();
		const files = buildCmsFiles(root);
		const { values, wantsHelp } = parseCliArgs({ periksa: { type: 'boolean' } }, HELP);
		if (wantsHelp) {
			console.log(HELP);
			return 0;
		}
		if (values.periksa) {
			const stale = files.filter(
				([file, text]) =>
					!existsSync(join(root, file)) || readFileSync(join(root, file), 'utf8') !== text
			);
			for (const [file] of stale)
				process.stderr.write(`galat: ${file} usang; jalankan npm run cms:config\n`);
			return stale.length > 0 ? 1 : 0;
		}
		mkdirSync(join(root, 'public/admin'), { recursive: true });
		for (const [file, text] of files) {
			writeFileSync(join(root, file), text);
			console.log(`${file} ditulis.`);
		}
		return 0;
	});
}
