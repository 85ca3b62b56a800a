import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempRepo, minimalInnovation, runScript } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempRepo>;
beforeEach(() => {
	repo = createTempRepo();
});
afterEach(() => repo.cleanup());

const check = (...args: string[]) => runScript('check-content.ts', args, repo.root);

describe('npm run check:content', () => {
	test('a valid repository passes with exit 0', () => {
		const result = check();
		expect(result.stdout).toContain('✔ 0 galat, 0 peringatan di 4 berkas');
		expect(result.status).toBe(0);
	});

	test('all findings of all files in one run, compiler-style, exit 1', () => {
		repo.write(
			'content/inovasi/dinkes/rusak.md',
			minimalInnovation()
				.replace('urusan: kesehatan', 'urusan: kesehatn')
				.replace('tahapan: penerapan', 'tahapan: penerapn')
		);
		repo.write('content/skpd/bpbd.yml', 'nama: BPBD\nsingkatn: BPBD\n');
		const result = check();
		expect(result.status).toBe(1);
		expect(result.stdout.trim().split('\n')).toEqual([
			'content/inovasi/dinkes/rusak.md:4:10: galat: tahapan: `penerapn` bukan nilai yang dikenal; mungkin maksud Anda `penerapan`? (pilihan: inisiatif, uji-coba, penerapan)',
			'content/inovasi/dinkes/rusak.md:8:9: galat: urusan: `kesehatn` bukan nilai yang dikenal; mungkin maksud Anda `kesehatan`? (lihat daftar pilihan di content/README.md)',
			// The copied file still points at contoh's evidence folder: reported in the same run.
			'content/inovasi/dinkes/rusak.md:12:37: galat: indikator.regulasi.bukti.0: bukti harus berada langsung di folder inovasi ini sendiri: public/bukti/dinkes/rusak/<berkas>; pindahkan berkasnya ke sana',
			'content/inovasi/dinkes/rusak.md:13:32: galat: indikator.sdm.bukti.0: bukti harus berada langsung di folder inovasi ini sendiri: public/bukti/dinkes/rusak/<berkas>; pindahkan berkasnya ke sana',
			'content/inovasi/dinkes/rusak.md:15:65: galat: indikator.kemanfaatan.bukti.0: bukti harus berada langsung di folder inovasi ini sendiri: public/bukti/dinkes/rusak/<berkas>; pindahkan berkasnya ke sana',
			'content/skpd/bpbd.yml:1:1: galat: singkatan: wajib diisi',
			'content/skpd/bpbd.yml:2:1: galat: singkatn: kunci `singkatn` tidak dikenal; mungkin maksud Anda `singkatan`?',
			'✖ 7 galat, 0 peringatan di 6 berkas',
		]);
	});

	test('warnings alone exit 0', () => {
		repo.write(
			'content/inovasi/disdik/gagasan.md',
			minimalInnovation()
				.replace('tahapan: penerapan', 'tahapan: inisiatif')
				.replace(/indikator:[\s\S]*?---/, '---')
				.replace(/sk\.pdf|foto\.png/g, 'x')
		);
		const result = check();
		expect(result.stdout).toMatch(
			/peringatan: indikator: indikator wajib belum diklaim: `regulasi`/
		);
		expect(result.status).toBe(0);
	});

	test('--json prints the contract fields', () => {
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('jenis: digital', 'jenis: daring')
		);
		const result = check('--json');
		expect(result.status).toBe(1);
		expect(JSON.parse(result.stdout)).toEqual([
			{
				file: 'content/inovasi/dinkes/contoh.md',
				line: 6,
				column: 8,
				severity: 'galat',
				key: 'jenis',
				message: '`daring` bukan nilai yang dikenal (pilihan: digital, non-digital)',
			},
		]);
	});

	test('given paths are checked in the context of the repository, others are not reported', () => {
		repo.write('content/inovasi/dinkes/lain.md', 'rusak');
		repo.write('content/inovasi/dinkes/baru.md', minimalInnovation().replace(/contoh\//g, 'baru/'));
		repo.write('public/bukti/dinkes/baru/sk.pdf', '%PDF-1.4\n');
		repo.write(
			'public/bukti/dinkes/baru/foto.png',
			new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0, 0, 0, 0])
		);
		const result = check('content/inovasi/dinkes/baru.md');
		expect(result.stdout).toContain('✔ 0 galat, 0 peringatan di 1 berkas');
		expect(result.status).toBe(0);
		expect(check('content/inovasi/dinkes/lain.md').status).toBe(1);
	});

	test('paths outside the repository or missing are errors; non-content files are skipped', () => {
		const result = check('/etc/passwd', 'content/tidak-ada.md', 'README.md');
		expect(result.stdout).toContain('/etc/passwd:1:1: galat: berkas berada di luar repositori');
		expect(result.stdout).toContain('content/tidak-ada.md:1:1: galat: berkas tidak ditemukan');
		expect(result.status).toBe(1);
	});

	test('an unregistered agency folder is named, with the nearest agency', () => {
		repo.write('content/inovasi/dinkess/contoh.md', minimalInnovation());
		const result = check();
		expect(result.stdout).toContain(
			'content/inovasi/dinkess/contoh.md:1:1: galat: folder SKPD `dinkess` belum terdaftar di content/skpd/; mungkin maksud Anda `dinkes`?'
		);
	});

	test('misplaced files and bad slugs are reported', () => {
		repo.write('content/inovasi/lepas.md', minimalInnovation());
		repo.write('content/inovasi/dinkes/Huruf Besar.md', minimalInnovation());
		const result = check();
		expect(result.stdout).toContain(
			'content/inovasi/lepas.md:1:1: galat: simpan inovasi di folder SKPD-nya'
		);
		expect(result.stdout).toContain(
			'content/inovasi/dinkes/Huruf Besar.md:1:1: galat: nama berkas `Huruf Besar.md` harus huruf kecil'
		);
	});

	test('an oversize file is refused before parsing', () => {
		repo.write('content/inovasi/dinkes/besar.md', `---\nnama: x\n---\n${'kata '.repeat(60_000)}`);
		expect(check().stdout).toContain(
			'content/inovasi/dinkes/besar.md:1:1: galat: berkas terlalu besar (293 KiB; maksimal 256 KiB)'
		);
	});

	test('a symbolic link as evidence or content is refused (no path escapes the repository)', () => {
		symlinkSync('/etc/hostname', join(repo.root, 'public/bukti/dinkes/contoh/tautan.pdf'));
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('contoh/sk.pdf]', 'contoh/tautan.pdf]')
		);
		symlinkSync('/etc/hostname', join(repo.root, 'content/inovasi/dinkes/link.md'));
		const result = check();
		expect(result.stdout).toContain(
			'berkas bukti tidak ditemukan: public/bukti/dinkes/contoh/tautan.pdf'
		);
		expect(result.stdout).toContain(
			'content/inovasi/dinkes/link.md:1:1: galat: tautan simbolik tidak diterima di content/'
		);
		expect(result.stdout).toContain(
			'public/bukti/dinkes/contoh/tautan.pdf:1:1: galat: tautan simbolik tidak diterima di public/'
		);
	});

	test('a symlinked evidence folder hides nothing: its files are not found, the link itself is an error', () => {
		// The same files, in a real folder outside the repository.
		const outside = mkdtempSync(join(tmpdir(), 'katalog-luar-'));
		cpSync(join(repo.root, 'public/bukti/dinkes/contoh'), outside, { recursive: true });
		rmSync(join(repo.root, 'public/bukti/dinkes/contoh'), { recursive: true });
		symlinkSync(outside, join(repo.root, 'public/bukti/dinkes/contoh'));
		const result = check();
		expect(result.stdout).toContain(
			'content/inovasi/dinkes/contoh.md:12:37: galat: indikator.regulasi.bukti.0: berkas bukti tidak ditemukan: public/bukti/dinkes/contoh/sk.pdf'
		);
		expect(result.stdout).toContain(
			'public/bukti/dinkes/contoh:1:1: galat: tautan simbolik tidak diterima di public/'
		);
		rmSync(outside, { recursive: true, force: true });
	});

	test('every file under public/bukti/ is accounted for: stray pages, scripts and unused files are reported', () => {
		repo.write('public/bukti/index.html', '<script>alert(1)</script>');
		repo.write('public/bukti/dinkes/x.html', '<script>alert(1)</script>');
		repo.write('public/bukti/dinkes/contoh/logo.svg', '<svg onload="alert(1)"/>');
		repo.write('public/bukti/dinkes/contoh/a.js', 'alert(1)');
		repo.write('public/bukti/dinkes/contoh/lampiran.pdf', '%PDF-1.4\n');
		repo.write('content/inovasi/dinkes/.draf.md', minimalInnovation());
		symlinkSync('/nonexistent', join(repo.root, 'public/putus.png'));
		const result = check();
		expect(result.status).toBe(1);
		expect(result.stdout.trim().split('\n')).toEqual([
			'content/inovasi/dinkes/.draf.md:1:1: peringatan: berkas atau folder tersembunyi (nama diawali titik) tidak dibaca; ganti namanya atau hapus',
			'public/bukti/dinkes/contoh/a.js:1:1: galat: jenis berkas .js tidak diterima sebagai bukti; gunakan PDF/JPG/PNG/MP4',
			'public/bukti/dinkes/contoh/lampiran.pdf:1:1: peringatan: berkas bukti ini tidak dirujuk oleh inovasi mana pun (tetap diterbitkan); rujuk di `bukti` atau hapus berkasnya',
			'public/bukti/dinkes/contoh/logo.svg:1:1: galat: jenis berkas .svg tidak diterima sebagai bukti; gunakan PDF/JPG/PNG/MP4',
			'public/bukti/dinkes/x.html:1:1: galat: bukti disimpan di public/bukti/<id-skpd>/<slug>/<berkas> (bukti inovasi) atau public/bukti/pemda/<berkas> (bukti indikator pemda); pindahkan berkas ini ke folder inovasinya',
			'public/bukti/index.html:1:1: galat: berkas tidak boleh langsung di public/bukti/; bukti disimpan di public/bukti/<id-skpd>/<slug>/<berkas> (bukti inovasi) atau public/bukti/pemda/<berkas> (bukti indikator pemda)',
			'public/putus.png:1:1: galat: hanya public/bukti/ yang diterbitkan dari public/; bukti disimpan di public/bukti/<id-skpd>/<slug>/<berkas> (bukti inovasi) atau public/bukti/pemda/<berkas> (bukti indikator pemda), selain itu hapus berkas ini',
			'✖ 5 galat, 2 peringatan di 4 berkas',
		]);
		// A path under public/ given alone is audited alone.
		expect(check('public/bukti/dinkes/x.html').stdout).toContain(
			'public/bukti/dinkes/x.html:1:1: galat: bukti disimpan di'
		);
	});

	test('a file under public/ at a path the build generates is an error naming what it would replace', () => {
		repo.write('public/index.html', '<script>alert(1)</script>');
		repo.write('public/data/skor.json', '{"pemda":{"iid":99}}');
		repo.write('public/admin/config.yml', 'backend: { name: test-repo }\n');
		repo.write('public/data/ekspor/formulir-nasional.xlsx', 'PK');
		const result = check();
		expect(result.status).toBe(1);
		const lines = result.stdout.split('\n');
		expect(lines.filter((line) => line.startsWith('public/'))).toEqual([
			'public/admin/config.yml:1:1: galat: /admin/config.yml dibuat oleh build (formulir /admin/ (dibuat dari skema saat build)); berkas di public/ akan menggantikannya diam-diam, jadi ditolak — hapus berkas ini',
			'public/data/ekspor/formulir-nasional.xlsx:1:1: galat: /data/ekspor/formulir-nasional.xlsx dibuat oleh build (src/pages/data/ekspor/[berkas].ts); berkas di public/ akan menggantikannya diam-diam, jadi ditolak — hapus berkas ini',
			'public/data/skor.json:1:1: galat: /data/skor.json dibuat oleh build (src/pages/data/skor.json.ts); berkas di public/ akan menggantikannya diam-diam, jadi ditolak — hapus berkas ini',
			'public/index.html:1:1: galat: /index.html dibuat oleh build (src/pages/index.astro); berkas di public/ akan menggantikannya diam-diam, jadi ditolak — hapus berkas ini',
		]);
	});

	test('reserved agency ids and Windows-reserved names are refused', () => {
		repo.write('content/skpd/pemda.yml', 'nama: Pemerintah Daerah\nsingkatan: Pemda\n');
		repo.write('content/inovasi/dinkes/nul.md', minimalInnovation());
		// The catalogue's own folders under /inovasi/ (its pages, its filter previews).
		repo.write('content/skpd/halaman.yml', 'nama: Dinas Halaman\nsingkatan: Halaman\n');
		repo.write('content/skpd/saring.yml', 'nama: Dinas Saring\nsingkatan: Saring\n');
		const result = check();
		expect(result.stdout).toContain(
			'content/skpd/halaman.yml:1:1: galat: id SKPD `halaman` dipakai katalog (/inovasi/halaman/); pakai id lain, mis. halaman-daerah.yml'
		);
		expect(result.stdout).toContain(
			'content/skpd/saring.yml:1:1: galat: id SKPD `saring` dipakai katalog (/inovasi/saring/); pakai id lain, mis. saring-daerah.yml'
		);
		expect(result.stdout).toContain(
			'content/skpd/pemda.yml:1:1: galat: id SKPD `pemda` dipakai untuk bukti indikator pemda (public/bukti/pemda/); pakai id lain, mis. setda.yml'
		);
		expect(result.stdout).toContain(
			'content/inovasi/dinkes/nul.md:1:1: galat: nama berkas `nul.md` tidak dapat dibuat di Windows'
		);
	});

	test('a ---js file is an error and its code never runs', () => {
		repo.write(
			'content/inovasi/dinkes/js.md',
			"---js\nrequire('fs').writeFileSync('DIRETAS.txt', 'x'); module.exports = {}\n---\n"
		);
		const result = check();
		expect(result.stdout).toContain(
			'content/inovasi/dinkes/js.md:1:1: galat: frontmatter harus YAML biasa'
		);
		expect(existsSync(join(repo.root, 'DIRETAS.txt'))).toBe(false);
	});

	test('an unknown assessment year is a clear error and the rest is still checked', () => {
		repo.write(
			'content/pemda.yml',
			'nama: X\njenis: kabupaten\nprovinsi: Y\nkoordinator: Z\ntahun_penilaian: 2019\n'
		);
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('jenis: digital', 'jenis: daring')
		);
		const result = check();
		expect(result.stdout).toContain(
			'content/pemda.yml:5:18: galat: tahun_penilaian: tahun penilaian 2019 belum memiliki aturan; tahun yang tersedia: 2026'
		);
		expect(result.stdout).toContain('content/inovasi/dinkes/contoh.md:6:8: galat: jenis:');
	});

	test.each([
		[
			{ ZONA_WAKTU: 'WITA' },
			'galat: ZONA_WAKTU `WITA` bukan zona waktu yang dikenal; tulis nama IANA, mis. Asia/Makassar (WITA)',
		],
		[
			{ KATALOG_TANGGAL: '2026-02-30' },
			'galat: KATALOG_TANGGAL `2026-02-30` bukan tanggal YYYY-MM-DD yang ada',
		],
	])('a mistyped %j is a plain error, not a crash', (env, message) => {
		const result = runScript('check-content.ts', [], repo.root, { KATALOG_TANGGAL: '', ...env });
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr).not.toContain('tak terduga');
	});

	test('no stack trace reaches the user, even without content', () => {
		const empty = mkdtempSync(join(tmpdir(), 'kosong-'));
		const result = runScript('check-content.ts', [], empty);
		rmSync(empty, { recursive: true });
		expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
		expect(result.stdout).toContain('content/pemda.yml:1:1: galat: berkas tidak ditemukan');
		expect(result.status).toBe(1);
	});

	test('an unknown option is refused with the usage', () => {
		const result = check('--jsn');
		expect(result.stderr).toContain('galat: opsi tidak dikenal: --jsn');
		expect(result.status).toBe(2);
	});
});
