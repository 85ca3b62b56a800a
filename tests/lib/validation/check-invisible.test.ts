import { describe, expect, test } from 'vitest';
import {
	checkInvisibleBody,
	checkInvisibleData,
} from '../../../src/lib/validation/check-invisible.ts';
import { validateSkpdSource } from '../../../src/lib/content/validate-source.ts';

describe('checkInvisibleData: every key and value of the YAML', () => {
	test.each<[string, string, unknown, string[]]>([
		['a clean file is not walked', 'nama: Dinkes\n', { nama: 'Dinkes' }, []],
		[
			'a noncharacter written as an escape',
			'alamat: "Jl. A\\uFFFE"\n',
			{ alamat: 'Jl. A\uFFFE' },
			['alamat: berisi karakter tak terlihat U+FFFE'],
		],
		[
			'deep in a list, raw',
			'x: [a, "b\u202E"]\n',
			{ x: ['a', 'b\u202E'] },
			['x.1: berisi karakter tak terlihat U+202E'],
		],
		['line breaks in a note are fine', 'k: "a\\nb"\n', { k: 'a\nb' }, []],
		[
			'a key',
			'"a\\u0007": 1\n',
			{ 'a\u0007': 1 },
			['a\u0007: nama kunci berisi karakter tak terlihat U+0007'],
		],
	])('%s', (_name, yaml, data, expected) => {
		expect(
			checkInvisibleData(yaml, data).map(
				(issue) => `${issue.path.join('.')}: ${issue.message.split(' (')[0]}`
			)
		).toEqual(expected);
	});
});

describe('checkInvisibleBody', () => {
	test('each body line with an invisible character, located; tabs are fine', () => {
		const issues = checkInvisibleBody('## Tujuan\n\tkode\nsatu\uFFFEdua\n\u202Ebalik', 20);
		expect(issues.map((issue) => [issue.line, issue.column, issue.message.split(' (')[0]])).toEqual(
			[
				[22, 5, 'isi: berisi karakter tak terlihat U+FFFE'],
				[23, 1, 'isi: berisi karakter tak terlihat U+202E'],
			]
		);
	});
});

test('an agency file (YAML) with a noncharacter in any value is refused at its line', () => {
	const result = validateSkpdSource(
		'content/skpd/dinkes.yml',
		new TextEncoder().encode(
			'nama: Dinas Kesehatan\nsingkatan: Dinkes\nkontak:\n  alamat: "Jl. A\\uFFFF"\n'
		)
	);
	expect(result.data).toBeUndefined();
	expect(result.findings.map((f) => `${f.line}:${f.column} ${f.key}`)).toContain(
		'4:11 kontak.alamat'
	);
});
