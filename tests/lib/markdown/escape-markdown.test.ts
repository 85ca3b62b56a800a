import { describe, expect, test } from 'vitest';
import { markdownToHtml } from 'satteri';
import {
	escapeMarkdownText,
	formatMessageMarkdown,
	toCodeSpan,
} from '../../../src/lib/markdown/escape-markdown.ts';
import { findUnprintable, toPrintable } from '../../../src/lib/text/printable.ts';

const J = '\u2060';
/** What GitHub-flavoured Markdown makes of a line (paragraph wrapper removed). */
const render = (markdown: string) =>
	markdownToHtml(markdown)
		.html.trim()
		.replace(/^<p>|<\/p>$/g, '');

describe('escapeMarkdownText: submission text is never markup', () => {
	test.each([
		['![jejak](https://jejak.example/p.png)', `\\!\\[jejak\\](https:${J}//jejak.example/p.png)`],
		['<!-- sembunyikan sisanya', '\\<!-- sembunyikan sisanya'.replace('!', '\\!')],
		['@tim-admin #12', `@${J}tim-admin #${J}12`],
		[
			'**tebal** _miring_ ~~coret~~ `kode` $x$',
			'\\*\\*tebal\\*\\* \\_miring\\_ \\~\\~coret\\~\\~ \\`kode\\` \\$x\\$',
		],
		['a | b', 'a \\| b'],
		['www.jahat.example', `www${J}.jahat.example`],
		['baris\nbaru', 'baris\\\\u{000A}baru'],
		['&amp; &lt;', '\\&amp; \\&lt;'],
	])('%j', (input, expected) => {
		expect(escapeMarkdownText(input)).toBe(expected);
	});

	test.each([
		'![i](https://t.example/p.png)',
		'<img src=x onerror=alert(1)>',
		'<!--',
		'[tautan](https://jahat.example)',
		'<https://jahat.example>',
		'https://jahat.example/x',
		'**x**',
	])('renders %j as plain text', (input) => {
		const html = render(escapeMarkdownText(input));
		expect(html).not.toMatch(/<(img|a|strong|em|del|code)\b|<!--/);
	});
});

describe('toCodeSpan', () => {
	test.each([
		['disdik/baru', {}, '`disdik/baru`'],
		['a`b', {}, '``a`b``'],
		['`awal', {}, '`` `awal ``'],
		['a|b', { inTable: true }, '`a\\|b`'],
		['a\\|b', { inTable: true }, '`a\\u{5C}\\|b`'],
		['', {}, '–'],
		['x\u202Ey', {}, '`x\\u{202E}y`'],
	])('%j %j', (input, options, expected) => {
		expect(toCodeSpan(input, options)).toBe(expected);
	});

	test('a table row stays one row whatever the name', () => {
		for (const name of ['a|b', 'a\\|b', 'a\\\\|b', '`|`', 'x`|`y']) {
			const html = markdownToHtml(
				`| a | b |\n|---|---|\n| ${toCodeSpan(name, { inTable: true })} | z |\n`
			).html;
			expect(html.match(/<td>/g), name).toHaveLength(2);
		}
	});
});

test('formatMessageMarkdown: quoted names as code, the rest as text', () => {
	expect(formatMessageMarkdown('kunci `@x` tidak dikenal; lihat <README>')).toBe(
		`kunci \`@x\` tidak dikenal; lihat \\<README\\>`
	);
});

describe('printable text', () => {
	test.each([
		['biasa', undefined, 'biasa'],
		['a\u202Eb', 'U+202E', 'a\\u{202E}b'],
		['a\u0007b', 'U+0007', 'a\\u{0007}b'],
		['a\uFFFEb', 'U+FFFE', 'a\\u{FFFE}b'],
		['a\u2066b', 'U+2066', 'a\\u{2066}b'],
		['a\tb', 'U+0009', 'a\\u{0009}b'],
		['a\ud800b', 'U+D800', 'a\\u{D800}b'],
	])('%j', (input, code, printable) => {
		expect(findUnprintable(input)).toBe(code);
		expect(toPrintable(input)).toBe(printable);
	});

	test('line breaks may be allowed (multi-line notes)', () => {
		expect(findUnprintable('baris\r\nbaru', true)).toBeUndefined();
		expect(findUnprintable('baris\nbaru\u202E', true)).toBe('U+202E');
	});
});
