import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isHttpsUrl } from '../../src/schemas/shared.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });

/** The definition, without the fast path: an https URL with a host and no user part. */
function oracle(value: string): boolean {
	try {
		const url = new URL(value);
		return (
			url.protocol === 'https:' &&
			url.hostname.length > 0 &&
			!/\s/.test(value) &&
			url.username === '' &&
			url.password === ''
		);
	} catch {
		return false;
	}
}

const piece = fc.constantFrom(
	'a',
	'Z',
	'0',
	'9',
	'-',
	'.',
	'/',
	'%',
	'_',
	'~',
	' ',
	':',
	'@',
	'[',
	']',
	'?',
	'#',
	'ü',
	'255',
	'999',
	'xn--'
);
const tail = fc.array(piece, { maxLength: 14 }).map((parts) => parts.join(''));

test('the fast path never accepts what the URL parser refuses, nor refuses what it accepts', () => {
	fc.assert(
		fc.property(
			fc.constantFrom('https://', 'http://', 'https:/', 'HTTPS://', ''),
			tail,
			(scheme, rest) => {
				const value = scheme + rest;
				expect(isHttpsUrl(value), value).toBe(oracle(value));
			}
		),
		{ numRuns: 3000 }
	);
});

test.each([
	'https://a.go.id@evil.example/',
	'https://u:p@a.go.id',
	'https://:p@a.go.id',
	'https://1.2.3.999/a',
	'https://999',
	'https://a..b/',
	'https://-/x',
	'https://arsip.example.go.id/bukti/1/a.pdf',
	'https://x/%zz',
])('%s agrees with the URL parser', (value) => {
	expect(isHttpsUrl(value)).toBe(oracle(value));
});
