import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { slugify } from '../../src/lib/content/new-innovation.ts';
import { linkProject } from '../helpers/temp-git.ts';
import { createTempRepo, REPO_ROOT, runScript } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
	copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
	linkProject(repo.root);
});
afterEach(() => repo.cleanup());

const FLAGS = [
	'--skpd',
	'disdik',
	'--nama',
	'Sekolah Ramah Anak Pesisir',
	'--ringkasan',
	'Sekolah pesisir menyediakan ruang belajar aman.',
	'--tahapan',
	'uji-coba',
	'--inisiator',
	'asn',
	'--jenis',
	'non-digital',
	'--bentuk',
	'pelayanan-publik',
	'--urusan',
	'pendidikan',
	'--uji-coba',
	'2025-02-03',
];

describe('npm run baru', () => {
	test('writes a file that passes check:content, lists every indicator, and says what remains', () => {
		const result = runScript('new-innovation.ts', FLAGS, repo.root);
		expect(result.status, result.stderr).toBe(0);
		const file = 'content/inovasi/disdik/sekolah-ramah-anak-pesisir.md';
		const text = readFileSync(join(repo.root, file), 'utf8');
		expect(text.match(/^ {2}[a-z_]+: \{ parameter: 0, bukti: \[\] \}$/gm)).toHaveLength(20);
		expect(text).toContain('  #   3: Peraturan Daerah (Perda) tentang inovasi ini');
		expect(text.match(/^## /gm)).toEqual(['## ', '## ', '## ', '## ']);
		// No empty folder or placeholder under public/ (the audit would refuse it): only where to upload.
		expect(existsSync(join(repo.root, 'public/bukti/disdik/sekolah-ramah-anak-pesisir'))).toBe(
			false
		);
		expect(result.stdout).toContain(
			'Unggah bukti ke: public/bukti/disdik/sekolah-ramah-anak-pesisir/'
		);
		expect(result.stdout).toContain(
			'Yang masih perlu dilengkapi (pemeriksaan yang sama dengan pull request):'
		);
		expect(result.stdout).toContain('peringatan: indikator: indikator wajib belum diklaim');
		const check = runScript('check-content.ts', [file], repo.root);
		expect(check.status, check.stdout).toBe(0);
		expect(check.stdout).toContain('✔ 0 galat');
	});

	test('npm run baru at stage penerapan names the errors that remain instead of staying silent', () => {
		const flags = FLAGS.map((flag) => (flag === 'uji-coba' ? 'penerapan' : flag));
		const result = spawnSync(
			'npm',
			['run', '--silent', 'baru', '--', ...flags, '--penerapan', '2025-06-02'],
			{ cwd: repo.root, encoding: 'utf8', env: { ...process.env, KATALOG_TANGGAL: '2026-11-27' } }
		);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toMatch(
			/content\/inovasi\/disdik\/sekolah-ramah-anak-pesisir\.md:\d+:\d+: galat: Rancang Bangun baru \d+ kata/
		);
		expect(result.stdout).toContain(
			'Lengkapi di berkasnya, lalu periksa lagi: npm run check:content -- content/inovasi/disdik/sekolah-ramah-anak-pesisir.md'
		);
	});

	test('an implementation date before the trial is refused before anything is written', () => {
		const flags = FLAGS.map((flag) => (flag === 'uji-coba' ? 'penerapan' : flag));
		const result = runScript(
			'new-innovation.ts',
			[...flags, '--uji-coba', '2025-03-01', '--penerapan', '2025-01-15'],
			repo.root
		);
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'galat: --penerapan: penerapan tidak boleh sebelum uji coba (2025-03-01)\n'
		);
		expect(
			existsSync(join(repo.root, 'content/inovasi/disdik/sekolah-ramah-anak-pesisir.md'))
		).toBe(false);
	});

	test('refuses to overwrite', () => {
		expect(runScript('new-innovation.ts', FLAGS, repo.root).status).toBe(0);
		const again = runScript('new-innovation.ts', FLAGS, repo.root);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain(
			'galat: content/inovasi/disdik/sekolah-ramah-anak-pesisir.md sudah ada'
		);
	});

	test('without a terminal, a missing answer is named as a flag', () => {
		const result = runScript('new-innovation.ts', ['--skpd', 'disdik'], repo.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('--nama wajib diisi bila tidak dijalankan secara interaktif');
	});

	test('an unregistered agency is refused', () => {
		const result = runScript('new-innovation.ts', ['--skpd', 'tidak-ada'], repo.root);
		expect(result.stderr).toContain('SKPD `tidak-ada` belum terdaftar di content/skpd/');
	});
});

test.each([
	['SIPANDU — Sistem Informasi Puskesmas', 'sipandu-sistem-informasi-puskesmas'],
	['Bayar PBB-P2 dengan QRIS', 'bayar-pbb-p2-dengan-qris'],
	['Pelé & Café', 'pele-cafe'],
	['  --Aneh!!  ', 'aneh'],
])('slugify(%s) = %s', (name, slug) => {
	expect(slugify(name)).toBe(slug);
});
