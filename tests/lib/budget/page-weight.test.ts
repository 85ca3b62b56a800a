import { describe, expect, test } from 'vitest';
import {
	findPageProblems,
	listModuleImports,
	listPageAssets,
} from '../../../src/lib/budget/page-weight.ts';

describe('page-weight helpers', () => {
	test('lists local scripts and stylesheets, not external ones', () => {
		const html =
			'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><script src="https://cdn.example/x.js"></script>';
		expect(listPageAssets(html)).toEqual(['/_astro/a.css', '/_astro/b.js']);
	});

	test('follows static module imports relative to the module', () => {
		expect(
			listModuleImports(
				'import{a as b}from"./chunk.js";export{c}from"../x/d.js";import "./e.js"',
				'/_astro/m.js'
			)
		).toEqual(['/_astro/chunk.js', '/_astro/e.js', '/x/d.js']);
	});

	test.each([
		[
			'<script src="https://cdn.example/x.js"></script>',
			['permintaan pihak ketiga: https://cdn.example/x.js'],
		],
		['<img src="/a.png" loading="lazy" width="10" height="10">', []],
		[
			'<img src="/a.png">',
			[
				'gambar tanpa loading="lazy": <img src="/a.png">',
				'gambar tanpa ukuran: <img src="/a.png">',
			],
		],
		['<link rel="canonical" href="https://situs.example/">', []],
	])('problems of %s', (html, expected) => {
		expect(findPageProblems(html)).toEqual(expected);
	});
});
