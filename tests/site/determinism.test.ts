import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTempSite } from '../helpers/temp-site.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';
import { SITE_EXPORT_FILES } from '../../src/lib/export/export-files.ts';
import { findGeneratedPath } from '../../src/lib/site/generated-paths.ts';

function listFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? listFiles(path) : [path];
	});
}

/** Two builds of the same sample content, in two different folders. */
const sites = [createTempSite({}), createTempSite({})];
const results: (number | null)[] = [];

beforeAll(() => {
	for (const site of sites) {
		cpSync(join(REPO_ROOT, 'content'), join(site.root, 'content'), { recursive: true });
		cpSync(join(REPO_ROOT, 'public', 'bukti'), join(site.root, 'public', 'bukti'), {
			recursive: true,
		});
		results.push(site.build().status);
	}
}, 300_000);
afterAll(() => sites.forEach((site) => site.cleanup()));

test('two builds of the same content give byte-identical data files and identical HTML', () => {
	expect(results).toEqual([0, 0]);
	const [a, b] = sites.map((site) => join(site.root, 'dist')) as [string, string];
	const filesA = listFiles(a)
		.map((file) => relative(a, file))
		.filter((file) => /\.(html|json|csv|xml|txt|xlsx)$/.test(file))
		.sort();
	const filesB = listFiles(b)
		.map((file) => relative(b, file))
		.filter((file) => /\.(html|json|csv|xml|txt|xlsx)$/.test(file))
		.sort();
	expect(filesA).toEqual(filesB);
	expect(filesA.filter((file) => file.startsWith('data/'))).toEqual(
		[
			...SITE_EXPORT_FILES.map((file) => `data/ekspor/${file.nama}`),
			'data/index.html',
			'data/inovasi.csv',
			'data/inovasi.json',
			'data/simulasi.json',
			'data/skema-inovasi.json',
			'data/skema-verifikasi.json',
			'data/skor.json',
		].sort()
	);
	const different = filesA.filter(
		(file) => !readFileSync(join(a, file)).equals(readFileSync(join(b, file)))
	);
	expect(different).toEqual([]);
});

test('every file the build writes is either generated (derived from the route table) or a published file of public/bukti/', () => {
	const dist = join(sites[0]!.root, 'dist');
	const files = listFiles(dist).map((file) => relative(dist, file).split('\\').join('/'));
	expect(files.length).toBeGreaterThan(50);
	const neither = files.filter((file) => !findGeneratedPath(file) && !file.startsWith('bukti/'));
	const both = files.filter((file) => findGeneratedPath(file) && file.startsWith('bukti/'));
	expect(neither).toEqual([]);
	expect(both).toEqual([]);
});
