import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { createTempGitRepo } from '../helpers/temp-git.ts';
import { createTempSite } from '../helpers/temp-site.ts';
import {
	createTempRepo,
	PDF_BYTES,
	PEMDA_YML,
	PNG_BYTES,
	REPO_ROOT,
	runScript,
} from '../helpers/temp-repo.ts';
import { CHROMIUM } from './browser.ts';
import { getFreePort } from '../helpers/free-port.ts';
import { writeFormSite } from '../../scripts/lib/form-site-fs.ts';
import { FORM_SITE_DIR } from '../../src/lib/cms/to-admin-page.ts';

let repo: ReturnType<typeof createTempGitRepo>;
let decap: ChildProcess;
let admin: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let formDir: string | undefined;

beforeAll(async () => {
	repo = createTempGitRepo();
	const port = await getFreePort();
	// decap-server in git mode on this temporary clone, as `npm run admin` starts it, on a free port.
	decap = spawn(process.execPath, [join(REPO_ROOT, 'node_modules/decap-server/dist/index.js')], {
		env: {
			...process.env,
			BIND_HOST: '127.0.0.1',
			PORT: String(port),
			MODE: 'git',
			GIT_REPO_DIRECTORY: repo.root,
			LOG_LEVEL: 'error',
		},
		stdio: 'ignore',
	});
	// The form generated from the schema for a decap-server on that port (what npm run admin does),
	// into a folder of its own, served under /admin/ as the site serves it.
	const forms = mkdtempSync(join(tmpdir(), 'formulir-'));
	formDir = forms;
	cpSync(join(REPO_ROOT, 'content'), join(forms, 'content'), { recursive: true });
	cpSync(join(REPO_ROOT, 'package.json'), join(forms, 'package.json'));
	process.env.KATALOG_PORT_DECAP = String(port);
	try {
		await writeFormSite(forms);
	} finally {
		delete process.env.KATALOG_PORT_DECAP;
	}
	mkdirSync(join(forms, 'situs'));
	symlinkSync(join(forms, FORM_SITE_DIR), join(forms, 'situs', 'admin'), 'dir');
	admin = await serveStatic(join(forms, 'situs'));
	browser = await chromium.launch(CHROMIUM);
});

afterAll(async () => {
	await browser?.close();
	await admin?.close();
	decap?.kill();
	repo?.cleanup();
	if (formDir) rmSync(formDir, { recursive: true, force: true });
});

test('local mode: a form save becomes a branch whose file passes check:content and shows in the built catalogue', async () => {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	// The form runs under its own Content-Security-Policy (generated /admin/index.html): nothing it needs
	// may be blocked.
	const blocked: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
			blocked.push(message.text());
	});
	await page.goto(`${admin.url}admin/`);
	await page.getByRole('button', { name: 'Masuk' }).click();
	// Decap's global Media library would commit uploads straight to main: its header button is hidden.
	await page.getByRole('link', { name: 'Alur kerja' }).waitFor();
	expect(await page.locator('header button', { hasText: 'Media' }).count()).toBe(1);
	expect(await page.locator('header button', { hasText: 'Media' }).isVisible()).toBe(false);
	await page.goto(`${admin.url}admin/#/collections/inovasi-dinkes/new`);
	const pick = async (field: string, text: string) => {
		await page.locator(`[id^=${field}-field]`).click();
		await page.keyboard.type(text);
		await page.keyboard.press('Enter');
	};
	await page.locator('[id^=nama-field]').first().fill('Klinik Gizi Keliling');
	await page
		.locator('[id^=ringkasan-field]')
		.fill('Ahli gizi mendatangi posyandu desa setiap bulan.');
	await pick('tahapan', 'Uji Coba');
	await pick('inisiator', 'ASN');
	await pick('jenis', 'Non Digital');
	await pick('bentuk', 'Inovasi pelayanan publik');
	await pick('urusan', 'Kesehatan');
	// The form speaks Indonesian: one label per indicator, the hint says what IID requires.
	expect(
		await page.getByText('Indikator wajib IID: tanpa klaim ini', { exact: false }).count()
	).toBeGreaterThan(0);
	expect(await page.getByText('(optional)').count()).toBe(0);
	expect(await page.getByText('wajib untuk IID', { exact: false }).count()).toBe(0);
	// A date in the future: check:content would refuse it, so the form stops the save first.
	await page.locator('[id^=waktu_uji_coba-field]').fill('2030-03-01');
	// The preview pane speaks the catalogue's words (not the stored keys), shows the claimed
	// maturity, and already names the error Save will refuse.
	const preview = page.frameLocator('iframe').first();
	await preview.getByText('Pratinjau: seperti di katalog').waitFor();
	expect(await preview.locator('dd', { hasText: /^Uji Coba$/ }).count()).toBe(1);
	expect(await preview.getByText('uji-coba', { exact: true }).count()).toBe(0);
	await preview
		.getByRole('alert')
		.getByText('Mulai uji coba: tanggal 2030-03-01 masih di masa depan', { exact: false })
		.waitFor();
	await page.getByRole('button', { name: 'Simpan' }).click();
	await page
		.getByText('Mulai uji coba: tanggal 2030-03-01 masih di masa depan', { exact: false })
		.first()
		.waitFor();
	expect(
		spawnSync('git', ['-C', repo.root, 'branch', '--list', 'cms/*'], { encoding: 'utf8' }).stdout
	).toBe('');
	// Corrected as an officer would: select the date and type over it.
	await page.locator('[id^=waktu_uji_coba-field]').click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('2025-03-01');
	await preview.getByText('Tidak ada galat', { exact: false }).waitFor();
	await preview.getByText(/^Kematangan klaim: \d+ dari \d+ poin$/).waitFor();
	await page.getByRole('button', { name: 'Simpan' }).click();
	await page.getByText('Isian tersimpan').waitFor();

	// Editorial workflow: the save is a branch + commit (a pull request on GitHub).
	const branch = 'cms/inovasi-dinkes/klinik-gizi-keliling';
	await expect
		.poll(() =>
			spawnSync('git', ['-C', repo.root, 'branch', '--list', branch], {
				encoding: 'utf8',
			}).stdout.trim()
		)
		.toBe(branch);
	const file = 'content/inovasi/dinkes/klinik-gizi-keliling.md';
	// The branch's file is what a pull request would add. It is read from the branch object and
	// checked in a separate repository: decap-server switches its working tree between branches
	// while it commits, so nothing here may read or write that working tree.
	const saved = repo.git('show', `${branch}:${file}`).stdout;
	// No unclaimed indicator is written out as `parameter: 0`.
	expect(saved).not.toMatch(/parameter: 0/);
	expect(saved).toContain('waktu_uji_coba: 2025-03-01');
	const checker = createTempRepo();
	try {
		checker.write(file, saved);
		const check = runScript('check-content.ts', [file], checker.root);
		expect(check.status, check.stdout).toBe(0);
	} finally {
		checker.cleanup();
	}

	const site = createTempSite({
		'content/pemda.yml': PEMDA_YML,
		'content/skpd/dinkes.yml': repo.git('show', `${branch}:content/skpd/dinkes.yml`).stdout,
		[file]: saved,
		'public/bukti/pemda/rpjmd.pdf': PDF_BYTES,
		'public/bukti/dinkes/contoh/sk.pdf': PDF_BYTES,
		'public/bukti/dinkes/contoh/foto.png': PNG_BYTES,
	});
	try {
		expect(site.build().status).toBe(0);
		expect(readFileSync(join(site.root, 'dist/inovasi/index.html'), 'utf8')).toContain(
			'Klinik Gizi Keliling'
		);
		expect(existsSync(join(site.root, 'dist/inovasi/dinkes/klinik-gizi-keliling/index.html'))).toBe(
			true
		);
	} finally {
		site.cleanup();
	}
	expect(blocked).toEqual([]);
});

test('on a 360 px phone: a new entry opens calm, in Indonesian, fits the screen, and Simpan is on it', async () => {
	const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
	await page.goto(`${admin.url}admin/`);
	await page.getByRole('button', { name: 'Masuk' }).click();
	await page.getByRole('link', { name: 'Alur kerja' }).waitFor();
	await page.goto(`${admin.url}admin/#/collections/inovasi-dinkes/new`);
	const preview = page.frameLocator('iframe').first();
	await preview.getByText('Pratinjau: seperti di katalog').waitFor();
	// Before anything is typed: a to-do line, no error list, no raw validator text.
	await preview
		.getByText('Masih perlu diisi sebelum disimpan: Nama inovasi', { exact: false })
		.waitFor();
	expect(await preview.getByRole('alert').count()).toBe(0);
	const text = await preview.locator('body').textContent();
	expect(text).not.toMatch(/Invalid|expected|received|indikator\./);
	// The editor fits 360 px and Simpan is on the first screen.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
	const save = await page.getByRole('button', { name: 'Simpan' }).boundingBox();
	expect(save!.x + save!.width).toBeLessThanOrEqual(360);
	expect(save!.y).toBeLessThan(740);
	// Typing a wrong value names the field by its label, in check:content's words.
	await page.locator('[id^=nama-field]').first().fill('Klinik Gizi');
	await page.locator('[id^=waktu_uji_coba-field]').fill('2030-03-01');
	await preview
		.getByRole('alert')
		.getByText('Mulai uji coba: tanggal 2030-03-01 masih di masa depan', { exact: false })
		.waitFor();
	// Saving at 360 px: Decap's own required-field check, in Indonesian.
	await page.getByRole('button', { name: 'Simpan' }).click();
	await page.getByText('Ringkasan wajib diisi', { exact: false }).first().waitFor();
	expect(
		spawnSync('git', ['-C', repo.root, 'branch', '--list', 'cms/*klinik-gizi'], {
			encoding: 'utf8',
		}).stdout
	).toBe('');
	await page.close();
});
