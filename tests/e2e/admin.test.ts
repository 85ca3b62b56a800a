/**
 * `npm run admin`, the documented command itself: it serves the form and the proxy, and leaves
 * nothing running when it is stopped or when one of its servers dies.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { createTempSite } from '../helpers/temp-site.ts';
import { GIT_TEST_ENV } from '../helpers/temp-git.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';
import { getFreePort } from '../helpers/free-port.ts';

const site = createTempSite({});
beforeAll(() => {
	cpSync(join(REPO_ROOT, 'content'), join(site.root, 'content'), { recursive: true });
	// The form's saves are git branches: the command runs in a clone.
	const git = (...args: string[]) =>
		spawnSync('git', args, {
			cwd: site.root,
			env: { ...process.env, ...GIT_TEST_ENV },
		});
	git('init', '-q', '-b', 'main');
	git('add', 'content');
	git('commit', '-q', '-m', 'awal');
});
const started: ChildProcess[] = [];
afterEach(() => {
	// A failed test must not leave servers behind for the next one.
	for (const child of started.splice(0)) {
		try {
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			// already gone
		}
	}
});
afterAll(() => site.cleanup());

/** Whether something accepts connections on 127.0.0.1:port. */
const listening = (port: number) =>
	new Promise<boolean>((done) => {
		const socket = connect(port, '127.0.0.1');
		socket.once('connect', () => (socket.destroy(), done(true)));
		socket.once('error', () => done(false));
	});

/** The documented command on two free ports (KATALOG_PORT, KATALOG_PORT_DECAP). */
async function start(): Promise<{
	child: ChildProcess;
	output: () => string;
	sitePort: number;
	decapPort: number;
}> {
	let output = '';
	const sitePort = await getFreePort();
	const decapPort = await getFreePort();
	const child = spawn('npm', ['run', '--silent', 'admin'], {
		cwd: site.root,
		env: {
			...process.env,
			ASTRO_TELEMETRY_DISABLED: '1',
			KATALOG_PORT: String(sitePort),
			KATALOG_PORT_DECAP: String(decapPort),
		},
		detached: true,
	});
	started.push(child);
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return { child, output: () => output, sitePort, decapPort };
}

const exited = (child: ChildProcess) =>
	new Promise<number | null>((done) =>
		child.exitCode !== null ? done(child.exitCode) : child.on('exit', (code) => done(code))
	);

async function waitFor(check: () => Promise<boolean>, what: string) {
	for (let i = 0; i < 120; i++) {
		if (await check()) return;
		await new Promise((done) => setTimeout(done, 500));
	}
	throw new Error(`tidak terjadi dalam 60 detik: ${what}`);
}

test('serves /admin/ (and /admin/index.html) generated from the schema, and the proxy; Ctrl+C stops both servers', async () => {
	const { child, output, sitePort, decapPort } = await start();
	const origin = `http://127.0.0.1:${sitePort}`;
	await waitFor(async () => {
		const response = await fetch(`${origin}/admin/`).catch(() => undefined);
		return response?.ok === true;
	}, `${origin}/admin/`);
	for (const path of ['admin/', 'admin/index.html'])
		expect(await (await fetch(`${origin}/${path}`)).text()).toContain('decap/init.js');
	const config = await (await fetch(`${origin}/admin/config.yml`)).text();
	expect(config).toContain('# Dibuat saat build dari src/schemas');
	expect(config).toContain('inovasi-dinkes');
	// The form talks to this run's decap-server, wherever it listens.
	expect(config).toContain(`url: http://127.0.0.1:${decapPort}/api/v1`);
	expect(await listening(decapPort)).toBe(true);
	expect(output()).toContain(`Formulir: ${origin}/admin/ (tekan "Masuk")`);
	// Ctrl+C in a terminal reaches the whole process group.
	process.kill(-child.pid!, 'SIGINT');
	await exited(child);
	await waitFor(
		async () => !(await listening(sitePort)) && !(await listening(decapPort)),
		'port bebas'
	);
}, 120_000);

test('outside a git clone it refuses in Indonesian, with no stack trace', () => {
	const outside = createTempSite({});
	try {
		const result = spawnSync('npm', ['run', '--silent', 'admin'], {
			cwd: outside.root,
			encoding: 'utf8',
			env: { ...process.env, GIT_CEILING_DIRECTORIES: dirname(outside.root) },
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			'galat: npm run admin harus dijalankan di dalam salinan git repositori ini (git clone …), karena setiap simpanan formulir menjadi cabang dan commit\n'
		);
	} finally {
		outside.cleanup();
	}
});

test('when one server dies the other is stopped and the command fails in Indonesian', async () => {
	const { child, output, sitePort, decapPort } = await start();
	await waitFor(() => listening(decapPort), 'decap-server');
	await waitFor(() => listening(sitePort), 'astro dev');
	// Stand-in for a crash of the proxy: only its process is killed.
	// Found through /proc (no procps needed): the decap-server in this command's process group.
	const proxy = readdirSync('/proc')
		.filter((entry) => /^\d+$/.test(entry))
		.find((pid) => {
			try {
				const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
				const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
				return (
					group === child.pid &&
					readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('decap-server/dist/index.js')
				);
			} catch {
				return false;
			}
		});
	expect(proxy).toBeDefined();
	process.kill(Number(proxy), 'SIGTERM');
	expect(await exited(child)).toBe(1);
	expect(output()).toContain('galat: salah satu server formulir berhenti');
	await waitFor(
		async () => !(await listening(sitePort)) && !(await listening(decapPort)),
		'port bebas'
	);
}, 120_000);

test('a port another program holds is refused by name, in Indonesian, before anything starts', async () => {
	const holder = createServer();
	const port = await new Promise<number>((done) =>
		holder.listen(0, '127.0.0.1', () => done((holder.address() as { port: number }).port))
	);
	try {
		const result = spawnSync('npm', ['run', '--silent', 'admin'], {
			cwd: site.root,
			encoding: 'utf8',
			env: {
				...process.env,
				KATALOG_PORT: String(port),
				KATALOG_PORT_DECAP: String(await getFreePort()),
			},
		});
		expect(result.status).toBe(2);
		expect(result.stderr).toBe(
			`galat: port ${port} sedang dipakai program lain (mungkin npm run admin yang masih berjalan); hentikan program itu, atau pilih port lain: KATALOG_PORT=${port + 1} npm run admin\n`
		);
	} finally {
		holder.close();
	}
});
