import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { linkProject } from '../helpers/temp-git.ts';
import {
	createTempRepo,
	minimalInnovation,
	PDF_BYTES,
	REPO_ROOT,
	runScript,
} from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
});
afterEach(() => repo.cleanup());

const ENV = { KATALOG_VERIFIKATOR: 'Sari (Bappedalitbang)' };
const verify = (...args: string[]) => runScript('verifikasi.ts', args, repo.root, ENV);
const scores = () =>
	JSON.parse(runScript('score.ts', ['--json'], repo.root).stdout) as {
		pemda: { iid: number };
		pemda_terverifikasi: { iid: number; spd: number; n: number; predikat: string };
		inovasi: {
			id: string;
			kematangan: number;
			kematangan_terverifikasi: number;
			status_layak: string;
			verifikasi: Record<string, number>;
		}[];
	};

describe('npm run verifikasi', () => {
	test('the documented command prints the queue per agency', () => {
		copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
		linkProject(repo.root);
		const result = spawnSync('npm', ['run', '--silent', 'verifikasi'], {
			cwd: repo.root,
			encoding: 'utf8',
			env: { ...process.env, KATALOG_TANGGAL: '2026-11-27' },
		});
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('Antrean verifikasi: 0 dari 5 klaim sudah diputuskan.');
		expect(result.stdout).toContain('menunggu: dinkes/contoh (kelayakan, 5 klaim)');
		expect(result.stdout).toContain(
			'IID klaim 3,90 (Kurang Inovatif) · IID terverifikasi 0,00 (Tidak Dapat Dinilai)'
		);
	});

	test('a verification day: eligibility, every claim, the SPD rows → verified equals claimed', () => {
		// dinkes/contoh: regulasi 2×3 + sdm 1×2 + kecepatan 2×2 + kemanfaatan 1×3 + video 3×4 = 27
		expect(verify('layak', 'dinkes/contoh').status).toBe(0);
		const accepted = verify('terima', 'dinkes/contoh');
		expect(accepted.status).toBe(0);
		// verified SPD still 0: (0 + 27 / 12) / 250 × 100 = 0.90
		expect(accepted.stdout).toContain('IID terverifikasi 0,00 → 0,90 (Kurang Inovatif)');
		expect(verify('terima', 'pemda').status).toBe(0);
		const json = scores();
		expect(json.pemda_terverifikasi).toMatchObject({ iid: 3.9, spd: 7.5, n: 1 });
		expect(json.inovasi[0]).toMatchObject({ kematangan_terverifikasi: 27, status_layak: 'layak' });
		const file = readFileSync(join(repo.root, 'content/verifikasi/dinkes/contoh.yml'), 'utf8');
		expect(file).toContain('# Verifikasi koordinator atas content/inovasi/dinkes/contoh.md.');
		expect(file).toMatch(
			/regulasi:\n {4}status: diterima\n {4}parameter: 2\n {4}oleh: Sari \(Bappedalitbang\)\n {4}tanggal: 2026-11-27\n {4}sidik: [0-9a-f]{32}\n/
		);
		expect(runScript('check-content.ts', [], repo.root).status).toBe(0);
	});

	test('a changed parameter and a replaced evidence file lapse their verifications, nothing else', () => {
		verify('layak', 'dinkes/contoh');
		verify('terima', 'dinkes/contoh');
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('kecepatan: { parameter: 2', 'kecepatan: { parameter: 3')
		);
		let json = scores();
		// kecepatan lapsed: 27 − 2×2 = 23 verified, claim now 29
		expect(json.inovasi[0]).toMatchObject({ kematangan: 29, kematangan_terverifikasi: 23 });
		expect(json.inovasi[0]!.verifikasi).toMatchObject({ diterima: 4, kedaluwarsa: 1 });
		// sk.pdf backs regulasi and sdm: new bytes at the same path lapse both (23 − 6 − 2 = 15)
		repo.write('public/bukti/dinkes/contoh/sk.pdf', new Uint8Array([...PDF_BYTES, 0x25, 0x0a]));
		json = scores();
		expect(json.inovasi[0]).toMatchObject({ kematangan_terverifikasi: 15 });
		expect(json.inovasi[0]!.verifikasi).toMatchObject({ diterima: 2, kedaluwarsa: 3 });
		const queue = verify('antrean').stdout;
		expect(queue).toContain(
			'kedaluwarsa: dinkes/contoh (3 klaim berubah: regulasi, sdm, kecepatan)'
		);
		// re-verifying only the lapsed ones restores the score
		expect(verify('terima', 'dinkes/contoh').status).toBe(0);
		expect(scores().inovasi[0]).toMatchObject({ kematangan_terverifikasi: 29 });
	});

	test('changing the affair after the eligibility decision lapses it (the affair decides the basic-service coverage)', () => {
		verify('layak', 'dinkes/contoh');
		verify('terima', 'dinkes/contoh');
		expect(scores().inovasi[0]).toMatchObject({
			status_layak: 'layak',
			kematangan_terverifikasi: 27,
		});
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('urusan: kesehatan', 'urusan: sosial')
		);
		const json = scores();
		expect(json.inovasi[0]).toMatchObject({ status_layak: 'kedaluwarsa' });
		expect(json.pemda_terverifikasi.n).toBe(0);
		expect(verify('antrean').stdout).toContain('dinkes/contoh');
	});

	test('a 16-digit fingerprint of an earlier version is read, shows as lapsed, and is not an error', () => {
		verify('layak', 'dinkes/contoh');
		const file = join(repo.root, 'content/verifikasi/dinkes/contoh.yml');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(/^sidik: [0-9a-f]{32}$/m, 'sidik: 0123456789abcdef')
		);
		expect(runScript('check-content.ts', [], repo.root).status).toBe(0);
		expect(scores().inovasi[0]).toMatchObject({ status_layak: 'kedaluwarsa' });
	});

	test('sending back and rejecting need a note; a lowered level needs a note; nothing above the claim', () => {
		verify('layak', 'dinkes/contoh');
		expect(verify('perbaiki', 'dinkes/contoh', 'video').stderr).toContain('tulis --catatan');
		expect(verify('terima', 'dinkes/contoh', 'regulasi', '--parameter', '1').stderr).toContain(
			'parameter diturunkan dari 2 ke 1; tulis --catatan'
		);
		expect(verify('terima', 'dinkes/contoh', 'regulasi', '--parameter', '3').stderr).toContain(
			'di atas klaim 2'
		);
		expect(verify('terima', 'dinkes/contoh', 'anggaran').stderr).toContain(
			'anggaran tidak diklaim'
		);
		expect(
			verify(
				'terima',
				'dinkes/contoh',
				'regulasi',
				'--parameter',
				'1',
				'--catatan',
				'SK kepala dinas, bukan a.n. Bupati'
			).status
		).toBe(0);
		expect(
			verify('perbaiki', 'dinkes/contoh', 'video', '--catatan', 'Sampul tanpa logo Kemendagri')
				.status
		).toBe(0);
		expect(verify('tidak-layak', 'dinkes/contoh').stderr).toContain('--catatan');
		const json = scores();
		// regulasi 1×3 only: 3 / 12 = 0.25 → 0.25 / 250 × 100 = 0.10
		expect(json.inovasi[0]).toMatchObject({ kematangan_terverifikasi: 3 });
		expect(json.pemda_terverifikasi.iid).toBe(0.1);
		expect(verify('antrean').stdout).toContain(
			'perlu perbaikan SKPD: dinkes/contoh (1 dikembalikan/ditolak: video)'
		);
	});

	test('a hand-edited record is checked like any content: above the claim is an error', () => {
		verify('layak', 'dinkes/contoh');
		verify('terima', 'dinkes/contoh', 'regulasi');
		const file = join(repo.root, 'content/verifikasi/dinkes/contoh.yml');
		repo.write(
			'content/verifikasi/dinkes/contoh.yml',
			readFileSync(file, 'utf8').replace('parameter: 2', 'parameter: 3')
		);
		const result = runScript('check-content.ts', [], repo.root);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(
			/content\/verifikasi\/dinkes\/contoh\.yml:\d+:\d+: galat: indikator\.regulasi\.parameter: parameter terverifikasi 3 di atas klaim 2/
		);
	});

	test('a record without its innovation is reported, and the innovation file must be valid first', () => {
		repo.write('content/verifikasi/dinkes/hilang.yml', 'indikator: {}\n');
		const result = runScript('check-content.ts', [], repo.root);
		expect(result.stdout).toContain(
			'content/verifikasi/dinkes/hilang.yml:1:1: galat: verifikasi untuk content/inovasi/dinkes/hilang.md'
		);
		expect(verify('layak', 'dinkes/hilang').stderr).toContain('hilang.yml bergalat');
	});
});

describe('npm run verifikasi speaks the national numbers and names', () => {
	test('16 and regulasi name the same indicator; a typo gets the nearest; lihat lists claims with evidence', () => {
		const env = { KATALOG_VERIFIKATOR: 'Sari' };
		expect(runScript('verifikasi.ts', ['layak', 'dinkes/contoh'], repo.root, env).status).toBe(0);
		expect(
			runScript('verifikasi.ts', ['terima', 'dinkes/contoh', '16', 'sdm'], repo.root, env).status
		).toBe(0);
		const typo = runScript('verifikasi.ts', ['terima', 'dinkes/contoh', 'kecepatn'], repo.root);
		expect(typo.status).toBe(2);
		expect(typo.stderr).toBe(
			'galat: indikator tidak dikenal: kecepatn; mungkin maksud Anda `kecepatan` (nomor 32)? — sebut kuncinya atau nomornya (16–35), mis. regulasi atau 16\n'
		);
		const shown = runScript('verifikasi.ts', ['lihat', 'dinkes/contoh'], repo.root).stdout;
		expect(shown).toContain('16. Regulasi Inovasi Daerah (regulasi) — klaim 2: ');
		expect(shown).toContain('    bukti: /bukti/dinkes/contoh/sk.pdf');
		expect(shown).toContain('    verifikasi: diterima pada parameter 2 (Sari, 2026-11-27)');
		expect(shown).toContain('32. Kecepatan penciptaan inovasi (kecepatan) — klaim 2: ');
		expect(shown).toContain('    verifikasi: belum diverifikasi');
	});

	test('the queue names which indicators lapsed, also in --json', () => {
		const env = { KATALOG_VERIFIKATOR: 'Sari' };
		runScript('verifikasi.ts', ['layak', 'dinkes/contoh'], repo.root, env);
		runScript('verifikasi.ts', ['terima', 'dinkes/contoh'], repo.root, env);
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('kecepatan: { parameter: 2', 'kecepatan: { parameter: 3')
		);
		expect(runScript('verifikasi.ts', [], repo.root).stdout).toContain(
			'kedaluwarsa: dinkes/contoh (1 klaim berubah: kecepatan)'
		);
		const queue = JSON.parse(
			runScript('verifikasi.ts', ['antrean', '--json'], repo.root).stdout
		) as {
			kedaluwarsa: { id: string; kunci: string[] }[];
		}[];
		expect(queue[0]!.kedaluwarsa).toMatchObject([{ id: 'dinkes/contoh', kunci: ['kecepatan'] }]);
	});
});
