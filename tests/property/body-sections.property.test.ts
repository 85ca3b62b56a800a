import fc from 'fast-check';
import { expect, test } from 'vitest';
import { splitSections } from '../../src/lib/validation/check-body.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

/** The definition: the lines after each heading, each with its newline, up to the next heading. */
function oracle(body: string, start: number) {
	const lines = body.split('\n');
	const starts: { title: string; index: number }[] = [];
	let inFence = false;
	lines.forEach((line, index) => {
		if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
		const heading = inFence ? null : /^\s{0,3}##\s+(.*?)\s*#*\s*$/.exec(line);
		if (heading) starts.push({ title: heading[1]!, index });
	});
	return starts.map(({ title, index }, position) => ({
		title,
		line: start + index,
		text: lines
			.slice(index + 1, starts[position + 1]?.index ?? lines.length)
			.map((line) => `${line}\n`)
			.join(''),
	}));
}

const line = fc.constantFrom(
	'',
	'teks biasa',
	'## Rancang Bangun',
	'##Tujuan',
	'  ## Manfaat ##',
	'### Sub',
	'```',
	'~~~',
	'    ## kode',
	'a ## b',
	'##'
);

test('sections are cut exactly as the line-by-line definition cuts them', () => {
	fc.assert(
		fc.property(
			fc.array(line, { maxLength: 12 }),
			fc.integer({ min: 1, max: 40 }),
			(lines, start) => {
				const body = lines.join('\n');
				expect(splitSections(body, start), JSON.stringify(body)).toEqual(oracle(body, start));
			}
		),
		{ numRuns: 3000 }
	);
});
