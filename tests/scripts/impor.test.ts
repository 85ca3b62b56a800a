import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
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
			'3 baris: 1 draf di content/inovasi/, 2 draf di draf-impor/ perlu dilengkapi (0 duplikat), 0 dilewati.'
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
			'3 baris: 0 draf di content/inovasi/, 0 draf di draf-impor/ perlu dilengkapi (0 duplikat), 3 dilewati.'
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

	test('a workbook that inflates past the bound is refused before parsing, with a clear message, within a small heap', async () => {
		// 1 MB of zip that inflates to 64 MiB of one sheet: a zip bomb on a small scale.
		const zip = new JSZip();
		zip.file('[Content_Types].xml', '<Types/>');
		zip.file('xl/worksheets/sheet1.xml', 'a'.repeat(64 * 1024 * 1024));
		writeFileSync(
			join(repo.root, 'bom.xlsx'),
			await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
		);
		// A small heap: parsing the inflated sheet would run out of it; the bound answers first.
		const result = spawnSync('npm', ['run', '--silent', 'impor', '--', 'bom.xlsx'], {
			cwd: repo.root,
			encoding: 'utf8',
			env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=200' },
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'galat: bom.xlsx: isi buku kerja melebihi 32 MiB setelah dibuka (berkas bom zip atau terlalu besar); ekspor ulang hanya lembar inovasinya\n'
		);
		expect(existsSync(join(repo.root, 'draf-impor'))).toBe(false);
	});

	test('too many rows or too long a cell is refused before parsing', () => {
		const header = `${LEGACY_COLUMNS.join(';')}\n`;
		writeFileSync(join(repo.root, 'banyak.csv'), header + '1;A\n'.repeat(20_001));
		expect(impor('banyak.csv').stderr).toContain('banyak.csv: 20001 baris, lebih dari 20000');
		writeFileSync(join(repo.root, 'panjang.csv'), `${header}1;${'x'.repeat(100_001)}\n`);
		expect(impor('panjang.csv').stderr).toContain('panjang.csv: satu baris berisi 100003 karakter');
	});

	test('drafts are never written to a Windows-reserved name, beside a case twin, or through a link', () => {
		const csv = readFileSync(FIXTURE, 'utf8');
		const rows = csv.split('\n');
		// A legacy innovation named "CON" (a name Windows cannot create) and one whose file exists
		// in another case.
		const con = rows[1]!.replace('12;Puskesmas Keliling Pesisir;', '14;CON;');
		writeFileSync(join(repo.root, 'lama.csv'), [rows[0], rows[1], con, rows[2], ''].join('\n'));
		repo.write('content/inovasi/dinkes/Puskesmas-Keliling-Pesisir.md', 'lama\n');
		// draf-impor/dinkes is a link to a folder outside the repository.
		const outside = mkdtempSync(join(tmpdir(), 'katalog-luar-'));
		mkdirSync(join(repo.root, 'draf-impor'));
		symlinkSync(outside, join(repo.root, 'draf-impor/dinkes'));
		try {
			const result = impor('lama.csv');
			expect(result.status).toBe(0);
			expect(result.stdout).toContain(
				'content/inovasi/dinkes/puskesmas-keliling-pesisir.md: dilewati — sudah ada `Puskesmas-Keliling-Pesisir.md`, yang hanya berbeda huruf besar/kecil'
			);
			expect(result.stdout).toContain('content/inovasi/dinkes/inovasi-con.md: ✔ lulus pemeriksaan');
			expect(result.stdout).toContain(
				'draf-impor/dinkes/sistem-arsip-kelurahan.md: dilewati — dinkes/ bukan folder biasa (tautan simbolik atau berkas)'
			);
			expect(readdirSync(outside)).toEqual([]);
			expect(readdirSync(join(repo.root, 'content/inovasi/dinkes')).sort()).toEqual([
				'Puskesmas-Keliling-Pesisir.md',
				'contoh.md',
				'inovasi-con.md',
			]);
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});
