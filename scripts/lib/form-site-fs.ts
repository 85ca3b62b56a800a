/**
 * The form (`/admin/`, Decap CMS) as generated files in `dist-formulir/`: `config.yml` from the
 * schema, the rule set and the agencies, `index.html` with its Content-Security-Policy, and the
 * Decap bundle from npm (never a CDN). Nothing of the form is committed under `public/`: a file a
 * submission adds there is refused by the public audit, so what coordinators sign in to is always
 * what the base branch's code generates. `npm run build` stages this folder as `/admin/` (unless
 * `FORMULIR_TERPISAH` puts the form on its own origin), `npm run admin` serves it in development,
 * and `npm run build:formulir` publishes it alone.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { FORM_SITE_DIR, renderAdminPage } from '../../src/lib/cms/to-admin-page.ts';
import { toDecapConfig, type CmsSettings } from '../../src/lib/cms/to-decap-config.ts';
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import { getToday } from '../../src/repository/today.ts';

const SOURCE = join(import.meta.dirname, '..', '..', 'src', 'admin');

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

/** `config.yml` and `index.html` of the repository at `root`, as [name, text] pairs. */
export function buildCmsFiles(root: string): [string, string][] {
	const repo = loadRepository(root, { today: getToday(), only: [] });
	// npm run admin on another port (KATALOG_PORT_DECAP): the form must talk to that decap-server.
	const port = Number(process.env.KATALOG_PORT_DECAP);
	const settings = {
		...readSettings(root),
		...(Number.isInteger(port) && port > 0 ? { local_port: port } : {}),
	};
	const config = toDecapConfig(
		repo.rules,
		[...repo.agencies].map(([id, agency]) => ({ id, nama: agency.nama })),
		settings
	);
	const header = `# Dibuat saat build dari src/schemas dan aturan ${repo.rules.tahun}; jangan disunting.\n`;
	return [
		['config.yml', `${header}${stringify(config, { lineWidth: 0 })}`],
		[
			'index.html',
			renderAdminPage(
				settings,
				repo.rules.tahun,
				config.collections.map((collection) => collection.name)
			),
		],
	];
}

/** Bundles Decap and the project's own form scripts into `target`. */
async function bundleDecap(target: string): Promise<number> {
	mkdirSync(target, { recursive: true });
	await build({
		stdin: {
			contents:
				"import * as React from 'react'; import * as ReactDOM from 'react-dom'; window.React = React; window.ReactDOM = ReactDOM;",
			resolveDir: process.cwd(),
			loader: 'js',
		},
		bundle: true,
		minify: true,
		format: 'iife',
		define: { 'process.env.NODE_ENV': '"production"' },
		outfile: join(target, 'react-globals.js'),
		logLevel: 'error',
	});
	// The project's own validation, for the form's pre-save check (same schema as check:content).
	await build({
		entryPoints: [join(SOURCE, 'validate-entry.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		outfile: join(target, 'validate-entry.js'),
		logLevel: 'error',
	});
	// The page's CSP allows no inline script: Decap is started from this file (which also hides
	// Decap's Media page, see there).
	for (const name of ['locale-id.js', 'init.js', 'admin.css'])
		copyFileSync(join(SOURCE, name), join(target, name));
	const dist = join(
		dirname(createRequire(import.meta.url).resolve('decap-cms-app/package.json')),
		'dist'
	);
	const files = readdirSync(dist).filter((name) => /\.(js|wasm)$/.test(name));
	for (const name of files) copyFileSync(join(dist, name), join(target, name));
	return files.length;
}

/** Writes the whole form into `<root>/dist-formulir/` (emptied first); returns its folder. */
export async function writeFormSite(root: string): Promise<string> {
	const target = join(root, FORM_SITE_DIR);
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	for (const [name, text] of buildCmsFiles(root)) writeFileSync(join(target, name), text);
	await bundleDecap(join(target, 'decap'));
	return target;
}
