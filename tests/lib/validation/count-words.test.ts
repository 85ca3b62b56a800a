import { expect, test } from 'vitest';
import { countWords } from '../../../src/lib/validation/check-body.ts';

test.each([
	['', 0],
	['satu dua  tiga\n\nempat', 4],
	['Rp 5.000, 12 desa — dan (kurung) “kutip”', 7],
	['Ülkü éclair ñandú 名前', 4],
	['— -- ... !!! *', 0],
	['[tautan panjang](https://contoh.go.id/a/b/c) saja', 3],
	['![foto](a.png) `kode sumber` <b>tebal</b>', 2],
	['[//]: # "petunjuk tidak dihitung"\nisi', 1],
	['```\nkode di blok\n```\nsetelah', 1],
	['\u0011 x', 1],
])('%j → %i words', (text, words) => {
	expect(countWords(text)).toBe(words);
});

test('counting stops once `enough` words are seen', () => {
	expect(countWords('a b c d e f', 3)).toBe(3);
});

test('agrees with the plain definition (split on \\s, count tokens with a letter or digit) on awkward text', () => {
	const samples = [
		'a\u00a0b\u2003c\u3000d\ufeffe',
		'x\u200by',
		'𝒳 𝟙 🙂 😀a',
		'tab\tvt\u000bff\u000ccr\r',
		'— ¿qué? ¡sí! ٣ ४',
	];
	for (const text of samples) {
		const expected = text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
		expect(countWords(text), text).toBe(expected);
	}
});
