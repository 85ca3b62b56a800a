import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { INDICATOR_COLUMNS, INNOVATION_COLUMNS } from '../../src/lib/export/national-rows.ts';
import { linkProject } from '../helpers/temp-git.ts';
import { createTempRepo, minimalInnovation, REPO_ROOT, runScript } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
	copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
	linkProject(repo.root);
});
afterEach(() => repo.cleanup());

/** The documented command, in the temporary repository. */
const ekspor = (...args: string[]) =>
	spawnSync('npm', ['run', '--silent', 'ekspor', ...(args.length > 0 ? ['--', ...args] : [])], {
		cwd: repo.root,
		encoding: 'utf8',
		env: { ...process.env, KATALOG_TANGGAL: '2026-11-27' },
	});

async function readWorkbook() {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(
		readFileSync(join(repo.root, 'ekspor/formulir-nasional.xlsx')) as unknown as ArrayBuffer
	);
	const rows = (name: string) => {
		const sheet = workbook.getWorksheet(name)!;
		const values: unknown[][] = [];
		sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
		return values;
	};
	return { names: workbook.worksheets.map((sheet) => sheet.name), rows };
}

describe('npm run ekspor', () => {
	test('the workbook holds the national layout, both scores and the verification', async () => {
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation()
				.replace('nama: Contoh Inovasi Layanan Puskesmas', 'nama: Antre & Sehat')
				.replace(
					'  regulasi: { parameter: 2, bukti: [/bukti/dinkes/contoh/sk.pdf] }',
					'  regulasi: { parameter: 2, bukti: [{ berkas: /bukti/dinkes/contoh/sk.pdf, nomor: 12/2024, tanggal: 2024-06-01, tentang: Perbup Antre Sehat }] }'
				)
				.replace(
					'indikator:',
					'asta_cita: 4\npkpn: { klaster: kesehatan }\nkoordinat: { lintang: -3.45, bujur: 115.99 }\nindikator:'
				)
		);
		const env = { KATALOG_VERIFIKATOR: 'Sari' };
		runScript('verifikasi.ts', ['layak', 'dinkes/contoh'], repo.root, env);
		runScript('verifikasi.ts', ['terima', 'dinkes/contoh', 'regulasi'], repo.root, env);
		const result = ekspor();
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'Paket formulir nasional ditulis ke ekspor/: 1 inovasi dinilai, 20 baris indikator.'
		);
		// only regulasi is accepted: 2 × 3 = 6; verified SPD 0 → 6 / 12 / 250 × 100 = 0.20
		expect(result.stdout).toContain(
			'IID klaim 3,90 (Kurang Inovatif) · IID terverifikasi 0,20 (Kurang Inovatif).'
		);
		expect(result.stdout).toContain(
			'content/inovasi/dinkes/contoh.md:1:1: peringatan: untuk formulir nasional masih kurang: nomor/tanggal/tentang bukti PDF pada sdm'
		);

		const book = await readWorkbook();
		expect(book.names).toEqual(['Pemda', 'SPD', 'Inovasi', 'Indikator']);
		const [header, row] = book.rows('Inovasi');
		expect(header).toEqual([...INNOVATION_COLUMNS]);
		const cell = (name: (typeof INNOVATION_COLUMNS)[number]) =>
			row![INNOVATION_COLUMNS.indexOf(name)];
		expect(cell('Nama Inovasi')).toBe('Antre & Sehat');
		expect(cell('Inisiator Inovasi Daerah')).toBe('OPD');
		expect(cell('Bentuk Inovasi Daerah')).toBe('Pelayanan publik');
		expect(cell('Asta Cita')).toMatch(/^4\. /);
		expect(cell('Klaster PKPN')).toBe('Kesehatan');
		expect(cell('Lintang')).toBe(-3.45);
		expect(cell('Kematangan Klaim')).toBe(27);
		expect(cell('Kematangan Terverifikasi')).toBe(6);
		expect(String(cell('Rancang Bangun'))).toMatch(/^Dasar hukum inovasi ini/);

		const indicators = book.rows('Indikator');
		expect(indicators[0]).toEqual([...INDICATOR_COLUMNS]);
		expect(indicators).toHaveLength(21);
		expect(indicators[1]).toEqual([
			'dinkes/contoh',
			'Antre & Sehat',
			16,
			'Regulasi Inovasi Daerah',
			'Peraturan Kepala Daerah (Perbup/Perwali/Pergub) tentang inovasi ini, masih berlaku dan ditetapkan sebelum 2026',
			2,
			'12/2024',
			'2024-06-01',
			'Perbup Antre Sehat',
			'/bukti/dinkes/contoh/sk.pdf',
			'diterima',
			2,
			'',
		]);
		expect(indicators.find((r) => r[2] === 33)?.[4]).toBe(
			'a. Jumlah penerima manfaat: 1–200 orang'
		);
		expect(indicators.find((r) => r[2] === 17)?.[10]).toBe('belum diverifikasi');
		expect(book.rows('Pemda')).toContainEqual(['IID', 3.9, 0.2]);

		const csv = readFileSync(join(repo.root, 'ekspor/indikator.csv'), 'utf8');
		expect(csv.startsWith('\uFEFFID,Nama Inovasi,No,Indikator,')).toBe(true);
		expect(csv).toContain('\r\ndinkes/contoh,Antre & Sehat,16,Regulasi Inovasi Daerah,');

		const report = readFileSync(join(repo.root, 'ekspor/laporan/dinkes/contoh.html'), 'utf8');
		expect(report).toContain(
			'<td class="nomor">1.1</td><th scope="row" class="label">Nama Inovasi</th><td class="teks">Antre &amp; Sehat</td>'
		);
		expect(report).toContain('<h2>2. Indikator Inovasi</h2>');
		expect(report).toContain(
			'12/2024 · 2024-06-01 · Perbup Antre Sehat<br>/bukti/dinkes/contoh/sk.pdf'
		);
		expect(report).not.toMatch(/<script/);
	});

	test('the same repository on the same day gives byte-identical files', () => {
		expect(ekspor().status).toBe(0);
		const first = readFileSync(join(repo.root, 'ekspor/formulir-nasional.xlsx'));
		const firstCsv = readFileSync(join(repo.root, 'ekspor/inovasi.csv'));
		expect(ekspor().status).toBe(0);
		expect(readFileSync(join(repo.root, 'ekspor/formulir-nasional.xlsx')).equals(first)).toBe(true);
		expect(readFileSync(join(repo.root, 'ekspor/inovasi.csv')).equals(firstCsv)).toBe(true);
	});

	describe('--keluar writes only into an empty folder or its own, inside the repository', () => {
		test.each([
			['..', 'adalah folder repositori atau induknya'],
			['.', 'adalah folder repositori atau induknya'],
			['content', 'berada di dalam isi (content/ atau public/)'],
			['public/bukti', 'berada di dalam isi (content/ atau public/)'],
			['content/..', 'adalah folder repositori atau induknya'],
		])('--keluar %s is refused and nothing is deleted', (folder, message) => {
			const result = ekspor('--keluar', folder);
			expect(result.status).toBe(2);
			expect(result.stderr).toContain(message);
			expect(existsSync(join(repo.root, 'content/pemda.yml'))).toBe(true);
			expect(existsSync(join(repo.root, 'public/bukti/dinkes/contoh/sk.pdf'))).toBe(true);
		});

		test('a folder outside the repository needs --di-luar-repo', () => {
			const outside = mkdtempSync(join(tmpdir(), 'katalog-ekspor-'));
			try {
				const refused = ekspor('--keluar', join(outside, 'paket'));
				expect(refused.status).toBe(2);
				expect(refused.stderr).toContain('berada di luar repositori; tambahkan --di-luar-repo');
				expect(existsSync(join(outside, 'paket'))).toBe(false);
				expect(ekspor('--keluar', join(outside, 'paket'), '--di-luar-repo').status).toBe(0);
				expect(existsSync(join(outside, 'paket/formulir-nasional.xlsx'))).toBe(true);
			} finally {
				rmSync(outside, { recursive: true, force: true });
			}
		});

		test('a folder with other files is refused; its own folder is written again; a link is refused', () => {
			repo.write('catatan/penting.txt', 'jangan hapus');
			const refused = ekspor('--keluar', 'catatan');
			expect(refused.status).toBe(2);
			expect(refused.stderr).toContain('tidak kosong dan bukan hasil npm run ekspor');
			expect(readFileSync(join(repo.root, 'catatan/penting.txt'), 'utf8')).toBe('jangan hapus');
			expect(ekspor('--keluar', 'paket').status).toBe(0);
			repo.write('paket/sisa.txt', 'lama');
			expect(ekspor('--keluar', 'paket').status).toBe(0);
			expect(existsSync(join(repo.root, 'paket/sisa.txt'))).toBe(false);
			expect(existsSync(join(repo.root, 'paket/.keluaran-katalog'))).toBe(true);
			symlinkSync(join(repo.root, 'catatan'), join(repo.root, 'tautan'));
			const linked = ekspor('--keluar', 'tautan');
			expect(linked.status).toBe(2);
			expect(linked.stderr).toContain('adalah tautan simbolik');
			expect(readFileSync(join(repo.root, 'catatan/penting.txt'), 'utf8')).toBe('jangan hapus');
		});
	});
});
