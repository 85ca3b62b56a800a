import { getRuleSet } from '../../src/lib/rules/registry.ts';

/** The 2026 rule set, the one every hand-computed expectation in the tests uses. */
export const rules2026 = getRuleSet(2026);

/** Answers with the given parameters (evidence omitted: scoring ignores it). */
export function answers(parameters: Record<string, number | undefined>) {
	return Object.fromEntries(
		Object.entries(parameters)
			.filter((entry): entry is [string, number] => entry[1] !== undefined)
			.map(([key, parameter]) => [key, { parameter, bukti: ['https://example.go.id/b.pdf'] }])
	);
}
