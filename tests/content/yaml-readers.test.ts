/**
 * Everything the project writes or ships as YAML, read by the parsers others use, with the same
 * values: PyYAML (Debian's python3-yaml, YAML 1.1, as analysts read it), Hugo (Debian's hugo, Go's
 * yaml, as a portal would render it) and js-yaml. The samples under content/, and what the wizard,
 * the legacy import, the verification command and the theme migration write.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { renderNewInnovation } from '../../src/lib/content/new-innovation.ts';
import { toLegacyDraft } from '../../src/lib/import/legacy-row.ts';
import { toVerificationYaml } from '../../src/lib/verification/to-yaml.ts';
import { rules2026 } from '../helpers/rules.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

const jsYaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

/** Every file under `dir` with one of `extensions`. */
function listFiles(dir: string, extensions: RegExp): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => extensions.test(name))
		.map((name) => join(dir, name));
}

/** The YAML of a Markdown file's frontmatter, or of a YAML file. */
const yamlOf = (text: string) =>
	text.startsWith('---') ? text.slice(text.indexOf('\n') + 1, text.indexOf('\n---', 3)) : text;

/** Dates as the ISO day, whichever type a parser gave them; keys as Hugo spells them (lowercase). */
function normalise(value: unknown): unknown {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:T00:00:00(?:Z|\+00:00))?$/.test(value))
		return value.slice(0, 10);
	if (Array.isArray(value)) return value.map(normalise);
	if (value !== null && typeof value === 'object')
		return Object.fromEntries(
			Object.entries(value).map(([key, item]) => [key.toLowerCase(), normalise(item)])
		);
	return value;
}

const documents: { name: string; yaml: string }[] = [];
let work: string;

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'katalog-yaml-'));
	for (const file of listFiles(join(REPO_ROOT, 'content'), /\.(md|yml)$/))
		if (!file.endsWith('README.md'))
			documents.push({
				name: relative(REPO_ROOT, file),
				yaml: yamlOf(readFileSync(file, 'utf8').replace(/\r\n/g, '\n')),
			});
	documents.push({
		name: 'npm run baru',
		yaml: yamlOf(
			renderNewInnovation(
				{
					skpd: 'dinkes',
					slug: 'antre-sehat',
					nama: 'Antre: Sehat? #1',
					ringkasan: 'yes — on',
					tahapan: 'penerapan',
					inisiator: 'perangkat-daerah',
					jenis: 'digital',
					bentuk: 'pelayanan-publik',
					urusan: 'kesehatan',
					waktu_uji_coba: '2024-02-05',
					waktu_penerapan: '2024-07-01',
				},
				rules2026
			)
		),
	});
	documents.push({
		name: 'npm run impor',
		yaml: yamlOf(
			toLegacyDraft(
				{
					ID: '7',
					Nama: 'no',
					Tujuan: 'on? #ya',
					SKPD: 'Dinas Kesehatan',
					Tahapan: 'Uji Coba',
					Ujicoba: '05-03-2024',
				},
				{ rules: rules2026, agencies: [{ id: 'dinkes', nama: 'Dinas Kesehatan' }] }
			).text
		),
	});
	documents.push({
		name: 'npm run verifikasi',
		yaml: toVerificationYaml(
			{
				layak: true,
				oleh: '@sari',
				tanggal: '2026-11-27',
				sidik: '0'.repeat(32),
				indikator: {
					video: {
						status: 'diterima',
						parameter: 3,
						oleh: 'yes',
						tanggal: '2026-11-27',
						sidik: '1'.repeat(32),
						tautan: [
							{
								alamat: 'https://www.youtube.com/watch?v=abc#t=1',
								sidik: '2'.repeat(32),
								ukuran: 10,
								diperiksa: '2026-11-27',
							},
						],
					},
				},
			},
			'content/inovasi/dinkes/a.md'
		),
	});
	// Hugo reads frontmatter of Markdown: every document becomes one page that prints its params,
	// nested under one key (Hugo's frontmatter must be a map; content/arsip/resmi.yml is a list).
	const site = join(work, 'hugo');
	mkdirSync(join(site, 'layouts/_default'), { recursive: true });
	writeFileSync(
		join(site, 'config.yml'),
		'disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT]\n'
	);
	writeFileSync(join(site, 'layouts/_default/single.html'), '{{ .Params.isi | jsonify }}');
	writeFileSync(join(site, 'layouts/_default/list.html'), '');
	documents.forEach((document, index) => {
		mkdirSync(join(site, 'content'), { recursive: true });
		const nested = document.yaml
			.split('\n')
			.map((line) => (line ? `  ${line}` : line))
			.join('\n');
		writeFileSync(join(site, 'content', `d${index}.md`), `---\nisi:\n${nested}\n---\n`);
	});
}, 60_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('the samples and every generated file read the same in PyYAML, Hugo and js-yaml', () => {
	expect(documents.length).toBeGreaterThan(60);
	const ours = documents.map((document) => normalise(parse(document.yaml)));

	const python = spawnSync(
		'python3',
		[
			'-c',
			'import json,sys,yaml\nout=[]\nfor d in json.load(sys.stdin):\n  try: out.append(yaml.safe_load(d))\n  except Exception as e: out.append({"galat": str(e).splitlines()[0]})\nprint(json.dumps(out, default=str))',
		],
		{ input: JSON.stringify(documents.map((document) => document.yaml)), encoding: 'utf8' }
	);
	expect(python.status, python.stderr).toBe(0);
	const pyyaml = (JSON.parse(python.stdout) as unknown[]).map(normalise);

	const hugo = spawnSync('hugo', ['--quiet', '-s', join(work, 'hugo'), '-d', join(work, 'out')], {
		encoding: 'utf8',
	});
	expect(hugo.status, hugo.stderr).toBe(0);
	const params = documents.map((_, index) => {
		return JSON.parse(
			readFileSync(join(work, 'out', `d${index}`, 'index.html'), 'utf8')
		) as unknown;
	});

	documents.forEach((document, index) => {
		const mine = ours[index];
		expect(pyyaml[index], `PyYAML: ${document.name}`).toEqual(mine);
		expect(normalise(jsYaml.load(document.yaml)), `js-yaml: ${document.name}`).toEqual(mine);
		expect(normalise(params[index]), `Hugo: ${document.name}`).toEqual(mine);
	});
});
