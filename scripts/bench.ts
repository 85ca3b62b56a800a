/**
 * `npm run bench [-- --n 1000,10000,40000] [--json FILE]` — a script, not a test. For each N it
 * generates N seeded synthetic innovations in a temporary copy of the project and measures:
 * check:content, score, check:pr with one changed file (alone, and after check:content as in the
 * pull-request job, which leaves it the scoring cache), the full build (Astro + Pagefind + data
 * files: wall time and peak RSS), dist size, bytes a browser downloads for one search query, the
 * first filtered result on slow 3G (scripts/lib/slow-network.ts), and page weights. In the same run it builds a bare baseline (the same Markdown through a minimal
 * Astro site with the default layout, plus bare Pagefind) and prints every figure as a ratio to it.
 * The short commands run three times each and report the median (every run is printed); up to
 * N = 10,000 both builds run twice, alternating, and the faster of each counts. Search bytes are
 * counted by the static server, so nothing a web worker fetches is missed.
 */
import { spawnSync } from 'node:child_process';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PAGE_BUDGETS } from '../src/lib/budget/page-weight.ts';
import { ROUTES } from '../src/lib/site/routes.ts';

/** Page types with a weight budget (from the route table). */
const BUDGETED = ROUTES.filter((route) => route.budget);

/** The first innovation page of a synthetic build (its ids are not the sample's). */
function findInnovationPage(dist: string): string {
	const agency = readdirSync(join(dist, 'inovasi')).find(
		(name) => !['halaman', 'index.html'].includes(name)
	)!;
	return `inovasi/${agency}/${readdirSync(join(dist, 'inovasi', agency))[0]}/`;
}
import { getRuleSet } from '../src/lib/rules/registry.ts';
import { measurePage } from './lib/page-weight-fs.ts';
import { parseCliArgs } from './lib/args.ts';
import { runCli } from './lib/output.ts';
import { serveStatic } from './lib/static-server.ts';
import { measureFirstFilter } from './lib/slow-network.ts';
import { createRandom, createSyntheticInnovation } from './lib/synthetic.ts';
import { createHugoBaseline, getHugoCommand } from './lib/bench-hugo.ts';

const ROOT = process.cwd();
const NODE = process.execPath;
const BIN = (path: string) => join(ROOT, 'node_modules', path);
const GiB = 1024 ** 3;
/** One search at 10,000 innovations: what a phone on a slow network can afford. */
const SEARCH_BUDGET_KIB = 200;
/**
 * dist/ at 40,000 innovations: GitHub Pages publishes 1 GB, as a tar that adds 512 bytes per file,
 * and every evidence PDF under public/bukti/ comes out of the same gigabyte.
 */
const DIST_BUDGET_GIB = 0.8;

interface Run {
	seconds: number;
	peakRssBytes: number;
	status: number | null;
}

const SCRIPTS = (
	JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
		scripts: Record<string, string>;
	}
).scripts;

/**
 * The command of an npm script (`node …` with this Node), run without npm itself so npm's own
 * start-up is not timed, but with exactly the flags users get.
 */
function npmScript(name: string, ...args: string[]): string[] {
	const [program, ...rest] = SCRIPTS[name]!.split(' ');
	if (program !== 'node') throw new Error(`skrip ${name} tidak diawali node`);
	return [NODE, ...rest, ...args];
}

/** Runs a command and reports wall time and the peak RSS of its largest process (via getrusage). */
function measure(command: string[], cwd: string, env: Record<string, string> = {}): Run {
	const wrapper =
		'import resource,subprocess,sys,time\nt=time.time()\nr=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)\nprint(r.returncode, time.time()-t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)';
	const out = spawnSync('python3', ['-c', wrapper, ...command], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		maxBuffer: 1 << 26,
	});
	const [status, seconds, rssKiB] = out.stdout.trim().split(' ').map(Number);
	return {
		status: status ?? null,
		seconds: seconds ?? Number.NaN,
		peakRssBytes: (rssKiB ?? 0) * 1024,
	};
}

/** Runs of each short command: this machine's timings swing by ±20 %, so the median is reported. */
const SHORT_RUNS = 3;

/** Median wall time of `SHORT_RUNS` runs (each after `before`), with every run for the log. */
function measureMedian(
	command: string[],
	cwd: string,
	before: () => void = () => {}
): { seconds: number; runs: number[] } {
	const runs = Array.from({ length: SHORT_RUNS }, () => {
		before();
		return measure(command, cwd).seconds;
	});
	return { seconds: [...runs].sort((a, b) => a - b)[Math.floor(SHORT_RUNS / 2)]!, runs };
}

const fmtRuns = (m: { seconds: number; runs: number[] }) =>
	`${fmtS(m.seconds)} [${m.runs.map((r) => r.toFixed(2)).join(' · ')}]`;

function folderSize(dir: string): number {
	return readdirSync(dir).reduce((sum, name) => {
		const path = join(dir, name);
		const stat = statSync(path);
		return sum + (stat.isDirectory() ? folderSize(path) : stat.size);
	}, 0);
}

function git(cwd: string, ...args: string[]) {
	spawnSync('git', args, {
		cwd,
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 'bench',
			GIT_AUTHOR_EMAIL: 'b@x',
			GIT_COMMITTER_NAME: 'bench',
			GIT_COMMITTER_EMAIL: 'b@x',
			HUSKY: '0',
		},
	});
}

/** Our project with N synthetic innovations, under git, with a branch that changes one file. */
function createProject(n: number, seed: number): string {
	const dir = mkdtempSync(join(tmpdir(), `bench-${n}-`));
	for (const entry of ['src', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
		cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	cpSync(join(ROOT, 'public'), join(dir, 'public'), {
		recursive: true,
		filter: (source) => !source.includes('/admin/decap'),
	});
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	mkdirSync(join(dir, 'content', 'inovasi'), { recursive: true });
	cpSync(join(ROOT, 'content', 'pemda.yml'), join(dir, 'content', 'pemda.yml'));
	cpSync(join(ROOT, 'content', 'skpd'), join(dir, 'content', 'skpd'), { recursive: true });
	const agencies = readdirSync(join(dir, 'content', 'skpd'))
		.map((name) => name.replace(/\.yml$/, ''))
		.sort();
	const random = createRandom(seed);
	const rules = getRuleSet(2026);
	for (let i = 0; i < n; i++) {
		const agency = agencies[Math.floor(random() * agencies.length)]!;
		mkdirSync(join(dir, 'content', 'inovasi', agency), { recursive: true });
		writeFileSync(
			join(dir, 'content', 'inovasi', agency, `inovasi-${i}.md`),
			createSyntheticInnovation(random, i, rules)
		);
	}
	git(dir, 'init', '-q', '-b', 'main');
	// 10,000 new loose objects would start `git gc --auto` in the background, competing with
	// the timed steps for CPU and disk (check:content varied between 4.5 and 9 s because of it).
	git(dir, 'config', 'gc.auto', '0');
	git(dir, 'add', '-A');
	git(dir, 'commit', '-qm', 'bench');
	git(dir, 'checkout', '-q', '-b', 'usulan');
	const first = readdirSync(join(dir, 'content', 'inovasi', agencies[0]!))[0];
	const changed = join(dir, 'content', 'inovasi', agencies[0]!, first ?? 'inovasi-0.md');
	writeFileSync(changed, createSyntheticInnovation(createRandom(seed + 1), 999_999, rules));
	git(dir, 'commit', '-qam', 'ubah satu');
	return dir;
}

/** A bare Astro site over the same Markdown: glob loader, default rendering, one page per entry. */
function createBaseline(project: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	cpSync(join(project, 'content', 'inovasi'), join(dir, 'content', 'inovasi'), { recursive: true });
	mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
	writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
	writeFileSync(
		join(dir, 'astro.config.mjs'),
		"import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n"
	);
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nexport const collections = { inovasi: defineCollection({ loader: glob({ base: './content/inovasi', pattern: '**/*.md' }) }) };\n"
	);
	writeFileSync(
		join(dir, 'src', 'pages', '[...id].astro'),
		'---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() { return (await getCollection(\'inovasi\')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="id"><head><meta charset="utf-8"><title>{entry.data.nama}</title></head><body><main data-pagefind-body><h1>{entry.data.nama}</h1><Content /></main></body></html>\n'
	);
	writeFileSync(
		join(dir, 'src', 'pages', 'index.astro'),
		'---\nimport { getCollection } from \'astro:content\';\nconst entries = await getCollection(\'inovasi\');\n---\n<html lang="id"><head><meta charset="utf-8"><title>Katalog</title></head><body><input id="q" type="search" /><ul>{entries.slice(0, 50).map((e) => <li><a href={`/${e.id}/`}>{e.data.nama}</a></li>)}</ul></body></html>\n'
	);
	return dir;
}

/** Bytes a browser downloads from /pagefind/ for one query typed into the catalogue. */
async function measureSearchBytes(
	dist: string,
	path: string,
	word: string,
	typeInto: string
): Promise<number> {
	let bytes = 0;
	const server = await serveStatic(dist, 0, (served, size) => {
		if (served.includes('/pagefind/')) bytes += size;
	});
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--no-first-run',
		],
	});
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}${path}`);
		if (typeInto === '#q') {
			await page.evaluate(
				async ([word, url]) => {
					const pagefind = (await import(/* @vite-ignore */ url)) as {
						init: () => Promise<void>;
						search: (term: string) => Promise<{ results: { data: () => Promise<unknown> }[] }>;
					};
					await pagefind.init();
					const search = await pagefind.search(word);
					await Promise.all(
						search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data())
					);
				},
				[word, '/pagefind/pagefind.js'] as const
			);
		} else {
			await page.locator(typeInto).fill(word);
			await page
				.locator('[data-results] li.card')
				.first()
				.waitFor({ timeout: 30_000 })
				.catch(() => undefined);
		}
		await page.waitForTimeout(1500);
	} finally {
		await browser.close();
		await server.close();
	}
	return bytes;
}

interface Row {
	n: number;
	checkContent: number;
	score: number;
	checkPr: number;
	checkPrCold: number;
	build: Run;
	baseline: Run;
	/** Hugo + Pagefind over the same Markdown. */
	hugo: Run;
	distBytes: number;
	/** dist/ by part: innovation pages, /data/, Pagefind, the rest. */
	distParts: Record<string, number>;
	baselineDistBytes: number;
	searchBytes: number;
	baselineSearchBytes: number;
	firstFilter: { afterTick: number; afterTouch: number };
	pages: Record<string, number>;
}

const fmtS = (s: number) => `${s.toFixed(1)} s`;
const fmtMiB = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

await runCli(async () => {
	const { values } = parseCliArgs(
		{ n: { type: 'string' }, json: { type: 'string' } },
		'Pemakaian: npm run bench -- [--n 1000,10000,40000] [--json hasil.json]'
	);
	const sizes = (values.n ?? '1000,10000,40000').split(',').map(Number);
	const jsonFile = values.json;
	const rows: Row[] = [];
	for (const n of sizes) {
		console.log(`\n== N = ${n}: menyiapkan ${n} inovasi sintetis …`);
		const project = createProject(n, 2026);
		const baselineDir = createBaseline(project);
		const hugoDir = createHugoBaseline(project);
		try {
			// check:pr twice: alone (no scoring cache), and as the PR job runs it, after check:content.
			const clearScoringCache = () =>
				rmSync(join(project, 'node_modules', '.cache', 'katalog-inovasi'), {
					recursive: true,
					force: true,
				});
			const prCold = measureMedian(
				npmScript('check:pr', '--base', 'main'),
				project,
				clearScoringCache
			);
			const content = measureMedian(npmScript('check:content'), project);
			const scored = measureMedian(npmScript('score', '--json'), project);
			const pr = measureMedian(npmScript('check:pr', '--base', 'main'), project);
			const [checkContent, score, checkPr, checkPrCold] = [
				content.seconds,
				scored.seconds,
				pr.seconds,
				prCold.seconds,
			];
			console.log(
				`   median dari ${SHORT_RUNS} kali: check:content ${fmtRuns(content)}, score ${fmtRuns(scored)}, check:pr ${fmtRuns(pr)} (tanpa cache ${fmtRuns(prCold)}); membangun …`
			);
			// Astro keeps its data store in node_modules/.astro, which the bench copies share: a store
			// left by an earlier (bigger) run would be read back first and slow whichever build follows.
			const clearAstroCache = () =>
				rmSync(join(ROOT, 'node_modules', '.astro'), { recursive: true, force: true });
			// Up to 10k, both builds run twice, alternating, and the faster run of each counts: this
			// machine's noise only ever adds time, and one sample moved the ratio between 0.9 and 1.25.
			const buildRuns: { build: Run; baseline: Run }[] = [];
			for (let run = 0; run < (n <= 10_000 ? 2 : 1); run++) {
				clearAstroCache();
				const build = measure(
					[
						'bash',
						'-c',
						`${NODE} scripts/build-admin.ts && ${NODE} ${BIN('astro/bin/astro.mjs')} build`,
					],
					project
				);
				clearAstroCache();
				const baseline = measure(
					[
						'bash',
						'-c',
						`${NODE} ${BIN('astro/bin/astro.mjs')} build && ${BIN('.bin/pagefind')} --site dist`,
					],
					baselineDir
				);
				buildRuns.push({ build, baseline });
			}
			const fastest = (runs: Run[]) =>
				runs.reduce((best, run) => (run.seconds < best.seconds ? run : best));
			const build = fastest(buildRuns.map((run) => run.build));
			const baseline = fastest(buildRuns.map((run) => run.baseline));
			const hugo = fastest(
				Array.from({ length: n <= 10_000 ? 2 : 1 }, () =>
					measure(getHugoCommand(BIN('.bin/pagefind')), hugoDir)
				)
			);
			if (buildRuns.length > 1)
				console.log(
					`   build kami ${buildRuns.map((r) => fmtS(r.build.seconds)).join(' · ')}; dasar ${buildRuns.map((r) => fmtS(r.baseline.seconds)).join(' · ')}`
				);
			const word = 'posyandu';
			rows.push({
				n,
				checkContent,
				score,
				checkPr,
				checkPrCold,
				build,
				baseline,
				hugo,
				distBytes: folderSize(join(project, 'dist')),
				distParts: {
					'halaman inovasi': folderSize(join(project, 'dist', 'inovasi')),
					'/data/': folderSize(join(project, 'dist', 'data')),
					pagefind: folderSize(join(project, 'dist', 'pagefind')),
				},
				baselineDistBytes: folderSize(join(baselineDir, 'dist')),
				searchBytes: await measureSearchBytes(join(project, 'dist'), 'inovasi/', word, '#kata'),
				baselineSearchBytes: await measureSearchBytes(join(baselineDir, 'dist'), '', word, '#q'),
				firstFilter: await measureFirstFilter(join(project, 'dist')),
				pages: Object.fromEntries(
					BUDGETED.map((route) => [
						route.name,
						measurePage(
							join(project, 'dist'),
							route.items === 'inovasi' ? findInnovationPage(join(project, 'dist')) : route.path
						).bytes,
					])
				),
			});
		} finally {
			rmSync(project, { recursive: true, force: true });
			rmSync(baselineDir, { recursive: true, force: true });
			rmSync(hugoDir, { recursive: true, force: true });
		}
	}

	console.log(
		'\n| N | check:content | score | check:pr (1 berkas; tanpa cache) | build kami (ms/inovasi) | dasar Astro (rasio) | Hugo + Pagefind (rasio) | RSS puncak kami / dasar | dist kami / dasar (KiB/inovasi) | unduhan 1 pencarian kami / dasar | saringan pertama, 3G lambat (dari centang; dari sentuhan) |'
	);
	console.log('|---|---|---|---|---|---|---|---|---|---|---|');
	for (const r of rows) {
		console.log(
			`| ${r.n} | ${fmtS(r.checkContent)} | ${fmtS(r.score)} | ${fmtS(r.checkPr)} (${fmtS(r.checkPrCold)}) | ${fmtS(r.build.seconds)} (${((r.build.seconds * 1000) / r.n).toFixed(1)}) | ${fmtS(r.baseline.seconds)} (${ratio(r.build.seconds, r.baseline.seconds)}) | ${fmtS(r.hugo.seconds)} (${ratio(r.build.seconds, r.hugo.seconds)}) | ${fmtMiB(r.build.peakRssBytes)} / ${fmtMiB(r.baseline.peakRssBytes)} | ${fmtMiB(r.distBytes)} / ${fmtMiB(r.baselineDistBytes)} (${(r.distBytes / 1024 / r.n).toFixed(1)}) | ${(r.searchBytes / 1024).toFixed(0)} / ${(r.baselineSearchBytes / 1024).toFixed(0)} KiB | ${fmtS(r.firstFilter.afterTick)} (${fmtS(r.firstFilter.afterTouch)}) |`
		);
	}
	console.log('\ndist per bagian');
	for (const r of rows) {
		const known = Object.values(r.distParts).reduce((sum, bytes) => sum + bytes, 0);
		const parts = { ...r.distParts, lainnya: r.distBytes - known };
		console.log(
			`  N=${r.n}: ${Object.entries(parts)
				.map(
					([part, bytes]) =>
						`${part} ${fmtMiB(bytes)} (${(bytes / 1024 / r.n).toFixed(1)} KiB/inovasi)`
				)
				.join(' · ')}`
		);
	}
	console.log('\nAnggaran');
	const checks: [string, boolean | undefined][] = [];
	const at = (n: number) => rows.find((r) => r.n === n);
	const r10 = at(10_000);
	const r40 = at(40_000);
	if (r10) {
		checks.push([
			'build 10k ≤ 0,6× dasar Astro + Pagefind',
			r10.build.seconds <= 0.6 * r10.baseline.seconds,
		]);
		checks.push(['build 10k ≤ 1,0× Hugo + Pagefind', r10.build.seconds <= r10.hugo.seconds]);
		checks.push([
			'check:pr 1 berkas, 10k ≤ 1 s (setelah check:content, seperti di CI)',
			r10.checkPr <= 1,
		]);
		checks.push(['check:content 10k ≤ 2 s', r10.checkContent <= 2]);
		checks.push([
			`unduhan 1 pencarian 10k ≤ ${SEARCH_BUDGET_KIB} KiB`,
			r10.searchBytes <= SEARCH_BUDGET_KIB * 1024,
		]);
	}
	if (r40) {
		checks.push(['build 40k ≤ 4 menit', r40.build.seconds <= 240]);
		checks.push(['build 40k RSS puncak ≤ 8 GiB', r40.build.peakRssBytes <= 8 * GiB]);
		checks.push([`dist 40k ≤ ${DIST_BUDGET_GIB} GiB`, r40.distBytes <= DIST_BUDGET_GIB * GiB]);
		checks.push(['unduhan 1 pencarian 40k ≤ 300 KiB', r40.searchBytes <= 300 * 1024]);
		if (r10) {
			checks.push(['check:pr 40k ≤ 4× 10k', r40.checkPr <= 4 * r10.checkPr]);
			checks.push(['check:content 40k ≤ 4× 10k', r40.checkContent <= 4 * r10.checkContent]);
		}
	} else if (r10) {
		// 40k takes the better part of an hour; between full runs, dist grows linearly with N
		// (one page and one index fragment per innovation), so 10k is held to a quarter of it.
		checks.push([
			`dist 10k ≤ ${DIST_BUDGET_GIB / 4} GiB (¼ anggaran 40k; 40k tidak diukur)`,
			r10.distBytes <= (DIST_BUDGET_GIB / 4) * GiB,
		]);
	}
	for (const r of rows) {
		for (const route of BUDGETED)
			checks.push([
				`${route.name} ≤ ${PAGE_BUDGETS[route.budget!] / 1024} KiB (N=${r.n})`,
				(r.pages[route.name] ?? Infinity) <= PAGE_BUDGETS[route.budget!],
			]);
		checks.push([
			`hasil tersaring pertama di 3G lambat ≤ 3 s sejak dicentang (N=${r.n})`,
			r.firstFilter.afterTick <= 3,
		]);
		checks.push([
			`build berhasil (N=${r.n})`,
			r.build.status === 0 && r.baseline.status === 0 && r.hugo.status === 0,
		]);
	}
	for (const [name, ok] of checks) console.log(`  ${ok ? '✔' : '✖'} ${name}`);
	if (jsonFile)
		writeFileSync(
			jsonFile,
			`${JSON.stringify({ rows, checks: Object.fromEntries(checks) }, null, 2)}\n`
		);
	return checks.every(([, ok]) => ok) ? 0 : 1;
});
