import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { LEGACY_COLUMNS } from '../../src/lib/import/legacy-row.ts';
import { linkProject } from '../helpers/temp-git.ts';
import { createTempRepo, REPO_ROOT, runScript } from '../helpers/temp-repo.ts';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/legacy/ekspor-lama.csv');

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
	copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
	linkProject(repo.root);
});
afterEach(() => repo.cleanup());

/** The documented command. */
const impor = (file: string) =>
	spawnSync('npm', ['run', '--silent', 'impor', '--', file], {
		cwd: repo.root,
		encoding: 'utf8',
		env: { ...process.env, KATALOG_TANGGAL: '2026-11-27' },
	});

describe('npm run impor', () => {
	test('the legacy CSV (semicolons, BOM) becomes drafts: valid ones in content/, the rest staged with what to add', () => {
		const result = impor(FIXTURE);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'content/inovasi/dinkes/puskesmas-keliling-pesisir.md: ✔ lulus pemeriksaan'
		);
		expect(result.stdout).toContain(
			'draf-impor/dinkes/sistem-arsip-kelurahan.md: ✖ perlu dilengkapi'
		);
		expect(result.stdout).toContain('ekspor lama tidak memuat urusan; isi `urusan`');
		expect(result.stdout).toContain(
			'SKPD "Dinas Lingkungan Hidup Kota Lain" tidak dikenal di content/skpd/'
		);
		expect(result.stdout).toContain(
			'3 baris: 1 draf di content/inovasi/, 2 draf di draf-impor/ perlu dilengkapi, 0 dilewati.'
		);
		const draft = readFileSync(
			join(repo.root, 'content/inovasi/dinkes/puskesmas-keliling-pesisir.md'),
			'utf8'
		);
		expect(draft).toContain(
			'tahapan: uji-coba\ninisiator: perangkat-daerah\njenis: non-digital\nbentuk: pelayanan-publik\nurusan: kesehatan\nasta_cita: 4\nwaktu_uji_coba: 2024-03-04\n'
		);
		expect(draft).toContain(
			'## Tujuan\n\nMendekatkan layanan kesehatan dasar ke desa pesisir. Mengurangi biaya perjalanan warga.\n'
		);
		expect(draft).not.toContain('<p>');
		// the valid draft passes the documented check; the staged ones are outside content/
		expect(runScript('check-content.ts', [], repo.root).status).toBe(0);
		expect(
			readFileSync(join(repo.root, 'draf-impor/dinkes/sistem-arsip-kelurahan.md'), 'utf8')
		).toContain('waktu_penerapan: 2024-08-01');
	});

	test('never overwrites: a second run skips every draft', () => {
		impor(FIXTURE);
		const path = join(repo.root, 'content/inovasi/dinkes/puskesmas-keliling-pesisir.md');
		writeFileSync(
			path,
			readFileSync(path, 'utf8').replace('Puskesmas Keliling Pesisir', 'Diubah SKPD')
		);
		const again = impor(FIXTURE);
		expect(again.stdout).toContain(
			'3 baris: 0 draf di content/inovasi/, 0 draf di draf-impor/ perlu dilengkapi, 3 dilewati.'
		);
		expect(readFileSync(path, 'utf8')).toContain('Diubah SKPD');
	});

	test('an XLSX export with real date cells reads the same', async () => {
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('Proposals');
		sheet.addRow([...LEGACY_COLUMNS, 'Urusan']);
		sheet.addRow([
			'7',
			'Posyandu Digital',
			'<p>Rancang.</p>',
			'<p>Tujuan satu.</p>',
			'M',
			'H',
			new Date(Date.UTC(2024, 4, 2)),
			new Date(Date.UTC(2024, 10, 1)),
			'',
			'',
			'draft',
			'Pelayanan Publik',
			'Digital',
			'Dinas Kesehatan',
			'x',
			'',
			'Uji Coba',
			'Kepala Daerah',
			'Kesehatan',
		]);
		await workbook.xlsx.writeFile(join(repo.root, 'lama.xlsx'));
		const result = impor('lama.xlsx');
		expect(result.status).toBe(0);
		expect(
			readFileSync(join(repo.root, 'content/inovasi/dinkes/posyandu-digital.md'), 'utf8')
		).toContain(
			'inisiator: kepala-daerah\njenis: digital\nbentuk: pelayanan-publik\nurusan: kesehatan\nwaktu_uji_coba: 2024-05-02\n'
		);
	});

	test('a file without the legacy columns is refused with the missing ones named', () => {
		writeFileSync(join(repo.root, 'lain.csv'), 'Nama,Tahun\nA,2024\n');
		const result = impor('lain.csv');
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('kolom ekspor lama tidak lengkap, kurang: ID, Rancang Bangun');
		expect(existsSync(join(repo.root, 'draf-impor'))).toBe(false);
	});
});
