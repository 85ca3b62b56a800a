/**
 * Number formatting for Indonesian readers (`id-ID`: 46,84 and 1.250), used by the CLI and pages.
 */
const formatters = new Map<number, Intl.NumberFormat>();

/**
 * Formats with exactly `decimals` decimals (0 keeps integers plain) in `id-ID`.
 * @example formatNumber(46.84) // '46,84'
 */
export function formatNumber(value: number, decimals = 2): string {
	let formatter = formatters.get(decimals);
	if (!formatter) {
		formatter = new Intl.NumberFormat('id-ID', {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals,
		});
		formatters.set(decimals, formatter);
	}
	return formatter.format(value);
}

// Creating an Intl.NumberFormat is costly (it showed up at 10% of a 2,000-page build profile).
const scoreFormatter = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const formattedScores = new Map<number, string>();

/** Integers plain, fractions with up to 2 decimals (`79`, `39,5`). */
export function formatScore(value: number): string {
	let text = formattedScores.get(value);
	if (text === undefined) {
		text = scoreFormatter.format(value);
		// Scores repeat (weights × parameters): a bounded memo avoids Intl for most of 800,000 cells.
		if (formattedScores.size < 10_000) formattedScores.set(value, text);
	}
	return text;
}

/**
 * Reads a number as an Indonesian reader types it: `40,5` (comma) or `40.5` both mean forty and a
 * half; anything else (letters, two separators, empty) is `undefined`. For small figures such as a
 * maturity, where a dot is never a thousands separator.
 */
export function parseDecimal(text: string): number | undefined {
	const trimmed = text.trim();
	if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return undefined;
	return Number(trimmed.replace(',', '.'));
}
