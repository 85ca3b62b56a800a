/**
 * Rounding for output only: every computation keeps full precision and rounds once, here.
 */

/**
 * Rounds half away from zero to 2 decimals, on the decimal value a person would write: binary
 * noise such as 1.005 → 1.00499999… must not decide a predicate boundary.
 * @example round2(46.835) // 46.84
 */
export function round2(value: number): number {
	const scaled = Math.abs(value) * 100;
	const nearest = Math.round(scaled);
	// Most figures (sums of quarter-point weights) already sit on a cent: no decimal noise to weigh,
	// and the string round trip below was 0.4 s of a 10,000-innovation build.
	const rounded =
		Math.abs(scaled - nearest) < 1e-7
			? nearest / 100
			: Math.round(Number(scaled.toPrecision(12))) / 100;
	return value < 0 ? -rounded : rounded;
}
