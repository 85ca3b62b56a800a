import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE_DIR } from './fixtures.ts';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');

export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
export const PNG_BYTES = Uint8Array.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13,
]);

export const PEMDA_YML = `nama: Kabupaten Contoh
jenis: kabupaten
provinsi: Kalimantan Selatan
koordinator: Bappedalitbang Kabupaten Contoh
tahun_penilaian: 2026
spd:
  visi_misi: { parameter: 3, bukti: [/bukti/pemda/rpjmd.pdf] }
  opini_bpk: { parameter: 3, bukti: [https://bpk.go.id/lhp.pdf] }
`;

/** The valid minimal fixture, as `content/inovasi/<skpd>/contoh.md` would hold it. */
export function minimalInnovation(): string {
	return readFileSync(join(FIXTURE_DIR, 'valid', 'minimal.md'), 'utf8');
}

/** A throw-away repository with a region, two agencies and one valid innovation (`dinkes/contoh`). */
export function createTempRepo(): {
	root: string;
	write: (path: string, content: string | Uint8Array) => void;
	cleanup: () => void;
} {
	const root = mkdtempSync(join(tmpdir(), 'katalog-'));
	const write = (path: string, content: string | Uint8Array) => {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), content);
	};
	write('content/pemda.yml', PEMDA_YML);
	write('content/skpd/dinkes.yml', 'nama: Dinas Kesehatan\nsingkatan: Dinkes\n');
	write('content/skpd/disdik.yml', 'nama: Dinas Pendidikan\nsingkatan: Disdik\n');
	write('content/inovasi/dinkes/contoh.md', minimalInnovation());
	write('public/bukti/dinkes/contoh/sk.pdf', PDF_BYTES);
	write('public/bukti/dinkes/contoh/foto.png', PNG_BYTES);
	write('public/bukti/pemda/rpjmd.pdf', PDF_BYTES);
	return { root, write, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** Runs one of the project's scripts with `cwd` = the temporary repository. */
export function runScript(
	script: string,
	args: string[],
	cwd: string,
	env: Record<string, string> = {}
) {
	const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, KATALOG_TANGGAL: '2026-11-27', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * `runScript` without blocking this process: for tests whose server (evidence links, a province's
 * sources) runs in the test process itself and must answer while the script runs.
 */
export function runScriptAsync(
	script: string,
	args: string[],
	cwd: string,
	env: Record<string, string> = {}
): Promise<{ status: number | null; stdout: string; stderr: string }> {
	const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts', script), ...args], {
		cwd,
		env: { ...process.env, KATALOG_TANGGAL: '2026-11-27', ...env },
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	return new Promise((done) => child.on('close', (status) => done({ status, stdout, stderr })));
}
