import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempRepo, minimalInnovation, runScript } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
});
afterEach(() => repo.cleanup());

describe('npm run score', () => {
	test('--json: the contract document, hand-computed', () => {
		// dinkes/contoh: regulasi 2×3 + sdm 1×2 + kecepatan 2×2 + kemanfaatan 1×3 + video 3×4 = 27, eligible (2024-07-01).
		// SPD: visi_misi 3×1 + opini_bpk 3×1.5 = 7.5. avg = 27 / MAX(12, 1) = 2.25; yandas 1 < 5 → volume 0.
		// IID = (7.5 + 2.25) / 250 × 100 = 3.9.
		const result = runScript('score.ts', ['--json'], repo.root);
		expect(result.status).toBe(0);
		const json = JSON.parse(result.stdout) as {
			tahun_penilaian: number;
			pemda: unknown;
			inovasi: unknown[];
			skpd: unknown[];
		};
		expect(json.tahun_penilaian).toBe(2026);
		expect(json.pemda).toMatchObject({
			spd: 7.5,
			n: 1,
			yandas: 1,
			rata_kematangan: 2.25,
			skor_jumlah_inovasi: 0,
			sid: 2.25,
			total: 9.75,
			iid: 3.9,
			predikat: 'Kurang Inovatif',
		});
		expect(json.inovasi).toMatchObject([
			{ id: 'dinkes/contoh', skpd: 'dinkes', kematangan: 27, dinilai: true },
		]);
		expect(json.skpd).toMatchObject([
			{ id: 'dinkes', peringkat: 1, jumlah_inovasi: 1, total_kematangan: 27 },
			{ id: 'disdik', peringkat: 2, jumlah_inovasi: 0, total_kematangan: 0 },
		]);
	});

	test('a file with errors is left out and the summary says so', () => {
		repo.write(
			'content/inovasi/disdik/rusak.md',
			minimalInnovation().replace('jenis: digital', 'jenis: daring')
		);
		const result = runScript('score.ts', [], repo.root);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(
			'IID                               9,75 / 250 × 100 = 3,90 → Kurang Inovatif'
		);
		expect(result.stdout).toContain('Catatan: 1 berkas bergalat tidak ikut dihitung');
	});

	test('the summary shows every term of the formula in Indonesian', () => {
		const out = runScript('score.ts', [], repo.root).stdout;
		expect(out.split('\n').slice(0, 16).join('\n')).toMatchInlineSnapshot(`
			"Indeks Inovasi Daerah (perkiraan) — Kabupaten Contoh, aturan tahun 2026

			  SPD (indikator pemda)             Σ bobot × parameter, maks. 63 = 7,50
			  Inovasi dinilai (n)               1 dari 1 inovasi
			  Pembagi MAX(12, n)                MAX(12, 1) = 12
			  Rata-rata kematangan              27 / 12 (maks. 111) = 2,25
			  Urusan wajib pelayanan dasar      1 dari 6, syarat ≥ 5 = 1
			  Skor jumlah inovasi               0 karena yandas 1 < 5 = 0,00
			  SID = rata-rata + jumlah          2,25 + 0,00 = 2,25
			  Total = SPD + SID                 7,50 + 2,25 = 9,75
			  IID                               9,75 / 250 × 100 = 3,90 → Kurang Inovatif
			  IID terverifikasi                 Tidak Dapat Dinilai: belum ada inovasi yang dinyatakan layak dengan klaim yang diterima koordinator (hanya klaim yang diterima koordinator; n 0, SPD 0,00)

			Peringkat SKPD (total kematangan inovasi yang dinilai)
			    1. Dinas Kesehatan — 1 dinilai dari 1, total 27
			    2. Dinas Pendidikan — 0 dinilai dari 0, total 0"
		`);
	});

	test('without a valid pemda.yml it explains what to do, without a stack trace', () => {
		repo.write('content/pemda.yml', 'nama: [');
		const result = runScript('score.ts', [], repo.root);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			'galat: content/pemda.yml tidak ada atau berisi galat; jalankan npm run check:content lalu perbaiki berkas itu\n'
		);
	});
});
