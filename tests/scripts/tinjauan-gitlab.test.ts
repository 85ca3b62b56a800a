/**
 * The GitLab trusted review (`npm run tinjauan:gitlab`, scheduled pipeline of the default branch)
 * against a recorded GitLab API on 127.0.0.1 and a real clone whose origin keeps the MR's head
 * under refs/merge-requests/<iid>/head, as GitLab does for forks too.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempGitRepo } from '../helpers/temp-git.ts';
import { PDF_BYTES, PNG_BYTES, REPO_ROOT, minimalInnovation } from '../helpers/temp-repo.ts';

let origin: ReturnType<typeof createTempGitRepo>;
let clone: string;
let head: string;

beforeAll(() => {
	origin = createTempGitRepo();
	origin.git('checkout', '-q', '-b', 'usulan');
	origin.write(
		'content/inovasi/disdik/baru.md',
		minimalInnovation()
			.replace(/\/bukti\/dinkes\/contoh\//g, '/bukti/disdik/baru/')
			.replace('jenis: digital', 'jenis: daring')
	);
	origin.write('public/bukti/disdik/baru/sk.pdf', PDF_BYTES);
	origin.write('public/bukti/disdik/baru/foto.png', PNG_BYTES);
	origin.write('.gitlab-ci.yml', 'palsu:\n  script: [echo lulus]\n');
	origin.git('add', '-A');
	origin.git('commit', '-q', '-m', 'usulan');
	head = origin.git('rev-parse', 'HEAD').stdout.trim();
	origin.git('update-ref', 'refs/merge-requests/3/head', head);
	origin.git('checkout', '-q', 'main');
	origin.git('branch', '-q', '-D', 'usulan');
	clone = mkdtempSync(join(tmpdir(), 'katalog-klon-'));
	origin.git('clone', '-q', origin.root, clone);
}, 60_000);
afterAll(() => {
	origin.cleanup();
	rmSync(clone, { recursive: true, force: true });
});

test("each unreviewed MR gets the base code's report as its own sticky note and a commit status", async () => {
	const writes: [string, string, Record<string, unknown>][] = [];
	const reviewed = 'b'.repeat(40);
	const server = createServer((request, response) => {
		let body = '';
		request.on('data', (chunk: Buffer) => (body += chunk.toString()));
		request.on('end', () => {
			const url = request.url ?? '';
			const send = (value: unknown) => response.end(JSON.stringify(value));
			if (request.headers['private-token'] !== 'token-uji')
				return void response.writeHead(401).end('{}');
			if (request.method !== 'GET') {
				writes.push([request.method!, url, JSON.parse(body) as Record<string, unknown>]);
				return send({ id: 1 });
			}
			if (url === '/api/v4/user') return send({ id: 7, username: 'bot-katalog' });
			if (url.startsWith('/api/v4/projects/42/merge_requests?'))
				return send([
					{ iid: 3, sha: head, author: { username: 'petugas.disdik' } },
					{ iid: 4, sha: reviewed, author: { username: 'x' } },
				]);
			// A status of the same name written by the MR's author (its own pipeline or token) is not
			// the review: the MR is reviewed anyway. The one the review's own user wrote counts.
			if (url.startsWith(`/api/v4/projects/42/repository/commits/${head}/statuses`))
				return send([
					{
						name: 'Tinjauan tepercaya',
						status: 'success',
						author: { id: 99, username: 'petugas.disdik' },
					},
				]);
			if (url.startsWith(`/api/v4/projects/42/repository/commits/${reviewed}/statuses`))
				return send([
					{
						name: 'Tinjauan tepercaya',
						status: 'success',
						author: { id: 7, username: 'bot-katalog' },
					},
				]);
			// A note with the marker written by someone else: never taken for ours.
			if (url.startsWith('/api/v4/projects/42/merge_requests/3/notes'))
				return send([
					{ id: 11, body: '<!-- katalog-inovasi:laporan -->\n✔ palsu', author: { id: 99 } },
				]);
			response.writeHead(404).end('{}');
		});
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
	// The script npm run tinjauan:gitlab runs, from this repository (the base code), in the clone.
	const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/tinjauan-gitlab.ts')], {
		cwd: clone,
		env: {
			...process.env,
			CI_API_V4_URL: api,
			CI_PROJECT_ID: '42',
			CI_DEFAULT_BRANCH: 'main',
			KATALOG_GITLAB_TOKEN: 'token-uji',
			CI_JOB_URL: 'https://gitlab.example/pekerjaan/1',
			KATALOG_TANGGAL: '2026-11-27',
		},
	});
	let stdout = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	const status = await new Promise<number | null>((done) => child.on('close', done));
	server.close();
	expect(status, stdout).toBe(0);
	expect(stdout).toContain('1 merge request ditinjau.');
	expect(writes.map(([method, url]) => `${method} ${url}`)).toEqual([
		'POST /api/v4/projects/42/merge_requests/3/notes',
		`POST /api/v4/projects/42/statuses/${head}`,
	]);
	const note = String(writes[0]![2].body);
	expect(note.startsWith('<!-- katalog-inovasi:laporan -->\n## Pemeriksaan usulan inovasi')).toBe(
		true
	);
	expect(note).toContain('`content/inovasi/disdik/baru.md:6:8` **galat**: `jenis`');
	expect(note).toMatch(/Perlu perhatian koordinator[\s\S]*mengubah alur kerja CI/);
	expect(note).toContain(
		'⚠️ Status **Tinjauan tepercaya** lain pada commit ini ditulis oleh `@\u2060petugas.disdik`, bukan oleh tinjauan ini: abaikan status itu.'
	);
	expect(writes[1]![2]).toEqual({
		state: 'failed',
		name: 'Tinjauan tepercaya',
		description: '1 galat, 0 peringatan; perlu perhatian koordinator',
		target_url: 'https://gitlab.example/pekerjaan/1',
	});
}, 60_000);
