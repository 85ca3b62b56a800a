import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTempRepo, runScript } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
});
afterEach(() => repo.cleanup());

test('npm run arsip freezes the year, refuses to overwrite, and check:content validates the record', () => {
	const first = runScript('archive.ts', ['2026'], repo.root);
	expect(first.stdout).toBe('content/arsip/2026.json ditulis: IID 3.9 (Kurang Inovatif).\n');
	const archive = JSON.parse(
		readFileSync(join(repo.root, 'content/arsip/2026.json'), 'utf8')
	) as unknown;
	expect(archive).toMatchObject({
		tahun_penilaian: 2026,
		dibekukan: '2026-11-27',
		pemda: { iid: 3.9 },
	});
	expect(runScript('archive.ts', ['2026'], repo.root).status).toBe(1);
	expect(runScript('archive.ts', ['2025'], repo.root).stderr).toContain(
		'hanya tahun itu yang dapat dibekukan'
	);
	repo.write(
		'content/arsip/resmi.yml',
		'- tahun: 2025\n  iid: tiga puluh\n  predikat: Kurang Inovatif\n  sumber: Kepmendagri\n'
	);
	const check = runScript('check-content.ts', [], repo.root);
	expect(check.stdout).toContain(
		'content/arsip/resmi.yml:2:8: galat: 0.iid: iid harus berupa angka, mis. 38.42'
	);
	repo.write('content/arsip/2024.json', '{"tahun_penilaian": 2024}');
	expect(runScript('check-content.ts', [], repo.root).stdout).toContain(
		'content/arsip/2024.json:1:1: galat: arsip tidak sesuai skema'
	);
});
