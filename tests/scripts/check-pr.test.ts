import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTempGitRepo } from '../helpers/temp-git.ts';
import { getScoringCacheFile } from '../../src/repository/scoring-cache-fs.ts';
import { PDF_BYTES, PNG_BYTES, minimalInnovation, runScript } from '../helpers/temp-repo.ts';

let repo: ReturnType<typeof createTempGitRepo>;
beforeEach(() => {
	repo = createTempGitRepo();
	repo.git('checkout', '-q', '-b', 'usulan');
});
afterEach(() => repo.cleanup());

const checkPr = (...args: string[]) =>
	runScript('check-pr.ts', ['--base', 'main', ...args], repo.root);

/** Adds a copy of the minimal innovation as `<skpd>/<slug>` with its own evidence and commits. */
function addInnovation(skpd: string, slug: string, edit = (text: string) => text) {
	repo.write(
		`content/inovasi/${skpd}/${slug}.md`,
		edit(minimalInnovation().replace(/\/bukti\/dinkes\/contoh\//g, `/bukti/${skpd}/${slug}/`))
	);
	repo.write(`public/bukti/${skpd}/${slug}/sk.pdf`, PDF_BYTES);
	repo.write(`public/bukti/${skpd}/${slug}/foto.png`, PNG_BYTES);
	repo.git('add', '-A');
	repo.git('commit', '-q', '-m', `tambah ${slug}`);
}

describe('npm run check:pr', () => {
	test('a branch adding a valid innovation: exit 0, its maturity and the IID before → after', () => {
		addInnovation('disdik', 'baru');
		const result = checkPr();
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('✔ Tidak ada galat');
		expect(result.stdout).toContain('| `disdik/baru` | baru | – → 27 | ya | – |');
		// Before: 7.5 + 27/12 → 3.90. After: 7.5 + 54/12 = 12 → 4.80; two yandas (kesehatan only: 1).
		expect(result.stdout).toContain('IID 3,90 → 4,80 · Kurang Inovatif');
		expect(result.stdout).not.toContain('Perlu perhatian koordinator');
	});

	test('an invalid innovation: exit 1 with file:line:column, and GitHub annotations', () => {
		addInnovation('disdik', 'rusak', (text) => text.replace('jenis: digital', 'jenis: daring'));
		const result = checkPr('--github');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			'- `content/inovasi/disdik/rusak.md:6:8` **galat**: `jenis`: `daring` bukan nilai yang dikenal'
		);
		// Its claims are read as far as they can be: the row says it has errors, not that it vanished.
		expect(result.stdout).toContain('| `disdik/rusak` | baru · bergalat | – → 27 | ya | – |');
		// Errors come first, right after the index.
		expect(result.stdout.indexOf('### Temuan per berkas')).toBeLessThan(
			result.stdout.indexOf('### Inovasi yang berubah')
		);
		expect(result.stdout).toContain(
			'::error file=content/inovasi/disdik/rusak.md,line=6,col=8::jenis: `daring` bukan nilai yang dikenal'
		);
	});

	test('check:content leaves the scoring fields by content for check:pr, which reads them instead of the files', () => {
		addInnovation('disdik', 'baru');
		const withoutCache = checkPr();
		expect(runScript('check-content.ts', [], repo.root).status).toBe(0);
		const cacheFile = getScoringCacheFile(repo.root);
		const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
			version: string;
			entries: Record<
				string,
				{ nama: string; indikator: Record<string, { parameter: number }> } | null
			>;
		};
		expect(Object.keys(cache.entries)).toHaveLength(2);
		expect(checkPr().stdout).toBe(withoutCache.stdout);
		// Proof that the untouched innovation now comes from the cache: a doctored entry shows up.
		for (const entry of Object.values(cache.entries))
			if (entry) entry.indikator.regulasi!.parameter = 3;
		writeFileSync(cacheFile, JSON.stringify(cache));
		expect(checkPr().stdout).not.toBe(withoutCache.stdout);
		// A cache written for other code or rules is ignored.
		writeFileSync(cacheFile, JSON.stringify({ ...cache, version: 'lain' }));
		expect(checkPr().stdout).toBe(withoutCache.stdout);
	});

	test('a modified innovation shows its change of maturity', () => {
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('regulasi: { parameter: 2', 'regulasi: { parameter: 3')
		);
		repo.git('commit', '-qam', 'naikkan regulasi');
		expect(checkPr().stdout).toContain('| `dinkes/contoh` | diubah | 27 → 30 | ya | – |');
	});

	test('rename and delete are handled', () => {
		repo.git('mv', 'content/inovasi/dinkes/contoh.md', 'content/inovasi/dinkes/contoh-baru.md');
		repo.git('mv', 'public/bukti/dinkes/contoh', 'public/bukti/dinkes/contoh-baru');
		repo.write(
			'content/inovasi/dinkes/contoh-baru.md',
			minimalInnovation().replace(/\/bukti\/dinkes\/contoh\//g, '/bukti/dinkes/contoh-baru/')
		);
		repo.git('add', '-A');
		repo.git('commit', '-qm', 'ganti nama');
		const renamed = checkPr();
		expect(renamed.status).toBe(0);
		// One row under the new name, compared with the old file: no deletion that did not happen.
		expect(renamed.stdout).not.toContain('| dihapus |');
		expect(renamed.stdout).toContain(
			'| `dinkes/contoh-baru` | dipindah (dari `content/inovasi/dinkes/contoh.md`) | 27 | ya | – |'
		);
		repo.git('rm', '-q', 'content/inovasi/dinkes/contoh-baru.md');
		repo.git('commit', '-qm', 'hapus');
		const deleted = checkPr();
		expect(deleted.stdout).toContain('| `dinkes/contoh` | dihapus | 27 → – | – | – |');
		expect(deleted.stdout).toContain('IID 3,90 → 3,00');
	});

	test('two agencies in one PR raise the coordinator flag; --markdown writes the comment', () => {
		addInnovation('disdik', 'satu');
		addInnovation('dinkes', 'dua');
		const file = join(repo.root, 'komentar.md');
		const result = checkPr('--markdown', file);
		expect(result.stdout).toContain(
			'⚠️ **Perlu perhatian koordinator**:\n\n- mengubah inovasi lebih dari satu SKPD (dinkes, disdik)\n'
		);
		expect(readFileSync(file, 'utf8')).toBe(result.stdout);
		rmSync(file);
	});

	test('changing pemda.yml is flagged and rescored from a full base', () => {
		repo.write(
			'content/pemda.yml',
			readFileSync(join(repo.root, 'content/pemda.yml'), 'utf8').replace(
				'visi_misi: { parameter: 3',
				'visi_misi: { parameter: 1'
			)
		);
		repo.git('commit', '-qam', 'ubah spd');
		const result = checkPr();
		expect(result.stdout).toContain('mengubah content/pemda.yml (jawaban indikator pemda)');
		// SPD 7.5 → 5.5: (5.5 + 2.25) / 2.5 = 3.10
		expect(result.stdout).toContain('IID 3,90 → 3,10');
	});

	test.each([
		[['--basis', 'main'], 'galat: opsi tidak dikenal: --basis'],
		[['--base'], 'galat: opsi --base memerlukan nilai'],
		[['--base', 'main', 'lebih'], 'galat: argumen tidak diharapkan: lebih'],
		[[], 'galat: opsi --base wajib, mis. --base origin/main'],
	])('a mistyped call %j is refused with the usage (exit 2)', (args, message) => {
		const result = runScript('check-pr.ts', args, repo.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
		expect(result.stderr).toContain('Pemakaian: npm run check:pr');
	});

	test('an unknown base is a clear error without a stack trace', () => {
		const result = runScript('check-pr.ts', ['--base', 'tidak-ada'], repo.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('revisi `tidak-ada` tidak ditemukan');
		expect(result.stderr).not.toMatch(/\n\s+at /);
	});
});

describe('npm run check:pr — claims and verification', () => {
	/** On main: a coordinator declares dinkes/contoh eligible and accepts every claim. */
	function verifyOnMain() {
		repo.git('checkout', '-q', 'main');
		const env = { KATALOG_VERIFIKATOR: 'Sari' };
		expect(runScript('verifikasi.ts', ['layak', 'dinkes/contoh'], repo.root, env).status).toBe(0);
		expect(runScript('verifikasi.ts', ['terima', 'dinkes/contoh'], repo.root, env).status).toBe(0);
		repo.git('add', '-A');
		repo.git('commit', '-q', '-m', 'verifikasi');
		repo.git('checkout', '-q', '-B', 'usulan');
	}

	test("a reviewer's view: each changed claim, what it voids, and a raise without new evidence", () => {
		verifyOnMain();
		// kecepatan 2 → 3 on the same link; a new anggaran claim on a 15-byte PDF
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation()
				.replace('kecepatan: { parameter: 2', 'kecepatan: { parameter: 3')
				.replace(
					'  video:',
					'  anggaran: { parameter: 3, bukti: [/bukti/dinkes/contoh/dpa.pdf] }\n  video:'
				)
		);
		repo.write('public/bukti/dinkes/contoh/dpa.pdf', PDF_BYTES);
		repo.git('add', '-A');
		repo.git('commit', '-q', '-m', 'naikkan klaim');
		const result = checkPr('--github');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain('### Klaim yang berubah');
		expect(result.stdout).toContain(
			'| `dinkes/contoh` | Dukungan anggaran | 0 → 3 (Anggaran tersedia pada T-0, T-1, dan T-2) | – → `/bukti/dinkes/contoh/dpa.pdf` (15 B ⚠️ sangat kecil) | – |'
		);
		expect(result.stdout).toContain(
			'| `dinkes/contoh` | Kecepatan penciptaan inovasi | 2 → 3 (Inovasi tercipta dalam 1–4 bulan) ⚠️ naik tanpa bukti baru | sama: `https://dinkes.tanahbumbukab.go.id/laporan.pdf` | gugur (sebelumnya diterima); perlu diverifikasi ulang |'
		);
		expect(result.stdout).toMatch(
			/`content\/inovasi\/dinkes\/contoh\.md:14:\d+` \*\*peringatan\*\*: `indikator\.kecepatan\.parameter`: parameter kecepatan naik 2 → 3 dengan bukti yang sama/
		);
		// klaim 27 → 27 − 4 + 6 + 6 = 35; verified 27 → 23 (kecepatan lapsed; anggaran not verified)
		// klaim: (7.5 + 35/12) / 2.5 = 4.1666… → 4.17; verified SPD 0: 23/12/2.5 = 0.77 (was 0.90)
		expect(result.stdout).toContain('| **IID klaim** | 3,90 | 4,17 (+0,27) |');
		expect(result.stdout).toContain(
			'| IID terverifikasi | 0,90 (Kurang Inovatif) | 0,77 (Kurang Inovatif) |'
		);
		expect(result.stdout).toContain('::warning file=content/inovasi/dinkes/contoh.md,line=14');
	});

	test('one wrong date: the file shows its error first, and no claim is reported as deleted', () => {
		verifyOnMain();
		// A wrong evidence date: the claims still read, nothing changed in them.
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace(
				'regulasi: { parameter: 2, bukti: [/bukti/dinkes/contoh/sk.pdf] }',
				'regulasi: { parameter: 2, bukti: [{ berkas: /bukti/dinkes/contoh/sk.pdf, tanggal: 2024-13-01 }] }'
			)
		);
		repo.git('commit', '-qam', 'tanggal salah');
		let result = checkPr();
		expect(result.status).toBe(1);
		expect(result.stdout).not.toMatch(/→ 0 \(|→ –/);
		expect(result.stdout).toContain('| **IID klaim** | 3,90 | 3,90 (0,00) |');
		expect(result.stdout).toContain('| `dinkes/contoh` | diubah · bergalat | 27 | ya | – |');
		// A wrong profile date: not even the claims read; the base version stands in, and it says so.
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('waktu_penerapan: 2024-07-01', 'waktu_penerapan: 2024-13-01')
		);
		repo.git('commit', '-qam', 'tanggal salah lagi');
		result = checkPr();
		expect(result.stdout).toContain(
			'Klaim `dinkes/contoh` tidak dapat dibaca sampai galatnya diperbaiki; perbandingan klaim dan IID sesudah memakai versi cabang utama.'
		);
		expect(result.stdout).not.toContain('### Klaim yang berubah');
		expect(result.stdout).toContain('| **IID klaim** | 3,90 | 3,90 (0,00) |');
	});

	test('replacing an evidence file voids the verifications that rely on it', () => {
		verifyOnMain();
		repo.write('public/bukti/dinkes/contoh/sk.pdf', new Uint8Array([...PDF_BYTES, 0x25, 0x0a]));
		repo.git('add', '-A');
		repo.git('commit', '-q', '-m', 'ganti sk');
		const out = checkPr().stdout;
		expect(out).toContain(
			'| `dinkes/contoh` | Regulasi Inovasi Daerah | 2 (Peraturan Kepala Daerah (Perbup/Perwali/Pergub) tentang inovasi ini, masih berlaku dan ditetapkan sebelum 2026) | sama, isi berkas diganti: `/bukti/dinkes/contoh/sk.pdf` (isi diganti, 17 B ⚠️ sangat kecil) | gugur (sebelumnya diterima); perlu diverifikasi ulang |'
		);
	});

	/** On main: the coordinator's own account is listed in pemda.yml. */
	function listCoordinator() {
		repo.git('checkout', '-q', 'main');
		const pemda = join(repo.root, 'content/pemda.yml');
		writeFileSync(pemda, `${readFileSync(pemda, 'utf8')}pemilik: ['@sari-bappedalitbang']\n`);
		repo.git('commit', '-qam', 'koordinator');
		repo.git('checkout', '-q', '-B', 'usulan');
	}

	test('a verification change from anyone who is not a coordinator fails the review (exit 1, status failure)', () => {
		listCoordinator();
		verifyOnMain();
		repo.write('content/verifikasi/dinkes/contoh.yml', 'indikator: {}\n');
		repo.git('commit', '-qam', 'verifikasi sendiri');
		const result = runScript(
			'check-pr.ts',
			['--base', 'main', '--penulis', 'petugas-dinkes', '--status', 'status.json'],
			repo.root
		);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			'`content/verifikasi/dinkes/contoh.yml:1:1` **galat**: hanya koordinator (`pemilik` di content/pemda.yml cabang utama) yang boleh mengubah berkas verifikasi; @\u2060petugas-dinkes bukan koordinator'
		);
		expect(result.stdout).toContain('mengubah berkas verifikasi (content/verifikasi/)');
		expect(JSON.parse(readFileSync(join(repo.root, 'status.json'), 'utf8'))).toMatchObject({
			state: 'failure',
		});
		// The same change pushed by the coordinator alone passes; a second pusher who is not fails it.
		expect(checkPr('--penulis', 'sari-bappedalitbang').status).toBe(0);
		expect(checkPr('--penulis', 'sari-bappedalitbang,petugas-dinkes').status).toBe(1);
	});

	test('a pull request that changes a claim and its verification together is refused', () => {
		listCoordinator();
		verifyOnMain();
		repo.write(
			'content/inovasi/dinkes/contoh.md',
			minimalInnovation().replace('kecepatan: { parameter: 2', 'kecepatan: { parameter: 3')
		);
		expect(
			runScript('verifikasi.ts', ['terima', 'dinkes/contoh', 'kecepatan'], repo.root, {
				KATALOG_VERIFIKATOR: '@sari-bappedalitbang',
			}).status
		).toBe(0);
		repo.git('add', '-A');
		repo.git('commit', '-qm', 'klaim dan verifikasinya');
		const result = checkPr('--penulis', 'sari-bappedalitbang');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(
			'**galat**: pull request ini mengubah klaim content/inovasi/dinkes/contoh.md dan verifikasinya sekaligus'
		);
	});

	test('a renamed innovation: its verification is left behind, then carried by npm run verifikasi -- pindah, and stays valid', () => {
		listCoordinator();
		verifyOnMain();
		const verified = () =>
			(
				JSON.parse(runScript('score.ts', ['--json'], repo.root).stdout) as {
					pemda_terverifikasi: { iid: number };
				}
			).pemda_terverifikasi.iid;
		const before = verified();
		// The agency renames its file and its evidence folder.
		repo.git('mv', 'content/inovasi/dinkes/contoh.md', 'content/inovasi/dinkes/contoh-baru.md');
		repo.git('mv', 'public/bukti/dinkes/contoh', 'public/bukti/dinkes/contoh-baru');
		writeFileSync(
			join(repo.root, 'content/inovasi/dinkes/contoh-baru.md'),
			minimalInnovation().replace(/\/bukti\/dinkes\/contoh\//g, '/bukti/dinkes/contoh-baru/')
		);
		repo.git('commit', '-qam', 'ganti nama');
		const renamed = checkPr('--penulis', 'petugas-dinkes');
		expect(renamed.status).toBe(0);
		expect(renamed.stdout).toContain(
			'inovasi `dinkes/contoh` diganti nama menjadi `dinkes/contoh-baru`, tetapi verifikasinya tertinggal di content/verifikasi/dinkes/contoh.yml; setelah merge, koordinator menjalankan `npm run verifikasi -- pindah dinkes/contoh dinkes/contoh-baru`'
		);
		// The rename changes no claim: the table of changed claims stays empty.
		expect(renamed.stdout).not.toContain('### Klaim yang berubah');
		// Merged; then the coordinator carries the record in a pull request of its own.
		repo.git('checkout', '-q', 'main');
		repo.git('merge', '-q', 'usulan');
		repo.git('checkout', '-q', '-b', 'pindah');
		const moved = runScript(
			'verifikasi.ts',
			['pindah', 'dinkes/contoh', 'dinkes/contoh-baru'],
			repo.root
		);
		expect(moved.status, moved.stderr).toBe(0);
		expect(moved.stdout).toContain(
			'content/verifikasi/dinkes/contoh.yml → content/verifikasi/dinkes/contoh-baru.yml.'
		);
		expect(verified()).toBe(before);
		repo.git('add', '-A');
		repo.git('commit', '-qm', 'pindah verifikasi');
		const carried = checkPr('--penulis', 'sari-bappedalitbang');
		expect(carried.status).toBe(0);
		expect(carried.stdout).toContain(
			'verifikasi `dinkes/contoh` ikut dipindah ke `dinkes/contoh-baru`: klaim yang tidak berubah tetap terverifikasi'
		);
	});
});
