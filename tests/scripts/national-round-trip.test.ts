/**
 * The national submission end to end, through every seam, on messy data and in two time zones:
 * a legacy export (dates in three formats, HTML with entities and script, a duplicate, an
 * impossible date) → `npm run impor` → the agency completes its claims → `npm run verifikasi`
 * (accept, accept lower, reject, lapse by a changed affair, lapse by a changed linked document on a
 * local HTTPS server) → `npm run ekspor` → the workbook read back with exceljs. Both indexes equal
 * hand-computed values to 0.01.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LEGACY_COLUMNS } from '../../src/lib/import/legacy-row.ts';
import { INDICATOR_COLUMNS, INNOVATION_COLUMNS } from '../../src/lib/export/national-rows.ts';
import { startHttpsServer } from '../helpers/https-server.ts';
import { linkProject } from '../helpers/temp-git.ts';
import {
	createTempRepo,
	PDF_BYTES,
	PNG_BYTES,
	REPO_ROOT,
	runScript,
	runScriptAsync,
} from '../helpers/temp-repo.ts';

const LEGACY = [
	[...LEGACY_COLUMNS, 'Urusan'],
	[
		'21',
		'Posyandu Digital',
		'<p>Dasar hukum: Perbup &amp; SK Kadis.</p><script>alert(1)</script>',
		'<p>Mendekatkan layanan &#8211; posyandu &quot;ramah&quot;.</p>',
		'Ibu dan balita terlayani.',
		'<ul><li>150 balita</li></ul>',
		'05-03-2024',
		'5 Agustus 2024',
		'',
		'',
		'submitted',
		'Inovasi Pelayanan Publik',
		'Digital',
		'Dinas Kesehatan',
		'operator.dinkes',
		'',
		'Penerapan',
		'OPD',
		'Kesehatan',
	],
	[
		'22',
		'Sekolah Pesisir',
		'<p>Dasar hukum: Perbup.</p>',
		'<p>Anak pesisir \\"tetap\\" sekolah.</p>',
		'Putus sekolah berkurang.',
		'Naik.',
		'2024-02-01',
		'01/07/2024',
		'',
		'',
		'submitted',
		'Inovasi Pelayanan Publik',
		'Non Digital',
		'Dinas Pendidikan',
		'operator.disdik',
		'',
		'Penerapan',
		'OPD',
		'Pendidikan',
	],
	// The same innovation entered twice.
	[
		'23',
		'Posyandu Digital',
		'',
		'',
		'',
		'',
		'',
		'',
		'',
		'',
		'draft',
		'',
		'',
		'Dinas Kesehatan',
		'',
		'',
		'Inisiatif',
		'OPD',
		'Kesehatan',
	],
	// A date that does not exist.
	[
		'24',
		'Bank Sampah',
		'',
		'',
		'',
		'',
		'31/02/2024',
		'',
		'',
		'',
		'draft',
		'Inovasi Tata Kelola Pemerintahan',
		'Non Digital',
		'Dinas Pendidikan',
		'',
		'',
		'Uji Coba',
		'ASN',
		'Lingkungan Hidup',
	],
];

/** 300 plain words, so the completed Rancang Bangun meets the 2026 minimum. */
const WORDS = Array.from({ length: 300 }, (_, i) => `kata${i}`).join(' ');

describe.each(['Asia/Makassar', 'UTC'])('TZ=%s', (zone) => {
	let server: Awaited<ReturnType<typeof startHttpsServer>>;
	let repo: ReturnType<typeof createTempRepo>;
	const env = () => ({ TZ: zone, KATALOG_TANGGAL: '2026-11-27', ...server.env });
	const npm = (...args: string[]) =>
		spawnSync('npm', ['run', '--silent', ...args], {
			cwd: repo.root,
			encoding: 'utf8',
			env: { ...process.env, ...env() },
		});
	const verify = (...args: string[]) =>
		runScriptAsync('verifikasi.ts', args, repo.root, { ...env(), KATALOG_VERIFIKATOR: '@sari' });
	const scores = () =>
		JSON.parse(runScript('score.ts', ['--json'], repo.root, env()).stdout) as {
			pemda: { iid: number };
			pemda_terverifikasi: { iid: number; n: number };
		};

	/** The agency completes its imported draft: claims with evidence, and a full Rancang Bangun. */
	function complete(skpd: string, slug: string) {
		const draft = readFileSync(join(repo.root, `draf-impor/${skpd}/${slug}.md`), 'utf8');
		const local = `/bukti/${skpd}/${slug}`;
		const link = `${server.url}/${slug}`;
		repo.write(`public/bukti/${skpd}/${slug}/sk.pdf`, PDF_BYTES);
		repo.write(`public/bukti/${skpd}/${slug}/foto.png`, PNG_BYTES);
		server.set(`/${slug}/laporan.pdf`, new TextEncoder().encode(`%PDF-1.4 laporan ${slug}\n`));
		server.set(`/${slug}/video`, new TextEncoder().encode(`<html>video ${slug}</html>`));
		repo.write(
			`content/inovasi/${skpd}/${slug}.md`,
			draft
				.replace(
					'indikator: {}',
					[
						'indikator:',
						`  regulasi: { parameter: 2, bukti: [{ berkas: ${local}/sk.pdf, nomor: 7/2024, tanggal: 2024-06-01, tentang: Perbup ${slug} }] }`,
						`  sdm: { parameter: 1, bukti: [{ berkas: ${local}/sk.pdf, nomor: 8/2024, tanggal: 2024-06-02, tentang: SK tim }] }`,
						`  kecepatan: { parameter: 2, bukti: ["${link}/laporan.pdf"] }`,
						`  kemanfaatan: { parameter: 1, dasar: penerima-manfaat, nilai: 150, bukti: [${local}/foto.png] }`,
						`  video: { parameter: 3, bukti: ["${link}/video"] }`,
					].join('\n')
				)
				.replace('## Tujuan', `${WORDS}\n\n## Tujuan`)
		);
		rmSync(join(repo.root, `draf-impor/${skpd}/${slug}.md`));
	}

	beforeAll(async () => {
		server = await startHttpsServer();
		repo = createTempRepo();
		copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
		linkProject(repo.root);
		// A region of its own: no sample innovation, the site's address for full evidence links.
		rmSync(join(repo.root, 'content/inovasi/dinkes/contoh.md'));
		rmSync(join(repo.root, 'public/bukti/dinkes/contoh'), { recursive: true });
		repo.write(
			'content/pemda.yml',
			readFileSync(join(repo.root, 'content/pemda.yml'), 'utf8').replace(
				'tahun_penilaian:',
				'situs: https://inovasi.contoh.example/\ntahun_penilaian:'
			)
		);
		// As the legacy app writes it: `;`-separated, cells with `;` or `"` quoted.
		const cell = (value: string) =>
			/[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
		repo.write(
			'lama.csv',
			`\uFEFF${LEGACY.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`
		);
	}, 60_000);
	afterAll(async () => {
		repo.cleanup();
		await server.close();
	});

	test('import keeps every date, cleans the HTML, reports the duplicate and the impossible date', () => {
		const result = npm('impor', '--', 'lama.csv');
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain(
			'4 baris: 0 draf di content/inovasi/, 4 draf di draf-impor/ perlu dilengkapi (1 duplikat), 0 dilewati.'
		);
		expect(result.stdout).toContain('duplikat: nama sama dengan baris ID 21 di SKPD yang sama');
		expect(result.stdout).toContain('Ujicoba: tanggal "31/02/2024" tidak ada di kalender');
		const posyandu = readFileSync(join(repo.root, 'draf-impor/dinkes/posyandu-digital.md'), 'utf8');
		expect(posyandu).toContain('waktu_uji_coba: 2024-03-05\nwaktu_penerapan: 2024-08-05\n');
		expect(posyandu).toContain('Dasar hukum: Perbup & SK Kadis.');
		expect(posyandu).toContain('Mendekatkan layanan – posyandu "ramah".');
		expect(posyandu).not.toMatch(/alert|<script|&amp;|&quot;/);
		const sekolah = readFileSync(join(repo.root, 'draf-impor/disdik/sekolah-pesisir.md'), 'utf8');
		expect(sekolah).toContain('waktu_uji_coba: 2024-02-01\nwaktu_penerapan: 2024-07-01\n');
		expect(sekolah).toContain('Anak pesisir "tetap" sekolah.');
		expect(existsSync(join(repo.root, 'draf-impor/dinkes/posyandu-digital-duplikat-23.md'))).toBe(
			true
		);
		// An imported draft without claims counts in no score: only SPD, and the disclaimer.
		expect(scores().pemda.iid).toBe(3);
	});

	test('claims, verification and its lapses, and the export read back, equal the hand computation', async () => {
		complete('dinkes', 'posyandu-digital');
		complete('disdik', 'sekolah-pesisir');
		rmSync(join(repo.root, 'draf-impor'), { recursive: true });
		expect(runScript('check-content.ts', [], repo.root, env()).status).toBe(0);
		// Claimed: each 3×2 + 2×1 + 2×2 + 3×1 + 4×3 = 27; SPD 1×3 + 1.5×3 = 7.5; n = 2 → D = 12;
		// (7.5 + 54/12) / 250 × 100 = 4.80 (two basic-service affairs: no volume term).
		expect(scores().pemda.iid).toBeCloseTo(4.8, 2);

		const run = async (...args: string[]) => {
			const result = await verify(...args);
			expect(result.status, result.stderr).toBe(0);
		};
		await run('terima', 'pemda', 'visi_misi');
		await run('layak', 'dinkes/posyandu-digital');
		await run(
			'terima',
			'dinkes/posyandu-digital',
			'regulasi',
			'--parameter',
			'1',
			'--catatan',
			'SK, bukan Perbup'
		);
		await run('terima', 'dinkes/posyandu-digital', 'sdm', 'kemanfaatan', 'video');
		await run(
			'tolak',
			'dinkes/posyandu-digital',
			'kecepatan',
			'--catatan',
			'Laporan tidak menunjukkan waktu'
		);
		await run('layak', 'disdik/sekolah-pesisir');
		await run('terima', 'disdik/sekolah-pesisir');
		// Verified: posyandu 3×1 + 2 + 0 + 3 + 12 = 20, sekolah 27; SPD 3;
		// (3 + 47/12) / 250 × 100 = 2.766… → 2.77
		expect(scores().pemda_terverifikasi.iid).toBeCloseTo(2.77, 2);

		// The school's affair changes after its eligibility was decided: that decision lapses, the
		// school leaves the verified count. (3 + 20/12) / 2.5 = 1.866… → 1.87
		const school = join(repo.root, 'content/inovasi/disdik/sekolah-pesisir.md');
		repo.write(
			'content/inovasi/disdik/sekolah-pesisir.md',
			readFileSync(school, 'utf8').replace('urusan: pendidikan', 'urusan: sosial')
		);
		expect(scores().pemda_terverifikasi).toMatchObject({ n: 1 });
		expect(scores().pemda_terverifikasi.iid).toBeCloseTo(1.87, 2);

		// The video behind the posyandu's link is replaced: its verification lapses.
		// posyandu 20 − 12 = 8: (3 + 8/12) / 2.5 = 1.466… → 1.47
		server.set('/posyandu-digital/video', new TextEncoder().encode('<html>video lain</html>'));
		await run('periksa-tautan');
		expect(scores().pemda_terverifikasi.iid).toBeCloseTo(1.47, 2);
		expect(scores().pemda.iid).toBeCloseTo(4.8, 2);

		const exported = npm('ekspor');
		expect(exported.status, exported.stderr).toBe(0);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(
			readFileSync(join(repo.root, 'ekspor/formulir-nasional.xlsx')) as unknown as ArrayBuffer
		);
		const rows = (name: string) => {
			const values: unknown[][] = [];
			workbook
				.getWorksheet(name)!
				.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
			return values;
		};
		expect(rows('Pemda')).toContainEqual(['IID', 4.8, 1.47]);
		const innovations = rows('Inovasi');
		const profile = (id: string, column: (typeof INNOVATION_COLUMNS)[number]) =>
			innovations.find((row) => row[1] === id)![INNOVATION_COLUMNS.indexOf(column)];
		expect(profile('dinkes/posyandu-digital', 'Waktu Uji Coba')).toEqual(
			new Date(Date.UTC(2024, 2, 5))
		);
		expect(profile('dinkes/posyandu-digital', 'Waktu Penerapan')).toEqual(
			new Date(Date.UTC(2024, 7, 5))
		);
		expect(profile('disdik/sekolah-pesisir', 'Waktu Penerapan')).toEqual(
			new Date(Date.UTC(2024, 6, 1))
		);
		expect(profile('disdik/sekolah-pesisir', 'Status Kelayakan')).toBe(
			'kedaluwarsa (profil berubah)'
		);
		const indicator = (id: string, no: number) =>
			rows('Indikator').find((row) => row[0] === id && row[2] === no)!;
		const at = (name: (typeof INDICATOR_COLUMNS)[number]) => INDICATOR_COLUMNS.indexOf(name);
		const regulation = indicator('dinkes/posyandu-digital', 16);
		expect(regulation[at('Status Verifikasi')]).toBe('diterima');
		expect(regulation[at('Parameter Terverifikasi')]).toBe(1);
		expect(regulation[at('Informasi Terverifikasi (disalin)')]).toMatch(/^SK Kepala Daerah/);
		expect(regulation[at('Parameter Klaim')]).toBe(2);
		expect(regulation[at('Tanggal Dokumen')]).toEqual(new Date(Date.UTC(2024, 5, 1)));
		expect(regulation[at('Berkas/Tautan')]).toEqual({
			text: 'https://inovasi.contoh.example/bukti/dinkes/posyandu-digital/sk.pdf',
			hyperlink: 'https://inovasi.contoh.example/bukti/dinkes/posyandu-digital/sk.pdf',
		});
		expect(
			indicator('dinkes/posyandu-digital', 32).slice(at('Status Verifikasi'), at('Dokumen'))
		).toEqual(['ditolak', 0, '']);
		expect(indicator('dinkes/posyandu-digital', 35)[at('Status Verifikasi')]).toBe(
			'kedaluwarsa (klaim berubah)'
		);
	}, 180_000);
});
