import { markdownToHtml } from 'satteri';
import { describe, expect, test } from 'vitest';
import { isSafeUrl, submissionHastPlugins } from '../../../src/lib/markdown/neutralise-html.ts';

const render = (markdown: string) =>
	markdownToHtml(markdown, { hastPlugins: submissionHastPlugins }).html;

describe('isSafeUrl', () => {
	test.each([
		['https://tanahbumbukab.go.id', true],
		['http://example.com', true],
		['/bukti/dinkes/a.pdf', true],
		['#bagian', true],
		['mailto:dinkes@tanahbumbukab.go.id', true],
		['javascript:alert(1)', false],
		['JaVaScRiPt:alert(1)', false],
		['java\tscript:alert(1)', false],
		[' javascript:alert(1)', false],
		['data:text/html;base64,PHNjcmlwdD4=', false],
		['vbscript:msgbox', false],
	])('%s → %s', (url, safe) => {
		expect(isSafeUrl(url)).toBe(safe);
	});
});

describe('submission Markdown through Sätteri with the plugins', () => {
	test.each([
		['block HTML', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
		[
			'inline HTML with a handler',
			'teks <b onclick="x()">tebal</b>',
			'<p>teks &lt;b onclick="x()"&gt;tebal&lt;/b&gt;</p>',
		],
		[
			'an HTML comment',
			'<!-- <img src=x onerror=alert(1)> -->',
			'&lt;!-- &lt;img src=x onerror=alert(1)&gt; --&gt;',
		],
		['a javascript: link', '[klik](javascript:alert(1))', '<p><a>klik</a></p>'],
		['a javascript: autolink', '<javascript:alert(1)>', '<p><a>javascript:alert(1)</a></p>'],
		[
			'a data: image',
			'![x](data:text/html;base64,PHNjcmlwdD4=)',
			'<p><img alt="x" loading="lazy" decoding="async"></p>',
		],
		[
			'an external link',
			'[situs](https://tanahbumbukab.go.id)',
			'<p><a href="https://tanahbumbukab.go.id" rel="noopener noreferrer">situs</a></p>',
		],
		['a relative link', '[bukti](/bukti/a.pdf)', '<p><a href="/bukti/a.pdf">bukti</a></p>'],
		[
			'an image from another host becomes a link (never loaded)',
			'![foto](https://x.example/a.png)',
			'<p><a href="https://x.example/a.png" rel="noopener noreferrer">[gambar: foto]</a></p>',
		],
		[
			'a scheme-relative image is not even a link',
			'![x](//x.example/a.png)',
			'<p><a>[gambar: x]</a></p>',
		],
		[
			'an evidence image is shown',
			'![lokal](/bukti/dinkes/a/f.png)',
			'<p><img src="/bukti/dinkes/a/f.png" alt="lokal" loading="lazy" decoding="async"></p>',
		],
		[
			'a bare www. link is upgraded to https',
			'lihat www.tanahbumbukab.go.id',
			'<p>lihat <a href="https://www.tanahbumbukab.go.id" rel="noopener noreferrer">www.tanahbumbukab.go.id</a></p>',
		],
		[
			'a user part before @ drops the link',
			'[s](https://tanahbumbukab.go.id@evil.example)',
			'<p><a>s</a></p>',
		],
		['a scheme-relative link is dropped', '[s](//evil.example)', '<p><a>s</a></p>'],
	])('%s', (_name, markdown, html) => {
		expect(render(markdown).trim()).toBe(html);
	});

	test('ordinary Markdown is untouched: headings, lists, GFM tables, plain quotes', () => {
		expect(render('## Latar\n\n- satu\n\n| a |\n|---|\n| 1 |\n\n"kutip" -- ...')).toBe(
			'<h2>Latar</h2>\n<ul>\n<li>satu</li>\n</ul>\n<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n<p>"kutip" -- ...</p>\n'
		);
	});
});
