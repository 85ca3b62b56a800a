/**
 * `verifikasi.yml`, the coordinators' browser path, run as GitHub runs it: each job's `run` steps
 * (read from the workflow file itself) in its own fresh clone of a temporary "origin", with the
 * form's inputs reaching the scripts only through `env`, and the patch handed from the read-only
 * job to the writing one through a job output.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTempGitRepo, linkProject } from '../helpers/temp-git.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

interface Step {
	uses?: string;
	run?: string;
	env?: Record<string, string>;
}
const workflow = parse(
	readFileSync(join(REPO_ROOT, '.github/workflows/verifikasi.yml'), 'utf8')
) as {
	jobs: Record<'hitung' | 'simpan', { steps: Step[] }>;
};

let origin: ReturnType<typeof createTempGitRepo>;
const scratch: string[] = [];

beforeAll(() => {
	origin = createTempGitRepo();
});
afterAll(() => {
	origin.cleanup();
	for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

// No author in the environment: as on a runner, the workflow's own `git -c user.name=…` names it.
const GIT_ENV = { HUSKY: '0' };

/** A fresh clone of origin on main, as actions/checkout leaves it. */
function checkout(): string {
	const dir = mkdtempSync(join(tmpdir(), 'katalog-alur-'));
	scratch.push(dir);
	const result = spawnSync('git', ['clone', '-q', '-b', 'main', origin.root, dir], {
		encoding: 'utf8',
	});
	expect(result.status, result.stderr).toBe(0);
	return dir;
}

/** Runs a job's `run` steps in `dir`; `${{ … }}` in env resolved from `values`. */
function runJob(
	job: 'hitung' | 'simpan',
	dir: string,
	values: Record<string, string>
): { status: number; output: Record<string, string>; log: string } {
	const outputFile = join(dir, '..', `${job}-keluaran-${scratch.length}`);
	const summary = `${outputFile}-ringkasan`;
	writeFileSync(outputFile, '');
	writeFileSync(summary, '');
	let log = '';
	for (const step of workflow.jobs[job].steps.filter((s) => s.run !== undefined)) {
		const env = Object.fromEntries(
			Object.entries(step.env ?? {}).map(([key, value]) => {
				const expression = /^\$\{\{\s*(.+?)\s*\}\}$/.exec(value)?.[1];
				if (expression === undefined) return [key, value];
				if (!(expression in values)) throw new Error(`tidak ada nilai untuk ${expression}`);
				return [key, values[expression]!];
			})
		);
		const result = spawnSync('bash', ['-e', '-c', step.run!], {
			cwd: dir,
			encoding: 'utf8',
			env: {
				...process.env,
				...GIT_ENV,
				...env,
				GITHUB_OUTPUT: outputFile,
				GITHUB_STEP_SUMMARY: summary,
				KATALOG_TANGGAL: '2026-11-27',
			},
		});
		log += result.stdout + result.stderr;
		if (result.status !== 0) return { status: result.status ?? 1, output: {}, log };
	}
	const output = Object.fromEntries(
		readFileSync(outputFile, 'utf8')
			.split('\n')
			.filter(Boolean)
			.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
	);
	return { status: 0, output, log: log + readFileSync(summary, 'utf8') };
}

let runs = 100;

/** The whole workflow for one form submission. */
function dispatch(inputs: Record<string, string>) {
	const values = {
		'inputs.perintah': '',
		'inputs.inovasi': '',
		'inputs.kunci': '',
		'inputs.parameter': '',
		'inputs.catatan': '',
		...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`inputs.${k}`, v])),
		'github.run_id': String(++runs),
		'github.actor': 'Sari-Bappedalitbang',
		'github.repository': 'pemkab/katalog',
		'github.server_url': 'https://github.com',
	};
	const work = checkout();
	copyFileSync(join(REPO_ROOT, 'package.json'), join(work, 'package.json'));
	linkProject(work);
	const hitung = runJob('hitung', work, values);
	if (hitung.status !== 0 || !hitung.output.patch) return { hitung };
	const simpan = runJob('simpan', checkout(), {
		...values,
		'needs.hitung.outputs.patch': hitung.output.patch,
	});
	return { hitung, simpan };
}

const onBranch = (branch: string, path: string) =>
	spawnSync('git', ['show', `${branch}:${path}`], { cwd: origin.root, encoding: 'utf8' });

const listBranches = () =>
	spawnSync('git', ['branch', '--list', 'verifikasi/*', '--format=%(refname:short)'], {
		cwd: origin.root,
		encoding: 'utf8',
	})
		.stdout.trim()
		.split('\n')
		.filter(Boolean);

describe('verifikasi.yml', () => {
	test('each form submission pushes a new branch of its own from main, by the account that ran it', () => {
		const first = dispatch({ perintah: 'layak', inovasi: 'dinkes/contoh' });
		expect(first.simpan?.status, first.hitung.log + (first.simpan?.log ?? '')).toBe(0);
		const branch = 'verifikasi/sari-bappedalitbang-101';
		expect(first.simpan!.log).toContain(
			`https://github.com/pemkab/katalog/compare/main...${branch}?expand=1`
		);
		const second = dispatch({
			perintah: 'perbaiki',
			inovasi: 'dinkes/contoh',
			kunci: 'regulasi video',
			catatan: '-SK belum ditandatangani; "unggah ulang" $(rm -rf ~)',
		});
		expect(second.simpan?.status, second.hitung.log + (second.simpan?.log ?? '')).toBe(0);
		expect(listBranches()).toEqual([branch, 'verifikasi/sari-bappedalitbang-102']);
		expect(onBranch(branch, 'content/verifikasi/dinkes/contoh.yml').stdout).toContain(
			'layak: true'
		);
		// The second run's branch starts from main: it carries only its own decision.
		const file = onBranch(
			'verifikasi/sari-bappedalitbang-102',
			'content/verifikasi/dinkes/contoh.yml'
		);
		expect(file.status).toBe(0);
		expect(file.stdout).not.toContain('layak: true');
		expect(file.stdout).toContain('oleh: "@Sari-Bappedalitbang"');
		expect(file.stdout.match(/status: perbaiki/g)).toHaveLength(2);
		// A note starting with "-" stays a note, and shell text stays text.
		expect(file.stdout).toContain('-SK belum ditandatangani');
		expect(file.stdout).toContain('$(rm -rf ~)');
		const log = spawnSync(
			'git',
			['log', '--format=%an|%s', 'verifikasi/sari-bappedalitbang-102', '-2'],
			{
				cwd: origin.root,
				encoding: 'utf8',
			}
		);
		expect(log.stdout.trim().split('\n')[0]).toBe(
			'Sari-Bappedalitbang|Verifikasi: perbaiki dinkes/contoh (oleh @Sari-Bappedalitbang)'
		);
		// main is untouched: the decisions reach it only through a pull request.
		expect(
			spawnSync('git', ['ls-tree', '-r', '--name-only', 'main', 'content/verifikasi'], {
				cwd: origin.root,
				encoding: 'utf8',
			}).stdout
		).toBe('');
	});

	test('a refused decision writes nothing and says why in Indonesian', () => {
		const result = dispatch({ perintah: 'tolak', inovasi: 'dinkes/contoh', kunci: 'regulasi' });
		expect(result.hitung.status).not.toBe(0);
		expect(result.hitung.log).toContain('catatan');
		expect(result.simpan).toBeUndefined();
	});

	test('an input starting with - cannot become an option: keys after --, options as --name=value', () => {
		// Before: kunci "--tanggal 2020-01-01" set the verification's date.
		const result = dispatch({
			perintah: 'terima',
			inovasi: 'dinkes/contoh',
			kunci: '--tanggal 2020-01-01',
		});
		expect(result.hitung.status).not.toBe(0);
		expect(result.hitung.log).toContain('--tanggal');
		expect(result.simpan).toBeUndefined();
		const injected = dispatch({ perintah: 'layak', inovasi: '--help' });
		expect(injected.hitung.status).not.toBe(0);
		expect(injected.hitung.log).not.toContain('Pemakaian: npm run verifikasi');
	});

	test('both jobs run in the protected environment koordinator', () => {
		const jobs = workflow.jobs as unknown as Record<string, { environment?: string }>;
		expect(Object.values(jobs).map((job) => job.environment)).toEqual([
			'koordinator',
			'koordinator',
		]);
	});

	test('the writing job applies only content/verifikasi/ from the patch it is handed', () => {
		const work = checkout();
		writeFileSync(join(work, 'content/inovasi/dinkes/contoh.md'), 'dirusak\n');
		writeFileSync(join(work, 'catatan.yml'), 'x: 1\n');
		spawnSync('git', ['add', '-A'], { cwd: work });
		const patch = spawnSync('git', ['diff', '--cached', '--binary'], { cwd: work }).stdout;
		const result = runJob('simpan', checkout(), {
			'needs.hitung.outputs.patch': Buffer.from(patch).toString('base64'),
			'github.run_id': '7',
			'inputs.perintah': 'terima',
			'inputs.inovasi': 'dinkes/contoh',
			'github.actor': 'x',
			'github.repository': 'pemkab/katalog',
			'github.server_url': 'https://github.com',
		});
		expect(result.status).toBe(0);
		expect(result.log).toContain('tidak ada yang berubah');
		expect(
			spawnSync('git', ['rev-parse', '-q', '--verify', 'verifikasi/x-7'], { cwd: origin.root })
				.status
		).not.toBe(0);
	});
});
