import fc from 'fast-check';
import matter from 'gray-matter';
import { expect, test } from 'vitest';
import { parseMarkdownSource } from '../../src/lib/content/parse-source.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });

// parseMarkdownSource hands gray-matter only the frontmatter block; the body it cuts itself must be
// exactly what gray-matter returns for the whole file.
const line = fc.constantFrom(
	'a: 1',
	'nama: x',
	'---',
	'--- ',
	'----',
	'---x',
	'',
	'  ',
	'# komentar',
	'## Rancang Bangun',
	'teks --- teks',
	'\t---'
);
const lines = fc.array(line, { maxLength: 8 });

test('the body is what gray-matter gives for the whole file', () => {
	fc.assert(
		fc.property(lines, lines, (head, tail) => {
			const text = ['---', ...head, '---', ...tail].join('\n');
			const parsed = parseMarkdownSource(new TextEncoder().encode(text));
			if (
				parsed.issues.some(
					(issue) => issue.severity === 'galat' && /frontmatter/.test(issue.message)
				)
			)
				return;
			const whole = matter(text, { engines: { yaml: () => ({}) } });
			expect(parsed.body).toBe(whole.content);
		}),
		{ numRuns: 500 }
	);
});
