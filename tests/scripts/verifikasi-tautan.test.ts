/**
 * Linked evidence fingerprinted by its content: `npm run verifikasi` downloads each document behind
 * an accepted claim's links and records it; `npm run verifikasi -- periksa-tautan` downloads them
 * again and lapses the verification of a document that changed or disappeared, not of one that
 * is the same or merely unreachable today. The documents come from a local HTTPS server.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { linkProject } from '../helpers/temp-git.ts';
import { startHttpsServer } from '../helpers/https-server.ts';
import {
	createTempRepo,
	minimalInnovation,
	REPO_ROOT,
	runScript,
	runScriptAsync,
} from '../helpers/temp-repo.ts';

let server: Awaited<ReturnType<typeof startHttpsServer>>;
let repo: ReturnType<typeof createTempRepo>;
beforeAll(async () => {
	server = await startHttpsServer();
});
afterAll(() => server.close());
beforeEach(() => {
	repo = createTempRepo();
	copyFileSync(join(REPO_ROOT, 'package.json'), join(repo.root, 'package.json'));
	linkProject(repo.root);
	server.set('/laporan.pdf', new TextEncoder().encode('%PDF-1.4 laporan kecepatan v1\n'));
	server.set('/video', new TextEncoder().encode('<html>video</html>'));
	repo.write(
		'content/inovasi/dinkes/contoh.md',
		minimalInnovation()
			.replace('https://dinkes.tanahbumbukab.go.id/laporan.pdf', `${server.url}/laporan.pdf`)
			.replace('https://www.youtube.com/watch?v=abcdefghijk', `${server.url}/video`)
	);
});
afterEach(() => repo.cleanup());

const run = (...args: string[]) =>
	runScriptAsync('verifikasi.ts', args, repo.root, { KATALOG_VERIFIKATOR: 'Sari', ...server.env });
const scores = () =>
	JSON.parse(runScript('score.ts', ['--json'], repo.root).stdout) as {
		inovasi: { kematangan_terverifikasi: number; verifikasi: Record<string, number> }[];
	};

test('accepting a linked claim records the document; a recheck lapses only the one that changed', async () => {
	expect((await run('layak', 'dinkes/contoh')).status).toBe(0);
	const accepted = await run('terima', 'dinkes/contoh');
	expect(accepted.status, accepted.stderr).toBe(0);
	const file = readFileSync(join(repo.root, 'content/verifikasi/dinkes/contoh.yml'), 'utf8');
	expect(file).toMatch(
		new RegExp(
			`kecepatan:[\\s\\S]*tautan:\\n {6}- alamat: ${server.url.replace(/[.:/]/g, '\\$&')}/laporan\\.pdf\\n {8}sidik: [0-9a-f]{32}\\n {8}ukuran: 30\\n {8}diperiksa: 2026-11-27`
		)
	);
	expect(scores().inovasi[0]!.kematangan_terverifikasi).toBe(27);
	// Nothing changed: nothing is written.
	const same = await run('periksa-tautan');
	expect(same.stdout).toContain(
		'Semua tautan bukti yang tercatat masih sama dengan yang diverifikasi.'
	);
	expect(readFileSync(join(repo.root, 'content/verifikasi/dinkes/contoh.yml'), 'utf8')).toBe(file);
	// The report behind the link is replaced: kecepatan (weight 2 × 2) lapses, video stays.
	server.set('/laporan.pdf', new TextEncoder().encode('%PDF-1.4 laporan lain\n'));
	const changed = await run('periksa-tautan');
	expect(changed.stdout).toContain(
		`content/verifikasi/dinkes/contoh.yml: kecepatan: ${server.url}/laporan.pdf — isi dokumen berubah (30 → 22 bita); verifikasinya kedaluwarsa`
	);
	expect(scores().inovasi[0]).toMatchObject({ kematangan_terverifikasi: 23 });
	expect(scores().inovasi[0]!.verifikasi).toMatchObject({ kedaluwarsa: 1 });
	expect((await run('antrean')).stdout).toContain('dinkes/contoh');
});

test('a link that disappears lapses; one that is only unreachable today does not', async () => {
	await run('layak', 'dinkes/contoh');
	await run('terima', 'dinkes/contoh');
	server.set('/video', 503);
	expect((await run('periksa-tautan')).stdout).toContain(
		'Semua tautan bukti yang tercatat masih sama'
	);
	server.set('/video', 404);
	expect((await run('periksa-tautan')).stdout).toContain(
		`video: ${server.url}/video — hilang (HTTP 404)`
	);
	// video is weight 4 × level 3: 27 − 12 = 15
	expect(scores().inovasi[0]).toMatchObject({ kematangan_terverifikasi: 15 });
	// Accepting it again records the document as it is now.
	server.set('/video', new TextEncoder().encode('<html>video baru</html>'));
	expect((await run('terima', 'dinkes/contoh', 'video')).status).toBe(0);
	expect(scores().inovasi[0]).toMatchObject({ kematangan_terverifikasi: 27 });
});

test('a document that cannot be downloaded when accepting is named, and the decision is still made', async () => {
	await run('layak', 'dinkes/contoh');
	server.set('/laporan.pdf', 500);
	const accepted = await run('terima', 'dinkes/contoh', 'kecepatan');
	expect(accepted.status).toBe(0);
	expect(accepted.stderr).toContain(
		`peringatan: kecepatan: ${server.url}/laporan.pdf belum tercatat: HTTP 500; isi tautan ini tidak dapat diawasi`
	);
	expect(readFileSync(join(repo.root, 'content/verifikasi/dinkes/contoh.yml'), 'utf8')).toContain(
		'keterangan: "belum tercatat: HTTP 500"'
	);
});
