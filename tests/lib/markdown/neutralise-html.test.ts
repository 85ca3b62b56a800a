import { describe, expect, test } from 'vitest';
import { isSafeUrl, rehypeSafeLinks, remarkNeutraliseHtml } from '../../../src/lib/markdown/neutralise-html.ts';

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

describe('remarkNeutraliseHtml', () => {
	test('turns raw HTML into text and unsafe link targets into #', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'html', value: '<script>alert(1)</script>' },
				{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }, { type: 'image', url: 'https://ok.example/a.png' }] },
			],
		};
		remarkNeutraliseHtml()(tree);
		expect(tree.children[0]).toEqual({ type: 'text', value: '<script>alert(1)</script>' });
		expect(tree.children[1]!.children![0]!.url).toBe('#');
		expect(tree.children[1]!.children![1]!.url).toBe('https://ok.example/a.png');
	});
});

describe('rehypeSafeLinks', () => {
	test('drops event handlers and unsafe URLs, marks external links, lazy-loads images', () => {
		const link = { type: 'element', tagName: 'a', properties: { href: 'https://luar.example', onClick: 'x()' }, children: [] };
		const bad = { type: 'element', tagName: 'a', properties: { href: 'javascript:alert(1)' }, children: [] };
		const image = { type: 'element', tagName: 'img', properties: { src: 'https://x.example/a.png', onError: 'x()' }, children: [] };
		rehypeSafeLinks()({ type: 'root', children: [link, bad, image] });
		expect(link.properties).toEqual({ href: 'https://luar.example', rel: ['noopener', 'noreferrer'] });
		expect(bad.properties).toEqual({});
		expect(image.properties).toEqual({ src: 'https://x.example/a.png', loading: 'lazy', decoding: 'async' });
	});
});
