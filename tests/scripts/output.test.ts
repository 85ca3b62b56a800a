import { expect, test } from 'vitest';
import {
	ANNOTATIONS_SHOWN,
	FINDINGS_PER_FILE,
	formatAnnotation,
	formatAnnotations,
	formatFindings,
} from '../../scripts/lib/output.ts';
import { formatFinding } from '../../src/lib/validation/finding.ts';
import type { Finding } from '../../src/lib/validation/finding.ts';

const finding = (
	file: string,
	message: string,
	severity: Finding['severity'] = 'galat'
): Finding => ({ file, line: 2, column: 3, severity, key: 'nama', message });

test.each([
	[
		'plain',
		finding('content/inovasi/dinkes/a.md', 'wajib diisi'),
		'::error file=content/inovasi/dinkes/a.md,line=2,col=3::nama: wajib diisi',
	],
	[
		'a name that would add properties',
		finding('content/x,line=1::y.md', 'x'),
		'::error file=content/x%2Cline=1%3A%3Ay.md,line=2,col=3::nama: x',
	],
	[
		'a newline that would start a command',
		finding('a\n::set-env name=X::1.md', 'b\r\n::error::palsu'),
		'::error file=a%0A%3A%3Aset-env name=X%3A%3A1.md,line=2,col=3::nama: b\\u{000D}\\u{000A}::error::palsu',
	],
	[
		'percent signs',
		finding('a%0A.md', '100%', 'peringatan'),
		'::warning file=a%250A.md,line=2,col=3::nama: 100%25',
	],
])('formatAnnotation: %s', (_name, input, expected) => {
	expect(formatAnnotation(input)).toBe(expected);
});

test('formatFinding shows unprintable characters escaped, so a file name cannot start a new line', () => {
	expect(formatFinding(finding('a\u202E\nb.md', 'x'))).toBe(
		'a\\u{202E}\\u{000A}b.md:2:3: galat: nama: x'
	);
});

test('formatAnnotations caps the count, errors first', () => {
	const many = [
		...Array.from({ length: 80 }, (_, i) => finding(`w${i}.md`, 'w', 'peringatan')),
		finding('e.md', 'e'),
	];
	const lines = formatAnnotations(many);
	expect(lines).toHaveLength(ANNOTATIONS_SHOWN);
	expect(lines[0]).toMatch(/^::error file=e\.md/);
});

test('formatFindings prints at most FINDINGS_PER_FILE per file and counts the rest', () => {
	const flood = Array.from({ length: 10_000 }, () =>
		finding('content/inovasi/dinkes/banjir.md', 'galat')
	);
	const lines = formatFindings([...flood, finding('content/inovasi/dinkes/lain.md', 'x')]);
	expect(lines).toHaveLength(FINDINGS_PER_FILE + 2);
	expect(lines[FINDINGS_PER_FILE]).toBe(
		`content/inovasi/dinkes/banjir.md: … dan ${10_000 - FINDINGS_PER_FILE} temuan lain di berkas ini (semuanya: --json)`
	);
	expect(lines.at(-1)).toBe('content/inovasi/dinkes/lain.md:2:3: galat: nama: x');
});
