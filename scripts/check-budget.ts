/**
 * `npm run check:budget [-- --tanpa-lighthouse] [-- --ketat]`: measures the built `dist/` against
 * the site's budgets — gzip weight of HTML+CSS+JS per page type, no third-party requests, lazy and
 * sized images — and reports Lighthouse (mobile) performance and accessibility for every page type
 * a visitor can reach (one example page each, from the route table).
 * Exit 1 when a weight budget fails or a page cannot be measured (and, with --ketat, when
 * Lighthouse misses its targets: the scheduled `anggaran.yml` job, on a quiet runner).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_BUDGETS } from '../src/lib/budget/page-weight.ts';
import { ROUTES } from '../src/lib/site/routes.ts';
import { measurePage } from './lib/page-weight-fs.ts';
import { runCli } from './lib/output.ts';
import { parseCliArgs } from './lib/args.ts';
import { serveStatic } from './lib/static-server.ts';

const DIST = join(process.cwd(), 'dist');
/** The page types with a budget, from the route table. */
const PAGES = ROUTES.flatMap((route) =>
	route.budget
		? [
				{
					name: route.name,
					path: route.path,
					budget: PAGE_BUDGETS[route.budget],
				},
			]
		: []
);
const TARGETS = { performance: 95, accessibility: 100 };

const HELP =
	'Pemakaian: npm run check:budget -- [--tanpa-lighthouse] [--ketat] [--halaman nama,…]\n  --tanpa-lighthouse   hanya bobot halaman\n  --ketat              gagal juga bila Lighthouse di bawah target\n  --halaman            hanya jenis halaman ini (nama dari tabel rute, mis. beranda,inovasi)';

async function runLighthouse(urls: { name: string; url: string }[]) {
	const { default: lighthouse } = await import('lighthouse');
	const chromeLauncher = await import('chrome-launcher');
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		chromeFlags: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
		],
	});
	const scores: {
		name: string;
		performance: number;
		accessibility: number;
		/** Why the page could not be measured (missing, an HTTP error): a failure, not a score. */
		error?: string;
	}[] = [];
	try {
		for (const { name, url } of urls) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: ['performance', 'accessibility'],
			});
			const categories = result?.lhr.categories;
			const error = result?.lhr.runtimeError?.code ?? (result ? undefined : 'tanpa hasil');
			scores.push({
				name,
				performance: Math.round((categories?.performance?.score ?? 0) * 100),
				accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
				...(error ? { error } : {}),
			});
		}
	} finally {
		chrome.kill();
	}
	return scores;
}

await runCli(async () => {
	const { values, wantsHelp } = parseCliArgs(
		{
			'tanpa-lighthouse': { type: 'boolean' },
			ketat: { type: 'boolean' },
			halaman: { type: 'string' },
		},
		HELP
	);
	if (wantsHelp) {
		console.log(HELP);
		return 0;
	}
	if (!existsSync(join(DIST, 'index.html'))) {
		process.stderr.write('galat: dist/ belum ada; jalankan npm run build dulu\n');
		return 1;
	}
	const only = values.halaman?.split(',').filter(Boolean);
	const unknown = only?.filter((name) => !ROUTES.some((route) => route.name === name)) ?? [];
	if (unknown.length > 0) {
		process.stderr.write(
			`galat: jenis halaman tidak dikenal: ${unknown.join(', ')}; pilihan: ${ROUTES.map((route) => route.name).join(', ')}\n`
		);
		return 2;
	}
	const wanted = (name: string) => !only || only.includes(name);
	let failed = false;
	console.log('Bobot halaman (gzip HTML+CSS+JS)');
	for (const page of PAGES.filter((item) => wanted(item.name))) {
		const { bytes, problems } = measurePage(DIST, page.path);
		const ok = bytes <= page.budget && problems.length === 0;
		failed ||= !ok;
		console.log(
			`  ${ok ? '✔' : '✖'} ${page.name.padEnd(10)} ${(bytes / 1024).toFixed(1).padStart(6)} KiB / ${(page.budget / 1024).toFixed(0)} KiB`
		);
		for (const problem of problems) console.log(`      ${problem}`);
	}
	let lighthouseFailed = false;
	if (!values['tanpa-lighthouse']) {
		const server = await serveStatic(DIST);
		try {
			const scores = await runLighthouse(
				ROUTES.filter((route) => route.sitemap !== false && wanted(route.name)).map((route) => ({
					name: route.name,
					url: `${server.url}${route.path}`,
				}))
			);
			console.log(
				`Lighthouse (seluler): performa ≥ ${TARGETS.performance}, aksesibilitas ${TARGETS.accessibility}`
			);
			for (const score of scores) {
				// A page Lighthouse could not load (missing, an HTTP error) fails always: a 0/0 that
				// passed without --ketat hid a page type the build did not write.
				if (score.error) {
					failed = true;
					console.log(
						`  ✖ ${score.name.padEnd(14)} tidak dapat diukur (${score.error}): apakah halamannya ada di dist/?`
					);
					continue;
				}
				const ok =
					score.performance >= TARGETS.performance && score.accessibility >= TARGETS.accessibility;
				lighthouseFailed ||= !ok;
				console.log(
					`  ${ok ? '✔' : '✖'} ${score.name.padEnd(14)} performa ${score.performance}, aksesibilitas ${score.accessibility}`
				);
			}
		} finally {
			await server.close();
		}
	}
	return failed || (lighthouseFailed && values.ketat) ? 1 : 0;
});
