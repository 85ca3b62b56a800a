/**
 * `npm run periksa:repo` against recorded GitHub REST answers (tests/fixtures/github/<case>.json:
 * path → body, or `{ status, body }` for an error), served on 127.0.0.1 as GITHUB_API_URL.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

/** Serves one recorded case and runs the documented command against it. */
async function periksaRepo(
	fixture: string,
	env: Record<string, string> = { GITHUB_TOKEN: 'token-uji' }
) {
	const answers = JSON.parse(
		readFileSync(join(REPO_ROOT, 'tests/fixtures/github', `${fixture}.json`), 'utf8')
	) as Record<string, unknown>;
	const seen: string[] = [];
	const server = createServer((request, response) => {
		seen.push(`${request.method} ${request.url} ${request.headers.authorization}`);
		const answer = answers[request.url ?? ''] as { status?: number; body?: unknown } | undefined;
		const error =
			answer &&
			typeof answer === 'object' &&
			!Array.isArray(answer) &&
			typeof answer.status === 'number'
				? answer
				: undefined;
		response.writeHead(answer === undefined ? 404 : (error?.status ?? 200), {
			'content-type': 'application/json',
		});
		response.end(
			JSON.stringify(answer === undefined ? { message: 'Not Found' } : error ? error.body : answer)
		);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const child = spawn('npm', ['run', '--silent', 'periksa:repo'], {
		cwd: REPO_ROOT,
		env: { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '', GITHUB_API_URL: url, ...env },
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const status = await new Promise<number | null>((done) => child.on('close', done));
	server.close();
	return { status, stdout, stderr, seen };
}

describe('npm run periksa:repo', () => {
	test('a repository left at GitHub defaults: every missing setting is named with its fix, exit 1', async () => {
		const result = await periksaRepo('bawaan');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('Pengaturan pemkab-tanbu/katalog-inovasi (cabang main):');
		expect(result.stdout).toContain('✖ cabang `main` terlindungi');
		expect(result.stdout).toContain(
			'✖ perubahan hanya lewat pull request (tanpa push langsung, termasuk unggahan halaman Media formulir)'
		);
		expect(result.stdout).toContain('✖ status "Tinjauan tepercaya" wajib lulus sebelum merge');
		expect(result.stdout).toContain(
			'✖ token alur kerja bawaan hanya-baca dan tidak dapat menyetujui pull request'
		);
		expect(result.stdout).toContain('✖ persetujuan lama gugur bila ada commit baru');
		expect(result.stdout).toContain(
			'✖ push terakhir harus disetujui orang lain (bukan pendorongnya)'
		);
		// pemda.yml lists the team @pemkab-tanbu/bappedalitbang: every other writer is named.
		expect(result.stdout).toContain(
			'✖ akses tulis hanya untuk koordinator (juga: @operator-dinkes, @pemkab-tanbu/semua-skpd)'
		);
		expect(result.stdout).toContain(
			'✖ hanya cabang `main` yang boleh menerbitkan situs (GitHub Pages)'
		);
		expect(result.stdout).toContain(
			'✖ alur Verifikasi koordinator menunggu persetujuan koordinator (lingkungan `koordinator`)'
		);
		expect(result.stdout).toContain(
			'✖ 13 pengaturan belum terpasang; merge belum dapat dipercaya sebagai persetujuan.'
		);
		expect(result.seen[0]).toBe('GET /repos/pemkab-tanbu/katalog-inovasi Bearer token-uji');
	});

	test('classic protection with everything required: exit 0', async () => {
		const result = await periksaRepo('terlindungi');
		expect(result.stdout).not.toContain('✖');
		expect(result.stdout).toContain('✔ Semua pengaturan wajib terpasang.');
		expect(result.status).toBe(0);
	});

	test("a ruleset that requires the PR's own check instead of the trusted one, with a bypass list", async () => {
		const result = await periksaRepo('ruleset-pengecualian');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('✔ perubahan hanya lewat pull request');
		expect(result.stdout).toContain(
			'✔ tinjauan pemilik kode (CODEOWNERS, yaitu koordinator) wajib'
		);
		expect(result.stdout).toContain('✖ status "Tinjauan tepercaya" wajib lulus sebelum merge');
		expect(result.stdout).toContain('✖ tidak ada yang boleh melewati aturan (termasuk admin)');
		expect(result.stdout).toContain('✖ push terakhir harus disetujui orang lain');
		expect(result.stdout).toContain('✔ akses tulis hanya untuk koordinator');
		expect(result.stdout).toContain('✖ 3 pengaturan belum terpasang');
	});

	test('a token without admin rights, or none at all: a plain error, exit 2', async () => {
		const denied = await periksaRepo('tanpa-izin');
		expect(denied.status).toBe(2);
		expect(denied.stderr).toContain(
			'galat: token tidak berhak membaca /repos/pemkab-tanbu/katalog-inovasi/branches/main/protection (403)'
		);
		const missing = await periksaRepo('bawaan', {});
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('galat: GITHUB_TOKEN belum diisi');
		expect(missing.stderr).not.toMatch(/\n\s+at /);
	});
});
