/**
 * A coordinator's verification day, end to end: `npm run verifikasi` (the documented path) writes
 * the records in a copy of the sample repository, the site built from it shows both scores and the
 * status of each indicator, and the national workbook downloaded from the coordinator room reads
 * back with the same figures.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { INNOVATION_COLUMNS } from '../../src/lib/export/national-rows.ts';
import { formatNumber, formatScore } from '../../src/lib/format/number.ts';
import { loadRepository } from '../../src/repository/load-repository-fs.ts';
import { scoreRepository } from '../../src/repository/score-repository.ts';
import { createTempSite } from '../helpers/temp-site.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';
import { CHROMIUM } from './browser.ts';

const TODAY = '2026-11-27';
const ID = 'dinsos/dtks-jemput-bola';
const NOTE = 'Video belum memperlihatkan pendataan di desa; unggah ulang video 2–3 menit';

const site = createTempSite({});
let server: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let report: ReturnType<typeof scoreRepository>;

/** The documented command, run in the copy. */
function verifikasi(...args: string[]) {
	const result = spawnSync('npm', ['run', '--silent', 'verifikasi', '--', ...args], {
		cwd: site.root,
		encoding: 'utf8',
		env: { ...process.env, KATALOG_TANGGAL: TODAY, KATALOG_VERIFIKATOR: 'Sari (Bappedalitbang)' },
	});
	// The sample's linked evidence lives on hosts this machine cannot reach: the only thing on stderr
	// is the one warning that their content could not be recorded.
	expect(
		result.stderr
			.split('\n')
			.filter(Boolean)
			.every((line) => line.startsWith('peringatan:'))
	).toBe(true);
	expect(result.status).toBe(0);
	return result.stdout;
}

beforeAll(async () => {
	cpSync(join(REPO_ROOT, 'content'), join(site.root, 'content'), { recursive: true });
	cpSync(join(REPO_ROOT, 'public', 'bukti'), join(site.root, 'public', 'bukti'), {
		recursive: true,
	});
	verifikasi('layak', ID);
	verifikasi('terima', ID);
	verifikasi('perbaiki', ID, 'video', '--catatan', NOTE);
	report = scoreRepository(loadRepository(site.root, { today: TODAY }));
	const build = site.build();
	expect(build.status, build.stderr).toBe(0);
	server = await serveStatic(join(site.root, 'dist'));
	browser = await chromium.launch(CHROMIUM);
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	site.cleanup();
});

const innovation = () => report.inovasi.find((row) => row.id === ID)!;

test('the verified innovation shows both maturities and a status with the note per indicator', async () => {
	// Everything accepted at the claimed level but the video (weight 4 × parameter 2 = 8 points).
	const scored = innovation();
	expect(scored.verifikasi.kematangan).toBe(scored.kematangan - 8);
	const page = await browser.newPage();
	await page.goto(`${server.url}inovasi/${ID}/`);
	expect(await page.getByTestId('kematangan').textContent()).toBe(formatScore(scored.kematangan));
	expect(await page.getByTestId('kematangan-terverifikasi').textContent()).toBe(
		formatScore(scored.verifikasi.kematangan)
	);
	const video = page.locator('.score tbody tr', { hasText: 'Video inovasi daerah' });
	await expect.poll(() => video.textContent()).toContain('perlu perbaikan');
	expect(await video.textContent()).toContain(NOTE);
	expect(
		await page.locator('.score tbody tr', { hasText: 'Regulasi Inovasi Daerah' }).textContent()
	).toContain('diterima');
	await page.close();
});

test('home shows the claimed and the verified index side by side', async () => {
	const page = await browser.newPage();
	await page.goto(server.url);
	expect(await page.getByTestId('iid').textContent()).toBe(formatNumber(report.pemda.iid));
	expect(await page.getByTestId('iid-terverifikasi').textContent()).toBe(
		formatNumber(report.terverifikasi.pemda.iid)
	);
	expect(report.terverifikasi.pemda.iid).toBeLessThan(report.pemda.iid);
	await page.close();
});

test('the coordinator room lists the innovation as sent back, and its workbook reads back', async () => {
	const page = await browser.newPage();
	await page.goto(`${server.url}koordinator/`);
	const row = page.getByTestId('antrean').locator('tr', { hasText: 'Dinas Sosial' });
	// The queue names the innovation and links its page, never a bare slug.
	const queued = row.getByRole('link', { name: innovation().nama });
	expect(await queued.getAttribute('href')).toMatch(/inovasi\/dinsos\/dtks-jemput-bola\/$/);
	const link = page.getByTestId('ekspor').locator('a[href$="formulir-nasional.xlsx"]');
	const response = await page.request.get(
		new URL((await link.getAttribute('href'))!, page.url()).href
	);
	expect(response.ok()).toBe(true);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
	expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
		'Pemda',
		'SPD',
		'Inovasi',
		'Indikator',
		'Tidak Diajukan',
	]);
	const rows: unknown[][] = [];
	workbook.getWorksheet('Inovasi')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
	expect(rows[0]).toEqual([...INNOVATION_COLUMNS]);
	const at = (name: (typeof INNOVATION_COLUMNS)[number]) => INNOVATION_COLUMNS.indexOf(name);
	const mine = rows.find((cells) => cells[at('ID')] === ID)!;
	expect(mine[at('Kematangan Klaim')]).toBe(innovation().kematangan);
	expect(mine[at('Kematangan Terverifikasi')]).toBe(innovation().verifikasi.kematangan);
	// Every innovation is either submitted (a row here) or listed apart with its reason.
	const apart: unknown[][] = [];
	workbook
		.getWorksheet('Tidak Diajukan')!
		.eachRow((r) => apart.push((r.values as unknown[]).slice(1)));
	expect(rows.length - 1 + apart.length - 1).toBe(report.inovasi.length);
	// The site's workbook is the same file `npm run ekspor` writes.
	const cli = spawnSync('npm', ['run', '--silent', 'ekspor'], {
		cwd: site.root,
		encoding: 'utf8',
		env: { ...process.env, KATALOG_TANGGAL: TODAY },
	});
	expect(cli.status).toBe(0);
	expect(
		Buffer.from(await response.body()).equals(
			readFileSync(join(site.root, 'ekspor/formulir-nasional.xlsx'))
		)
	).toBe(true);
	await page.close();
});
