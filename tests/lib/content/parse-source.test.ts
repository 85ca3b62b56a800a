import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	MAX_SOURCE_BYTES,
	parseMarkdownSource,
	parseYamlSource,
} from '../../../src/lib/content/parse-source.ts';
import { validateFixture } from '../../helpers/fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseMarkdownSource — untrusted input', () => {
	test.each(['js', 'javascript', 'coffee', 'json'])(
		'---%s frontmatter is refused and never evaluated',
		(language) => {
			const parsed = parseMarkdownSource(
				bytes(`---${language}\nglobalThis.__diretas = true; module.exports = {}\n---\n`)
			);
			expect(parsed.data).toBeUndefined();
			expect(parsed.issues[0]?.message).toContain(`bukan \`---${language}\``);
			expect((globalThis as { __diretas?: boolean }).__diretas).toBeUndefined();
		}
	);

	test('the ---js fixture writes no file', () => {
		validateFixture('invalid', 'frontmatter_js.md');
		expect(existsSync('DIRETAS.txt')).toBe(false);
	});

	test('a billion-laughs alias bomb is refused, not expanded', () => {
		const levels = [
			'a: &a [x, x, x, x, x, x, x, x, x, x]',
			...'bcdefghijklmnop'
				.split('')
				.map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefghijklmnop'[i]}`).join(', ')}]`),
		];
		const parsed = parseYamlSource(bytes(levels.join('\n')));
		expect(parsed.data).toBeUndefined();
		expect(parsed.issues.map((i) => i.message)).toEqual([
			'YAML: alias (*nama) dan anchor (&nama) tidak didukung; tulis nilainya secara langsung',
		]);
	});

	test.each([
		['[', 100_000],
		['{a: ', 30_000],
	])('%j nested %i deep is an error with a position, never a stack overflow', (open, depth) => {
		const parsed = parseMarkdownSource(bytes(`---\nnama: ${open.repeat(depth)}\n---\n`));
		expect(parsed.data).toBeUndefined();
		expect(parsed.issues[0]).toMatchObject({
			line: 2,
			message:
				'YAML: struktur terlalu bersarang atau terlalu besar; tulis nilainya lebih datar, mis. satu daftar [a, b]',
		});
	});

	test('a file just over the limit is refused before decoding', () => {
		const parsed = parseMarkdownSource(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61));
		expect(parsed.issues[0]?.message).toMatch(
			/^berkas terlalu besar \(257 KiB; maksimal 256 KiB\)/
		);
	});

	test('positions survive a BOM and CRLF line endings', () => {
		const parsed = parseMarkdownSource(
			bytes('\uFEFF---\r\nnama: a\r\n---\r\n\r\n## Rancang Bangun\r\n')
		);
		expect(parsed.data).toEqual({ nama: 'a' });
		expect(parsed.bodyStartLine).toBe(4);
		expect(parsed.body.startsWith('\n## Rancang Bangun')).toBe(true);
	});

	test('YAML 1.2: dates stay strings, `yes` stays a word', () => {
		expect(parseYamlSource(bytes('d: 2024-02-05\nt: yes\n')).data).toEqual({
			d: '2024-02-05',
			t: 'yes',
		});
	});
});
