import fc from 'fast-check';
import { LineCounter, parseDocument } from 'yaml';
import { expect, test } from 'vitest';
import { locateIssues, locateTopLevel } from '../../src/lib/validation/locate.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

const key = fc.constantFrom('nama', 'tahapan', 'indikator', 'a.b', 'x_y');
const value = fc.constantFrom(
	'',
	' kata',
	' 3',
	'  "dikutip"',
	' # komentar',
	' [a, b]',
	' { parameter: 2 }',
	' kata # komentar'
);
const child = fc.constantFrom(
	'',
	'  sub: 1',
	'  - butir',
	'    dalam: x',
	'# komentar',
	'  # menjorok'
);
const document = fc
	.array(fc.tuple(key, value, child), { minLength: 1, maxLength: 6 })
	.map(
		(entries) =>
			entries.flatMap(([k, v, c]) => (c === '' ? [`${k}:${v}`] : [`${k}:${v}`, c])).join('\n') +
			'\n'
	);

test('the line scan places a top-level issue where the YAML document places it', () => {
	let compared = 0;
	fc.assert(
		fc.property(
			document,
			fc.constantFrom('nama', 'tahapan', 'indikator', 'a.b', 'hilang'),
			fc.boolean(),
			(text, path, atKey) => {
				const lineCounter = new LineCounter();
				const doc = parseDocument(text, { lineCounter, uniqueKeys: false, version: '1.2' });
				if (doc.errors.length > 0) return;
				const scanned = locateTopLevel(text, [path], atKey);
				if (!scanned) return;
				compared++;
				const [finding] = locateIssues(
					'f.md',
					[{ path: [path], severity: 'galat', message: 'm', atKey }],
					doc,
					lineCounter
				);
				expect([finding!.line, finding!.column], text).toEqual(scanned);
			}
		),
		{ numRuns: 3000 }
	);
	expect(compared).toBeGreaterThan(600);
});
