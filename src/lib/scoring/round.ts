/**
 * Rounding for output only: every computation keeps full precision and rounds once, here.
 */

/**
 * Rounds half away from zero to 2 decimals, on the decimal value a person would write: binary
 * noise such as 1.005 → 1.00499999… must not decide a predicate boundary.
 * @example round2(46.835) // 46.84
 */
export function round2(value: number): number {
	const scaled = Number((Math.abs(value) * 100).toPrecision(12));
	const rounded = Math.round(scaled) / 100;
	return value < 0 ? -rounded : rounded;
}
