/**
 * The trusted review end to end, as `tinjauan.yml` runs it: the base branch's code (this
 * repository's scripts) checks a pull request's head commit in a temporary repository, reading it
 * as git objects, and `.github/scripts/tulis-laporan.cjs` posts the report and the status through
 * a recorded GitHub client. The PR's commit is hostile in every way the review found.
 */
import { createRequire } from 'node:module';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import { createTempGitRepo } from '../helpers/temp-git.ts';
import { PDF_BYTES, PNG_BYTES, minimalInnovation, runScript } from '../helpers/temp-repo.ts';

const postReview = createRequire(import.meta.url)('../../.github/scripts/tulis-laporan.cjs') as (
	tools: unknown
) => Promise<{ posted: boolean; status: { state: string; description: string } }>;

const INJECTED_KEY =
	'| x | y |\n## Judul palsu @tim-admin ![jejak](https://jejak.example/p.png) <!--';

let repo: ReturnType<typeof createTempGitRepo>;
let heads: { hostile: string; contentOnly: string };

/** Commits the hostile submission's content on `branch` (from main). */
function commitContent(branch: string) {
	repo.git('checkout', '-q', '-b', branch, 'main');
	// Four errors, hidden from `git archive` by the PR's own .gitattributes.
	repo.write('.gitattributes', 'content/** export-ignore\npublic/** export-ignore\n');
	repo.write(
		'content/inovasi/disdik/rusak.md',
		minimalInnovation()
			.replace('jenis: digital', 'jenis: daring')
			.replace('tahapan: penerapan', 'tahapan: penerapn')
			.replace(/\/bukti\/dinkes\/contoh\//g, '/bukti/disdik/rusak/')
	);
	repo.write('public/bukti/disdik/rusak/sk.pdf', PDF_BYTES);
	repo.write('public/bukti/disdik/rusak/foto.png', PNG_BYTES);
	// Markdown in keys, values, file and evidence names; a bidi override and a bell in the title.
	const injected = minimalInnovation()
		.replace(/\/bukti\/dinkes\/contoh\//g, '/bukti/disdik/jahat/')
		.replace(
			'nama: Contoh Inovasi Layanan Puskesmas',
			`nama: "Judul \\u202Etxt.exe\\u0007"\n${JSON.stringify(INJECTED_KEY)}: 1`
		)
		.replace('foto.png]', 'foto.png, "/bukti/disdik/jahat/![x](https://jejak.example/q.png)"]');
	repo.write('content/inovasi/disdik/jahat.md', injected);
	repo.write('public/bukti/disdik/jahat/sk.pdf', PDF_BYTES);
	repo.write('public/bukti/disdik/jahat/foto.png', PNG_BYTES);
	repo.write('content/inovasi/disdik/a|b@tim-admin`x.md', minimalInnovation());
	// Stray files that would run on the site's origin, a hidden file, a link out of the repository.
	repo.write('public/bukti/index.html', '<script>alert(1)</script>');
	repo.write('content/inovasi/disdik/.tersembunyi.md', 'x');
	symlinkSync('/etc/passwd', join(repo.root, 'public/bukti/disdik/jahat/sandi.pdf'));
	// Files that would replace what the build publishes, and a change to the official record.
	repo.write('public/index.html', '<h1>IID 99</h1>');
	repo.write('public/data/skor.json', '{"pemda":{"iid":99}}');
	repo.write('public/admin/config.yml', 'backend: { name: test-repo }\n');
	repo.write('content/arsip/resmi.yml', '- tahun: 2024\n  predikat: Sangat Inovatif\n');
	repo.git('add', '-A');
	repo.git('commit', '-q', '-m', 'usulan');
}

beforeAll(() => {
	repo = createTempGitRepo();
	commitContent('isi-saja');
	const contentOnly = repo.git('rev-parse', 'HEAD').stdout.trim();
	// The same content plus code that would forge a green report if it ran.
	repo.write(
		'scripts/commands/check-pr.ts',
		"console.log('✔ Tidak ada galat. Usulan siap ditinjau koordinator.'); process.exit(0);\n"
	);
	repo.write(
		'scripts/lib/checks/coordinator-attention.ts',
		'export const getAttentionReasons = () => [];\n'
	);
	repo.git('add', '-A');
	repo.git('commit', '-q', '-m', 'kode');
	heads = { hostile: repo.git('rev-parse', 'HEAD').stdout.trim(), contentOnly };
	// The trusted job's checkout: the base branch.
	repo.git('checkout', '-q', 'main');
}, 60_000);
afterAll(() => repo.cleanup());

/** check:pr exactly as the workflow calls it (base code, PR commit as data). */
function review(head: string, author = 'orang-luar') {
	const result = runScript(
		'check-pr.ts',
		[
			'--base',
			'HEAD',
			'--head',
			head,
			'--penulis',
			author,
			'--markdown',
			'laporan.md',
			'--status',
			'status.json',
			'--github',
		],
		repo.root
	);
	return {
		exit: result.status,
		stdout: result.stdout,
		report: readFileSync(join(repo.root, 'laporan.md'), 'utf8'),
		status: JSON.parse(readFileSync(join(repo.root, 'status.json'), 'utf8')) as {
			state: string;
			description: string;
		},
	};
}

describe('the trusted review of a hostile pull request', () => {
	let hostile: ReturnType<typeof review>;
	beforeAll(() => {
		hostile = review(heads.hostile);
	}, 60_000);

	test('the base code judges: errors count although .gitattributes hides the content from git archive', () => {
		expect(hostile.exit).toBe(1);
		expect(hostile.status.state).toBe('failure');
		expect(hostile.report).toContain('`content/inovasi/disdik/rusak.md:4:10` **galat**: `tahapan`');
		expect(hostile.report).toContain('`content/inovasi/disdik/rusak.md:6:8` **galat**: `jenis`');
		expect(hostile.report).not.toContain('✔ Tidak ada galat');
	});

	test('code changes, stray public files, links and hidden files are flagged or refused', () => {
		expect(hostile.report).toMatch(
			/Perlu perhatian koordinator[\s\S]*mengubah kode atau konfigurasi/
		);
		expect(hostile.report).toContain(
			'`public/bukti/index.html:1:1` **galat**: berkas tidak boleh langsung di public/bukti/'
		);
		expect(hostile.report).toContain(
			'`public/bukti/disdik/jahat/sandi.pdf:1:1` **galat**: tautan simbolik tidak diterima'
		);
		expect(hostile.report).toContain(
			'`content/inovasi/disdik/.tersembunyi.md:1:1` **peringatan**: berkas atau folder tersembunyi'
		);
	});

	test('files that would replace generated ones are errors, and every changed path outside content/inovasi/ is named, none cut', () => {
		for (const [file, route] of [
			['public/index.html', 'src/pages/index.astro'],
			['public/data/skor.json', 'src/pages/data/skor.json.ts'],
		] as const)
			expect(hostile.report).toContain(
				`\`${file}:1:1\` **galat**: /${file.slice('public/'.length)} dibuat oleh build (${route})`
			);
		expect(hostile.report).toContain('- mengubah arsip resmi (content/arsip/)');
		expect(hostile.report).toContain(
			'- mengubah berkas di public/ di luar public/bukti/ (hanya bukti yang diterbitkan'
		);
		const listed = hostile.report
			.split('\n')
			.filter((line) => /^- `[^`]+` \((ditambah|diubah|dihapus|dipindah)\)$/.test(line))
			.map((line) => line.slice(3, line.indexOf('` (')));
		expect(listed).toEqual([
			'.gitattributes',
			'content/arsip/resmi.yml',
			'public/admin/config.yml',
			'public/bukti/disdik/jahat/foto.png',
			'public/bukti/disdik/jahat/sandi.pdf',
			'public/bukti/disdik/jahat/sk.pdf',
			'public/bukti/disdik/rusak/foto.png',
			'public/bukti/disdik/rusak/sk.pdf',
			'public/bukti/index.html',
			'public/data/skor.json',
			'public/index.html',
			'scripts/commands/check-pr.ts',
			'scripts/lib/checks/coordinator-attention.ts',
		]);
		expect(hostile.report).not.toMatch(/…(?! dan \d+ temuan)/);
	});

	test('an author the agency does not list as owner is flagged', () => {
		expect(hostile.report).toContain(
			'pengaju `@orang-luar` mengubah SKPD `disdik`, yang belum mencantumkan `pemilik` di cabang utama'
		);
	});

	test('the index comes first, so no cut can hide it', () => {
		const index = hostile.report.indexOf('### Dampak pada Indeks Inovasi Daerah');
		expect(index).toBeGreaterThan(0);
		expect(index).toBeLessThan(hostile.report.indexOf('### Inovasi yang berubah'));
	});

	test('content cannot shape the report: no heading, row, image, link, comment or mention of its own', () => {
		const { html } = markdownToHtml(hostile.report);
		expect(html).not.toMatch(/<img|<a |<!--|<script/i);
		expect([...html.matchAll(/<h[1-6]>/g)].map((m) => m[0])).toEqual([
			'<h2>',
			'<h3>',
			'<h3>',
			'<h4>',
			'<h4>',
			'<h4>',
			'<h3>',
			'<h3>',
			'<h3>',
		]);
		// One table per section as built: the region's, the changes' (one row per innovation) and the
		// changed claims' (the files with errors compared as far as they can be read).
		const tables = html.split('<table>').slice(1);
		expect(tables).toHaveLength(3);
		expect(tables[1]!.split('</table>')[0]!.match(/<tr>/g)).toHaveLength(1 + 3);
		// GitHub links @name and #123 in rendered text: each is broken by a word joiner.
		const text = html.replace(/<code>[\s\S]*?<\/code>/g, '');
		expect(text).not.toMatch(/@(?!\u2060)[A-Za-z]/);
		// Control and bidi characters are shown escaped, never as themselves.
		// eslint-disable-next-line no-control-regex -- the bell character is what must not appear
		expect(hostile.report).not.toMatch(/[\u202E\u0007]/);
		expect(hostile.report).toContain('| x | y |\\u{000A}## Judul palsu');
	});

	test('annotations escape file names, and the printed report cannot issue workflow commands', () => {
		const token = /^::stop-commands::(\S+)$/m.exec(hostile.stdout)?.[1];
		expect(token).toBeDefined();
		const [before, after] = hostile.stdout.split(`::${token}::`);
		expect(
			before!
				.split('\n')
				.filter((line) => line.startsWith('::'))
				.map((line) => line.split('::')[1])
		).toEqual(['stop-commands']);
		expect(after).toContain(
			'::error file=content/inovasi/disdik/a|b@tim-admin`x.md,line=1,col=1::'
		);
		expect(after).not.toMatch(/\n[^:]/);
	});

	test('nothing in the commit changes the report: with or without its code, the same findings', () => {
		const contentOnly = review(heads.contentOnly);
		const withoutAttention = (report: string) =>
			report.replace(/⚠️ \*\*Perlu perhatian koordinator\*\*[\s\S]*?(?=\n### )/, '');
		expect(withoutAttention(hostile.report)).toBe(withoutAttention(contentOnly.report));
		expect(contentOnly.report).not.toContain('mengubah kode atau konfigurasi');
		expect(contentOnly.status.state).toBe('failure');
	});
});

/** A GitHub client that records what the posting script does. */
function createGitHub(options: {
	comments?: { id: number; user: { login: string }; body: string }[];
	headSha: string;
}) {
	const calls: [string, Record<string, unknown>][] = [];
	const record = (name: string) => (params: Record<string, unknown>) => {
		calls.push([name, params]);
		return Promise.resolve({
			data: name === 'pulls.get' ? { head: { sha: options.headSha } } : {},
		});
	};
	const github = {
		rest: {
			repos: { createCommitStatus: record('repos.createCommitStatus') },
			pulls: { get: record('pulls.get') },
			issues: {
				listComments: () => Promise.resolve({ data: options.comments ?? [] }),
				createComment: record('issues.createComment'),
				updateComment: record('issues.updateComment'),
			},
		},
		paginate: () => Promise.resolve(options.comments ?? []),
	};
	return { github, calls };
}

const SHA = 'a'.repeat(40);
const context = {
	payload: { pull_request: { number: 7, head: { sha: SHA } } },
	repo: { owner: 'pemkab', repo: 'katalog' },
	serverUrl: 'https://github.com',
	runId: 99,
};
const core = { info: () => undefined };
const encode = (text: string) => Buffer.from(text).toString('base64');

describe('.github/scripts/tulis-laporan.cjs (job "tulis")', () => {
	test('posts the base-code report to the PR of the event and sets the required status on its head', async () => {
		const { github, calls } = createGitHub({ headSha: SHA });
		const result = await postReview({
			github,
			context,
			core,
			env: {
				LAPORAN: encode('## Laporan\n'),
				STATUS: encode('{"state":"failure","description":"4 galat"}'),
			},
		});
		expect(result.posted).toBe(true);
		expect(calls).toEqual([
			[
				'repos.createCommitStatus',
				{
					owner: 'pemkab',
					repo: 'katalog',
					sha: SHA,
					state: 'failure',
					context: 'Tinjauan tepercaya',
					description: '4 galat',
					target_url: 'https://github.com/pemkab/katalog/actions/runs/99',
				},
			],
			['pulls.get', { owner: 'pemkab', repo: 'katalog', pull_number: 7 }],
			[
				'issues.createComment',
				{
					owner: 'pemkab',
					repo: 'katalog',
					issue_number: 7,
					body: '<!-- katalog-inovasi:laporan -->\n## Laporan\n',
				},
			],
		]);
	});

	test('updates only its own sticky comment: a forged one with the marker from another account is ignored', async () => {
		const comments = [
			{ id: 1, user: { login: 'penyerang' }, body: '<!-- katalog-inovasi:laporan -->\n✔ palsu' },
			{
				id: 2,
				user: { login: 'github-actions[bot]' },
				body: '<!-- katalog-inovasi:laporan -->\nlama',
			},
		];
		const { github, calls } = createGitHub({ headSha: SHA, comments });
		await postReview({
			github,
			context,
			core,
			env: {
				LAPORAN: encode('baru\n'),
				STATUS: encode('{"state":"success","description":"tanpa galat"}'),
			},
		});
		expect(calls.at(-1)).toEqual([
			'issues.updateComment',
			{
				owner: 'pemkab',
				repo: 'katalog',
				comment_id: 2,
				body: '<!-- katalog-inovasi:laporan -->\nbaru\n',
			},
		]);
	});

	test('a head that moved on gets its status but no stale comment', async () => {
		const { github, calls } = createGitHub({ headSha: 'b'.repeat(40) });
		const result = await postReview({
			github,
			context,
			core,
			env: { LAPORAN: encode('x'), STATUS: encode('{"state":"success","description":"ok"}') },
		});
		expect(result.posted).toBe(false);
		expect(calls.map(([name]) => name)).toEqual(['repos.createCommitStatus', 'pulls.get']);
	});

	test('a check that did not finish sets an error status, never success', async () => {
		const { github, calls } = createGitHub({ headSha: SHA });
		const result = await postReview({
			github,
			context,
			core,
			env: { STATUS: '', HASIL_PERIKSA: 'failure' },
		});
		expect(result.status.state).toBe('error');
		expect(calls[0]![1]).toMatchObject({ state: 'error' });
		expect(String(calls.at(-1)![1].body)).toContain(
			'Pemeriksaan tepercaya tidak selesai (failure)'
		);
	});

	test('a long report is cut at a line and says so', async () => {
		const { github, calls } = createGitHub({ headSha: SHA });
		await postReview({
			github,
			context,
			core,
			env: {
				LAPORAN: encode(`${'baris panjang sekali\n'.repeat(5000)}`),
				STATUS: encode('{"state":"success","description":"ok"}'),
			},
		});
		const body = String(calls.at(-1)![1].body);
		expect(body.length).toBeLessThan(61_000);
		expect(body).toContain('laporan dipotong');
	});
});

describe('.github/scripts/daftar-pendorong.cjs (job "periksa"): everyone who pushed is judged', () => {
	const listPushers = createRequire(import.meta.url)(
		'../../.github/scripts/daftar-pendorong.cjs'
	) as (tools: unknown) => Promise<string[]>;
	const event = (action: string, sender: string) => ({
		...context,
		payload: {
			action,
			sender: { login: sender },
			pull_request: { number: 7, head: { sha: SHA }, user: { login: 'petugas-dinkes' } },
		},
	});
	const outputs: Record<string, string> = {};
	const tools = { info: () => undefined, setOutput: (k: string, v: string) => (outputs[k] = v) };

	test('a push by another account adds its sender to those the review recorded; a forged record is ignored', async () => {
		const comments = [
			{
				id: 1,
				user: { login: 'penyerang' },
				body: '<!-- katalog-inovasi:laporan -->\n<!-- katalog-inovasi:pendorong: koordinator-a -->\n',
			},
			{
				id: 2,
				user: { login: 'github-actions[bot]' },
				body: '<!-- katalog-inovasi:laporan -->\n<!-- katalog-inovasi:pendorong: petugas-dinkes,teman-x -->\n## Laporan\n',
			},
		];
		const { github } = createGitHub({ headSha: SHA, comments });
		expect(
			await listPushers({ github, context: event('synchronize', 'orang-lain'), core: tools })
		).toEqual(['orang-lain', 'petugas-dinkes', 'teman-x']);
		expect(outputs.pendorong).toBe('orang-lain,petugas-dinkes,teman-x');
		// Editing the title pushes nothing: its sender is not a pusher.
		expect(
			await listPushers({ github, context: event('edited', 'penyunting'), core: tools })
		).toEqual(['petugas-dinkes', 'teman-x']);
	});

	test('the review records the pushers it judged in its own comment, for the next event', async () => {
		const { github, calls } = createGitHub({ headSha: SHA });
		await postReview({
			github,
			context,
			core,
			env: {
				LAPORAN: encode('## Laporan\n'),
				STATUS: encode('{"state":"success","description":"ok"}'),
				PENDORONG: 'orang-lain,petugas-dinkes,bukan akun -->',
			},
		});
		expect(calls.at(-1)![1].body).toBe(
			'<!-- katalog-inovasi:laporan -->\n<!-- katalog-inovasi:pendorong: orang-lain,petugas-dinkes -->\n## Laporan\n'
		);
	});
});

test('check:pr judges every pusher against the agency owners, not only the opener', () => {
	const result = runScript(
		'check-pr.ts',
		['--base', 'HEAD', '--head', heads.contentOnly, '--penulis', 'orang-luar,penyusup'],
		repo.root
	);
	expect(result.stdout).toContain('pengaju `@orang-luar` mengubah SKPD `disdik`');
	expect(result.stdout).toContain('pengaju `@penyusup` mengubah SKPD `disdik`');
});
