/**
 * `npm run provinsi`, the documented command, over thirteen regency sites served on local ports:
 * different sizes, one down, one with a tampered skor.json, one with hostile strings, one with an
 * older data version, and the sample region's real published files (with verifications). Nothing
 * here needs the internet.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { PublishedScoresSchema, readInnovations } from '../../src/lib/province/read-open-data.ts';
import { recomputeRegion } from '../../src/lib/province/recompute.ts';
import { getRuleSet } from '../../src/lib/rules/registry.ts';
import { editJson, writeRegencySite } from '../helpers/regency-site.ts';
import { getFreePort } from '../helpers/free-port.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';
import { CHROMIUM } from './browser.ts';

const NAMES = [
	'Kabupaten Tanah Laut',
	'Kabupaten Kotabaru',
	'Kabupaten Banjar',
	'Kabupaten Barito Kuala',
	'Kabupaten Tapin',
	'Kabupaten Hulu Sungai Selatan',
	'Kabupaten Hulu Sungai Tengah',
	'Kabupaten Hulu Sungai Utara',
	'Kabupaten Tabalong',
	'Kabupaten Tanah Bumbu',
	'Kabupaten Balangan',
	'Kota Banjarmasin',
	'Kota Banjarbaru',
];
const DOWN = 'Kabupaten Tabalong';
const TAMPERED = 'Kabupaten Kotabaru';
const HOSTILE = 'Kabupaten Tapin';
const OLDER = 'Kabupaten Balangan';
const SAMPLE = 'Kabupaten Tanah Bumbu';

const sites = new Map<string, { dir?: string; url: string; close?: () => Promise<void> }>();
let work: string;
let out: string;
let result: { status: number | null; stdout: string; stderr: string };
let browser: Browser;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'provinsi-'));
	out = join(work, 'situs');
	for (const [index, nama] of NAMES.entries()) {
		if (nama === DOWN) {
			sites.set(nama, { url: `http://127.0.0.1:${await getFreePort()}/` });
			continue;
		}
		// The sample region is served from the built site (npm run build): its real open data.
		const dir =
			nama === SAMPLE
				? join(REPO_ROOT, 'dist')
				: await writeRegencySite({
						nama,
						kode: `63.${String(index + 1).padStart(2, '0')}`,
						n: 6 + index * 3,
						seed: index + 1,
					});
		if (nama === TAMPERED)
			editJson(dir, 'data/skor.json', (value) => {
				const scores = value as { pemda: { iid: number } };
				scores.pemda.iid += 5;
				return scores;
			});
		if (nama === HOSTILE)
			editJson(dir, 'data/inovasi.json', (value) => {
				const records = value as Record<string, unknown>[];
				records[0]!.nama = '<img src=x onerror="window.__diserang=1">Inovasi';
				return [...records, { id: '../../rahasia', nama: 'x' }];
			});
		if (nama === OLDER) {
			editJson(dir, 'data/skor.json', (value) => {
				const {
					versi_data: _v,
					spd_baris: _s,
					daerah: _d,
					...rest
				} = value as Record<string, unknown>;
				return rest;
			});
			editJson(dir, 'data/inovasi.json', (value) =>
				(value as Record<string, unknown>[]).map(
					({
						versi_data: _v,
						tahun_aturan: _t,
						parameter_terverifikasi: _p,
						status_layak: _l,
						...rest
					}) => rest
				)
			);
		}
		const server = await serveStatic(dir);
		sites.set(nama, { dir, url: server.url, close: server.close });
	}
	const sources = [
		'provinsi: Kalimantan Selatan',
		"kode_wilayah: '63'",
		'daerah:',
		...NAMES.map(
			(nama, index) =>
				`  - { nama: ${nama}, kode_wilayah: '63.${String(index + 1).padStart(2, '0')}', situs: '${sites.get(nama)!.url}' }`
		),
	].join('\n');
	writeFileSync(join(work, 'sumber.yml'), `${sources}\n`);
	// Asynchronously: the regency servers live in this process and must keep answering.
	result = await new Promise((done) => {
		const child = spawn(
			'npm',
			[
				'run',
				'--silent',
				'provinsi',
				'--',
				'--sumber',
				join(work, 'sumber.yml'),
				'--keluar',
				out,
				'--cache',
				join(work, 'cache'),
				'--di-luar-repo',
			],
			{ cwd: REPO_ROOT, env: { ...process.env, KATALOG_TANGGAL: '2026-11-27' } }
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (status) => done({ status, stdout, stderr }));
	});
	browser = await chromium.launch(CHROMIUM);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	for (const site of sites.values()) await site.close?.();
	for (const site of sites.values())
		if (site.dir && !site.dir.startsWith(REPO_ROOT))
			rmSync(site.dir, { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
});

const page = (path: string) => readFileSync(join(out, path), 'utf8');

test('the ranking is the recomputed claimed index, and a tampered figure is flagged "tidak cocok"', () => {
	expect(result.status, result.stderr).toBe(0);
	const expected = NAMES.filter((nama) => nama !== DOWN)
		.map((nama) => {
			const dir = sites.get(nama)!.dir!;
			const scores = PublishedScoresSchema.parse(
				JSON.parse(readFileSync(join(dir, 'data/skor.json'), 'utf8'))
			);
			const records = readInnovations(
				JSON.parse(readFileSync(join(dir, 'data/inovasi.json'), 'utf8'))
			).valid;
			return {
				nama,
				iid: recomputeRegion(scores, records, getRuleSet(scores.tahun_penilaian)).klaim.iid,
			};
		})
		.sort((a, b) => b.iid - a.iid || a.nama.localeCompare(b.nama, 'id'))
		.map((row) => row.nama);
	const html = page('index.html');
	const order = [...html.matchAll(/<th scope="row">([^<]+)<br>/g)].map((match) => match[1]);
	expect(order).toEqual([...expected, DOWN]);
	const rowOf = (nama: string) =>
		html.slice(html.indexOf(`<th scope="row">${nama}<br>`)).split('</tr>')[0]!;
	expect(rowOf(TAMPERED)).toContain('tidak cocok');
	for (const nama of NAMES.filter((item) => item !== TAMPERED))
		expect(rowOf(nama)).not.toContain('tidak cocok');
	// The sample's verified index is recomputed from its published decisions and agrees.
	expect(rowOf(SAMPLE)).toMatch(
		/IID terverifikasi \(terbit\)">[\d,]+<br><span class="meta">hitung ulang [\d,]+/
	);
	// Version 1 data: the claimed index is recomputed, the verified one cannot be.
	expect(rowOf(OLDER)).toContain('tidak dapat dihitung ulang');
});

test('the status page names the source that is down, the skipped record and the older version', () => {
	const html = page('status/index.html');
	const rowOf = (nama: string) =>
		html.slice(html.indexOf(`<th scope="row">${nama}</th>`)).split('</tr>')[0]!;
	expect(rowOf(DOWN)).toContain('gagal');
	expect(rowOf(HOSTILE)).toContain('../../rahasia');
	expect(rowOf(OLDER)).toMatch(/Versi data">1</);
	expect(rowOf(SAMPLE)).toMatch(/Versi data">2</);
	// Hostile text is text: no element came from a source.
	for (const path of [
		'index.html',
		'status/index.html',
		'replikasi/index.html',
		'statistik/index.html',
	])
		expect(page(path)).not.toMatch(/<img|onerror="window/);
});

test('at 360 px the pages fit, pass axe, and one search finds innovations of several regencies', async () => {
	const site = await serveStatic(out);
	try {
		const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
		const tab = await context.newPage();
		for (const path of ['', 'status/', 'statistik/', 'replikasi/']) {
			await tab.goto(`${site.url}${path}`);
			expect(await tab.evaluate(() => document.documentElement.scrollWidth), path).toBe(360);
			const axe = await new AxeBuilder({ page: tab }).analyze();
			expect(
				axe.violations.map((violation) => violation.id),
				path
			).toEqual([]);
		}
		await tab.goto(`${site.url}cari/`);
		const status = tab.locator('[data-status]');
		await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Siap mencari/);
		expect(await status.textContent()).toContain(`Tidak tersedia: ${DOWN}`);
		await tab.locator('#kata').fill('layanan');
		await expect
			.poll(() => tab.locator('[data-hasil] li').count(), { timeout: 30_000 })
			.toBeGreaterThan(1);
		const regions = new Set(
			(await tab.locator('[data-hasil] li .meta').allTextContents()).map((text) =>
				text.replace(/^ — /, '')
			)
		);
		expect(regions.size).toBeGreaterThan(1);
		// Filtered to one regency that had results, every result is that regency's.
		const chosen = [...regions].sort()[0]!;
		await tab.locator('#daerah').selectOption(chosen);
		await expect
			.poll(async () => new Set(await tab.locator('[data-hasil] li .meta').allTextContents()), {
				timeout: 30_000,
			})
			.toEqual(new Set([` — ${chosen}`]));
		expect(
			await tab.evaluate(() => (window as unknown as { __diserang?: number }).__diserang)
		).toBeUndefined();
		await context.close();
	} finally {
		await site.close();
	}
}, 120_000);
