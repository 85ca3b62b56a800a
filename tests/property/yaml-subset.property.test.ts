import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { expect, test } from 'vitest';
import { readPlainYaml } from '../../src/lib/content/yaml-subset.ts';
import { getRuleSet } from '../../src/lib/rules/registry.ts';
import { createRandom, createSyntheticInnovation } from '../../scripts/lib/synthetic.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

const FAILED = Symbol('yaml refused');

/**
 * The definition: what the strict path reads with `yaml` (YAML 1.2 core schema, unique keys, any
 * error or warning a refusal; an empty document is `{}`).
 */
function oracle(text: string): unknown {
	const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, version: '1.2' });
	if (doc.errors.length > 0 || doc.warnings.length > 0) return FAILED;
	try {
		return doc.toJS({ maxAliasCount: 0 }) ?? {};
	} catch {
		return FAILED;
	}
}

/** Asserts the subset either declines `text` or reads exactly what `yaml` reads; true when read. */
function agrees(text: string): boolean {
	const read = readPlainYaml(text);
	if (read === undefined) return false;
	const expected = oracle(text);
	expect(expected, text).not.toBe(FAILED);
	expect(read, text).toStrictEqual(expected);
	return true;
}

const key = fc.constantFrom(
	'nama',
	'tahapan',
	'bukti',
	'a-b',
	'_x',
	'x9',
	'null',
	'True',
	'FALSE',
	'constructor',
	'__proto__',
	'toString',
	'9a',
	'a b',
	'"q"',
	'a:b',
	'é'
);
const scalar = fc.constantFrom(
	'kata',
	'dua kata',
	'Inovasi padi 5748',
	'0',
	'3',
	'007',
	'1.5',
	'1.',
	'-3',
	'+1',
	'1e3',
	'.5',
	'0x1F',
	'0o7',
	'2024-02-30',
	'2024-1-5',
	'3 bulan',
	'12:30',
	'true',
	'True',
	'false',
	'null',
	'NULL',
	'~',
	'yes',
	'.inf',
	'-.inf',
	'.NaN',
	'a: b',
	'a:b',
	'a #b',
	'a#b',
	'a:',
	':a',
	'https://x.example.id/a_b-c.pdf',
	'https://x.id/a?b=c#d',
	'"q"',
	'"a\\"b"',
	'"a\\tb"',
	'"\\u0041"',
	'"a # b"',
	"'s''t'",
	"'tak tutup",
	'"',
	"''",
	'""',
	'&a x',
	'*a',
	'!t x',
	'!!str 1',
	'|',
	'>',
	'- x',
	'-x',
	'? x',
	'%x',
	'@x',
	'`x`',
	'#x',
	'[a, b]',
	'[a,b]',
	'[ ]',
	'[]',
	'{}',
	'{ a: 1 }',
	'{a: 1, b: [x, y]}',
	'{ a: 1, a: 2 }',
	'[a, [b, c]]',
	'[a,]',
	'[a: b]',
	'{ a }',
	'[a] x',
	'[a] # c',
	'"x" # c',
	'"x"#c',
	'x \u00a0',
	'\u00a0x',
	'x\u00a0',
	'é ü',
	'a , b',
	'a, b',
	'a ] b',
	'a { b',
	'\u2028x',
	'x # c'
);
const pad = fc.constantFrom('', ' ', '  ');

/** A document built from entry lines: scalars, nested blocks, lists, comments and odd indents. */
const document = fc
	.array(
		fc.oneof(
			fc
				.tuple(key, pad, scalar, pad)
				.map(([k, before, v, after]) => `${k}:${before === '' ? ' ' : before}${v}${after}`),
			fc
				.tuple(
					key,
					fc.array(fc.tuple(key, scalar), { maxLength: 3 }),
					fc.constantFrom('  ', '    ', ' ')
				)
				.map(([k, items, indent]) =>
					[`${k}:`, ...items.map(([ik, iv]) => `${indent}${ik}: ${iv}`)].join('\n')
				),
			fc
				.tuple(key, fc.array(scalar, { maxLength: 3 }), fc.constantFrom('  ', '', '   '))
				.map(([k, items, indent]) =>
					[`${k}:`, ...items.map((item) => `${indent}- ${item}`)].join('\n')
				),
			fc.constantFrom(
				'',
				'# komentar',
				'  # menjorok',
				'kunci:',
				'kunci: # komentar',
				'---',
				'...',
				'  nama: x',
				'\tnama: x',
				'nama:\tx',
				'x',
				'- x',
				'a : b',
				'a:\r',
				'  - x'
			)
		),
		{ maxLength: 7 }
	)
	.map((lines) => lines.join('\n'));

test('the subset reads exactly what js-yaml reads, or declines', () => {
	let read = 0;
	fc.assert(
		fc.property(document, (text) => {
			if (agrees(text)) read++;
		}),
		{ numRuns: 4000 }
	);
	// The generator must reach the subset often, or the test proves nothing.
	expect(read).toBeGreaterThan(400);
});

test('mutated frontmatter is read exactly as js-yaml reads it, or declined', () => {
	const base = createSyntheticInnovation(createRandom(7), 7, getRuleSet(2026))
		.split('\n---\n')[0]!
		.slice(4);
	fc.assert(
		fc.property(
			fc.nat(base.length),
			fc.nat(3),
			fc.constantFrom(
				'',
				' ',
				':',
				'#',
				'[',
				']',
				'{',
				'}',
				',',
				'"',
				"'",
				'-',
				'\n',
				'\n  ',
				'x',
				'0',
				'&',
				'\u00a0'
			),
			(at, cut, insert) => {
				agrees(base.slice(0, at) + insert + base.slice(at + cut));
			}
		),
		{ numRuns: 3000 }
	);
});

test('typical frontmatter takes the fast path: the synthetic corpus and the sample content', () => {
	const rules = getRuleSet(2026);
	const random = createRandom(2026);
	for (let index = 0; index < 200; index++) {
		const text = createSyntheticInnovation(random, index, rules).split('\n---\n')[0]!.slice(4);
		expect(agrees(text), text).toBe(true);
	}
	const root = join(import.meta.dirname, '../../content/inovasi');
	const samples = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
		(file) => file.endsWith('.md') && file !== 'README.md'
	);
	const read = samples.filter((file) => {
		const text = readFileSync(join(root, file), 'utf8');
		return agrees(text.slice(4, text.indexOf('\n---', 3) + 1));
	});
	// Sample files may use lists of awards or multi-line text, which js-yaml reads instead.
	expect(read.length).toBeGreaterThan(samples.length / 2);
});

test('deep flow nesting is declined, not a stack overflow', () => {
	expect(readPlainYaml(`nama: ${'['.repeat(200_000)}`)).toBeUndefined();
	expect(readPlainYaml(`nama: ${'[a, '.repeat(9)}${']'.repeat(9)}`)).toBeUndefined();
	expect(agrees(`nama: ${'['.repeat(8)}${']'.repeat(8)}`)).toBe(true);
});
