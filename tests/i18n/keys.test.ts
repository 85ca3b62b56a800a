import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import dictionary from '../../src/i18n/id.json' with { type: 'json' };
import { REPO_ROOT } from '../helpers/temp-repo.ts';

function listSources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listSources(path);
		return /\.(astro|ts)$/.test(name) ? [path] : [];
	});
}

const sources = listSources(join(REPO_ROOT, 'src')).map((path) => readFileSync(path, 'utf8'));
const keys = Object.keys(dictionary);

test('every t() key used in src exists in id.json', () => {
	const used = new Set(
		sources.flatMap((text) =>
			[...text.matchAll(/\bt\(\s*'([a-zA-Z0-9.]+)'/g)].map((match) => match[1]!)
		)
	);
	// Keys written as data next to t(key) calls (navigation, file lists) are checked too.
	for (const text of sources)
		for (const match of text.matchAll(/'((?:nav|data\.field|data)\.[a-zA-Z.]+)'/g))
			used.add(match[1]!);
	expect(used.size).toBeGreaterThan(50);
	expect([...used].filter((key) => !keys.includes(key))).toEqual([]);
});

test('facet labels exist for every catalogue facet', () => {
	for (const facet of ['skpd', 'urusan', 'tahapan', 'jenis', 'bentuk', 'tahun'])
		expect(keys).toContain(`facet.${facet}`);
});

test('placeholders are well-formed', () => {
	for (const [key, text] of Object.entries(dictionary))
		expect(text.replace(/\{[a-z]+\}/g, ''), key).not.toMatch(/[{}]/);
});
