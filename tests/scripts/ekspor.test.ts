import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { INDICATOR_COLUMNS, INNOVATION_COLUMNS } from '../../src/lib/export/national-rows.ts';
import { linkProject } from '../helpers/temp-git.ts';
import { createTempRepo, minimalInnovation, REPO_ROOT, runScript } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
	copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
	linkProject(repo.root);
	repo.write(
		'content/pemda.yml',
		readFileSync(join(repo.root, 'content/pemda.yml'), 'utf8').replace(
			'tahun_penilaian:',
			'situs: https://kabupaten-contoh.example/\ntahun_penilaian:'
		)
	);
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
	test('the workbook holds the national layout, the verified text to copy, one row per document, typed cells and links', async () => {
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation()
				.replace('nama: Contoh Inovasi Layanan Puskesmas', 'nama: Antre & Sehat')
				// Three documents on one indicator; the second has no details, the third no number.
				.replace(
					'  regulasi: { parameter: 2, bukti: [/bukti/dinkes/contoh/sk.pdf] }',
					'  regulasi: { parameter: 2, bukti: [{ berkas: /bukti/dinkes/contoh/sk.pdf, nomor: 12/2024, tanggal: 2024-06-01, tentang: Perbup Antre Sehat }, "https://jdih.tanahbumbukab.go.id/perbup?id=12", { berkas: /bukti/dinkes/contoh/sk.pdf, tanggal: 2024-07-01, tentang: Lampiran }] }'
				)
				.replace(
					'indikator:',
					'asta_cita: 4\npkpn: { klaster: kesehatan }\nkoordinat: { lintang: -3.45, bujur: 115.99 }\ntautan: https://antre.tanahbumbukab.go.id/\nfoto: [{ judul: Loket, berkas: /bukti/dinkes/contoh/foto.png }]\npenghargaan: [{ nama: Top 45 KIPP, tahun: 2025, pemberi: Kementerian PANRB }]\nindikator:'
				)
		);
		const env = { KATALOG_VERIFIKATOR: 'Sari' };
		runScript('verifikasi.ts', ['layak', 'dinkes/contoh'], repo.root, env);
		// Accepted one level lower than claimed: the national form gets level 1 and its text.
		runScript(
			'verifikasi.ts',
			['terima', 'dinkes/contoh', 'regulasi', '--parameter', '1', '--catatan', 'SK, bukan Perbup'],
			repo.root,
			env
		);
		const result = ekspor();
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(
			'Paket formulir nasional ditulis ke ekspor/: 1 inovasi diajukan (0 tidak diajukan, dengan alasannya di lembar Tidak Diajukan), 22 baris indikator (satu per dokumen).'
		);
		// only regulasi is accepted, at 1: 1 × 3 = 3; verified SPD 0 → 3 / 12 / 250 × 100 = 0.10
		expect(result.stdout).toContain(
			'IID klaim 3,90 (Kurang Inovatif) · IID terverifikasi 0,10 (Kurang Inovatif).'
		);
		expect(result.stdout).toContain('dinkes — Dinas Kesehatan (1 inovasi diajukan):');
		expect(result.stdout).toContain(
			'  bukti PDF tanpa nomor/tanggal/tentang: 3 indikator di 1 inovasi'
		);
		expect(result.stdout).toContain(
			'  klaim belum diterima koordinator: 4 indikator (diekspor dengan parameter 0)'
		);
		expect(Math.max(...result.stdout.split('\n').map((line) => line.length))).toBeLessThan(200);

		const book = await readWorkbook();
		expect(book.names).toEqual(['Pemda', 'SPD', 'Inovasi', 'Indikator', 'Tidak Diajukan']);
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
		// A typed date, the same calendar day in any time zone.
		expect(cell('Waktu Penerapan')).toEqual(new Date(Date.UTC(2024, 6, 1)));
		expect(cell('Kematangan Klaim')).toBe(27);
		expect(cell('Kematangan Terverifikasi')).toBe(3);
		expect(cell('Foto')).toBe(
			'Loket: https://kabupaten-contoh.example/bukti/dinkes/contoh/foto.png'
		);
		expect(cell('Tautan Video')).toEqual({
			text: 'https://www.youtube.com/watch?v=abcdefghijk',
			hyperlink: 'https://www.youtube.com/watch?v=abcdefghijk',
		});
		expect(cell('Penghargaan')).toBe('Top 45 KIPP (2025, Kementerian PANRB)');
		expect(cell('Tautan Layanan')).toEqual({
			text: 'https://antre.tanahbumbukab.go.id/',
			hyperlink: 'https://antre.tanahbumbukab.go.id/',
		});
		expect(String(cell('Rancang Bangun'))).toMatch(/^Dasar hukum inovasi ini/);

		const indicators = book.rows('Indikator');
		expect(indicators[0]).toEqual([...INDICATOR_COLUMNS]);
		expect(indicators).toHaveLength(1 + 22);
		const link = (url: string) => ({ text: url, hyperlink: url });
		const sk = link('https://kabupaten-contoh.example/bukti/dinkes/contoh/sk.pdf');
		const lower =
			'SK Kepala Daerah, atau SK Kepala Perangkat Daerah atas nama Kepala Daerah, yang menyebut inovasi ini dan bertanggal pada tahun penerapan';
		const claimed =
			'Peraturan Kepala Daerah (Perbup/Perwali/Pergub) tentang inovasi ini, masih berlaku dan ditetapkan sebelum 2026';
		const regulation = [
			'dinkes/contoh',
			'Antre & Sehat',
			16,
			'Regulasi Inovasi Daerah',
			'diterima',
			1,
			lower,
		];
		expect(indicators.slice(1, 4)).toEqual([
			[
				...regulation,
				'1/3',
				'12/2024',
				new Date(Date.UTC(2024, 5, 1)),
				'Perbup Antre Sehat',
				sk,
				2,
				claimed,
				'SK, bukan Perbup',
			],
			[
				...regulation,
				'2/3',
				'',
				'',
				'',
				link('https://jdih.tanahbumbukab.go.id/perbup?id=12'),
				2,
				claimed,
				'SK, bukan Perbup',
			],
			[
				...regulation,
				'3/3',
				'',
				new Date(Date.UTC(2024, 6, 1)),
				'Lampiran',
				sk,
				2,
				claimed,
				'SK, bukan Perbup',
			],
		]);
		// Not accepted yet: nothing to copy, the claim in its own columns.
		const sdm = indicators.find((r) => r[2] === 17)!;
		expect(sdm.slice(4, 7)).toEqual(['belum diverifikasi', 0, '']);
		// An unclaimed indicator: one row without a document.
		expect(indicators.find((r) => r[2] === 18)!.slice(7, 12)).toEqual(['', '', '', '', '']);
		expect(book.rows('Pemda')).toContainEqual(['IID', 3.9, 0.1]);
		expect(book.rows('Pemda')).toContainEqual([
			'Situs katalog',
			link('https://kabupaten-contoh.example/'),
			'',
		]);

		const csv = readFileSync(join(repo.root, 'ekspor/indikator.csv'), 'utf8');
		expect(csv.startsWith('\uFEFFID,Nama Inovasi,No,Indikator,Status Verifikasi,')).toBe(true);
		expect(csv).toContain(
			'1/3,12/2024,2024-06-01,Perbup Antre Sehat,https://kabupaten-contoh.example/bukti/dinkes/contoh/sk.pdf,2,'
		);

		const report = readFileSync(join(repo.root, 'ekspor/laporan/dinkes/contoh.html'), 'utf8');
		expect(report).toContain(
			'<td class="nomor">1.1</td><th scope="row" class="label">Nama Inovasi</th><td class="teks">Antre &amp; Sehat</td>'
		);
		expect(report).toContain('<h2>2. Indikator Inovasi</h2>');
		expect(report).toContain(
			'<li>12/2024 · 2024-06-01 · Perbup Antre Sehat<br><a href="https://kabupaten-contoh.example/bukti/dinkes/contoh/sk.pdf">'
		);
		expect(report).toContain(`<td>${lower}</td>`);
		expect(report).not.toMatch(/<script|href="\/bukti/);
	});

	test('every sheet of the workbook has a header filter', async () => {
		expect(ekspor().status).toBe(0);
		const zip = await JSZip.loadAsync(
			readFileSync(join(repo.root, 'ekspor/formulir-nasional.xlsx'))
		);
		const sheets = Object.keys(zip.files).filter((name) =>
			/^xl\/worksheets\/sheet\d+\.xml$/.test(name)
		);
		expect(sheets).toHaveLength(5);
		for (const name of sheets)
			expect(await zip.file(name)!.async('string'), name).toMatch(
				/<autoFilter ref="A1:[A-Z]+1"\/>/
			);
	});

	test('an innovation a coordinator declared tidak layak is listed apart with the reason, not in the indicators or the report', async () => {
		runScript(
			'verifikasi.ts',
			['tidak-layak', 'dinkes/contoh', '--catatan', 'Ganda dengan inovasi lain'],
			repo.root,
			{
				KATALOG_VERIFIKATOR: 'Sari',
			}
		);
		expect(ekspor().status).toBe(0);
		const book = await readWorkbook();
		expect(book.rows('Tidak Diajukan')).toEqual([
			['ID', 'Nama Inovasi', 'OPD Pelaksana', 'Alasan'],
			[
				'dinkes/contoh',
				'Contoh Inovasi Layanan Puskesmas',
				'Dinas Kesehatan',
				'dinyatakan tidak layak oleh koordinator: Ganda dengan inovasi lain',
			],
		]);
		expect(book.rows('Indikator')).toHaveLength(1);
		expect(book.rows('Inovasi')).toHaveLength(1);
		expect(existsSync(join(repo.root, 'ekspor/laporan/dinkes/contoh.html'))).toBe(false);
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
