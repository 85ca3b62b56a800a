/**
 * Bundles Decap CMS for `/admin/` from npm (never a CDN): React and ReactDOM as the globals
 * Decap's UMD build expects, plus Decap's own files, written to `public/admin/decap/` (ignored by
 * git, rebuilt by `npm run build` and `npm run admin`).
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { runCli } from './lib/output.ts';

await runCli(async () => {
	const target = join(process.cwd(), 'public', 'admin', 'decap');
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
		entryPoints: [join(import.meta.dirname, '..', 'src', 'admin', 'validate-entry.ts')],
		bundle: true,
		minify: true,
		format: 'iife',
		target: 'es2022',
		outfile: join(target, 'validate-entry.js'),
		logLevel: 'error',
	});
	// The page's CSP allows no inline script: Decap is started from this file (which also hides
	// Decap's Media page, see there).
	for (const name of ['locale-id.js', 'init.js'])
		copyFileSync(join(import.meta.dirname, '..', 'src', 'admin', name), join(target, name));
	const dist = join(
		dirname(createRequire(import.meta.url).resolve('decap-cms-app/package.json')),
		'dist'
	);
	const files = readdirSync(dist).filter((name) => /\.(js|wasm)$/.test(name));
	for (const name of files) copyFileSync(join(dist, name), join(target, name));
	console.log(`Decap CMS: ${files.length} berkas ke public/admin/decap/.`);
	return 0;
});
