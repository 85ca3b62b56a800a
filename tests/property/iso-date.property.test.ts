import fc from 'fast-check';
import { expect, test } from 'vitest';
import { isIsoDate } from '../../src/schemas/shared.ts';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261128) });

/** The definition: a `YYYY-MM-DD` string that survives a round trip through a UTC Date. */
function oracle(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const digits = (length: number, max: number) =>
	fc.integer({ min: 0, max }).map((n) => String(n).padStart(length, '0'));

test('the arithmetic check agrees with the Date round trip on every shape of date', () => {
	fc.assert(
		fc.property(
			digits(4, 9999),
			digits(2, 19),
			digits(2, 39),
			fc.constantFrom('-', '/', ''),
			(year, month, day, separator) => {
				const value = `${year}${separator}${month}-${day}`;
				expect(isIsoDate(value), value).toBe(oracle(value));
			}
		),
		{ numRuns: 5000 }
	);
});

test.each([
	'2024-02-29',
	'2023-02-29',
	'1900-02-29',
	'2000-02-29',
	'0000-02-29',
	'2026-04-31',
	'2026-12-31',
	'2026-00-10',
	'2026-13-01',
	'2026-01-00',
	'2026-1-01',
	' 2026-01-01',
])('%s agrees with the Date round trip', (value) => {
	expect(isIsoDate(value)).toBe(oracle(value));
});
