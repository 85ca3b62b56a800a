import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { validateInnovationSource } from '../../src/lib/content/validate-source.ts';
import { FIXTURE_DIR, fixtureLookup } from '../helpers/fixtures.ts';
import { rules2026 } from '../helpers/rules.ts';

// A fixed seed keeps CI reproducible; run with FC_SEED=<n> locally to explore other inputs.
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });

const minimal = readFileSync(join(FIXTURE_DIR, 'valid/minimal.md'));
const validate = (bytes: Uint8Array) =>
	validateInnovationSource('uji.md', bytes, {
		rules: rules2026,
		skpdId: 'dinkes',
		slug: 'contoh',
		today: '2026-11-27',
		lookup: fixtureLookup,
	});

/** A validation result is well-formed: positions inside the file, known severities, no data on error. */
function expectWellFormed(bytes: Uint8Array) {
	const result = validate(bytes);
	const lines = new TextDecoder().decode(bytes).split('\n').length + 1;
	for (const finding of result.findings) {
		expect(['galat', 'peringatan']).toContain(finding.severity);
		expect(finding.line).toBeGreaterThanOrEqual(1);
		expect(finding.line).toBeLessThanOrEqual(Math.max(lines, 2));
		expect(finding.column).toBeGreaterThanOrEqual(1);
		expect(finding.message.length).toBeGreaterThan(0);
	}
	if (result.findings.some((f) => f.severity === 'galat')) expect(result.data).toBeUndefined();
	return result;
}

describe('validator never throws, on any input', () => {
	test('random bytes', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => void expectWellFormed(bytes)),
			{ numRuns: 300 }
		);
	});

	test('random text after an opening ---', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 500 }),
				(text) => void expectWellFormed(new TextEncoder().encode(`---\n${text}\n---\n`))
			),
			{ numRuns: 300 }
		);
	});

	test('the valid file with random byte mutations', () => {
		fc.assert(
			fc.property(
				fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
					minLength: 1,
					maxLength: 8,
				}),
				(edits) => {
					const bytes = new Uint8Array(minimal);
					for (const edit of edits) bytes[edit.at % bytes.length] = edit.byte;
					expectWellFormed(bytes);
				}
			),
			{ numRuns: 300 }
		);
	});

	test('the valid file with a random line replaced by random YAML-ish text', () => {
		const lines = minimal.toString('utf8').split('\n');
		const yamlish = fc.oneof(
			fc.string({ maxLength: 80 }),
			fc.constantFrom(
				'&a [*a]',
				'!!js/function x',
				'? [a]',
				'{',
				'- - -',
				'a: *b',
				'<<: *x',
				'x: !!binary AAAA',
				'\t- x',
				'nama: |',
				'---js'
			)
		);
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 16 }), yamlish, (index, text) => {
				const copy = [...lines];
				copy[index] = text;
				expectWellFormed(new TextEncoder().encode(copy.join('\n')));
			}),
			{ numRuns: 400 }
		);
	});

	test('random frontmatter values of any JSON type for every key', () => {
		const json = fc.jsonValue({ maxDepth: 3 });
		fc.assert(
			fc.property(
				fc.dictionary(
					fc.constantFrom(
						'nama',
						'ringkasan',
						'tahapan',
						'urusan',
						'indikator',
						'kontak',
						'penghargaan',
						'waktu_uji_coba',
						'tautan',
						'tematik',
						'x'
					),
					json
				),
				(data) => {
					const text = `---\n${Object.entries(data)
						.map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
						.join('\n')}\n---\n\n## Rancang Bangun\n`;
					expectWellFormed(new TextEncoder().encode(text));
				}
			),
			{ numRuns: 300 }
		);
	});
});
