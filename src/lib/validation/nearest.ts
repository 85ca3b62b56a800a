/**
 * "Did you mean …?" for unknown keys and values: a typo must never silently drop a claim.
 */

/** Edit distance (insert, delete, substitute) between two short strings. */
export function getEditDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
		}
		previous = current;
	}
	return previous[b.length]!;
}

/**
 * The candidate closest to `input`, or undefined when none is close enough to be a typo
 * (distance at most a third of the longer word, and at least 2 allowed for short keys).
 * Ties go to the candidate listed first, so suggestions are deterministic.
 * @example findNearest('regulasii', ['regulasi', 'sdm']) // 'regulasi'
 */
export function findNearest(input: string, candidates: readonly string[]): string | undefined {
	const normalised = input.toLowerCase().replace(/[\s-]+/g, '_');
	let best: string | undefined;
	let bestDistance = Number.POSITIVE_INFINITY;
	for (const candidate of candidates) {
		const distance = Math.min(
			getEditDistance(input, candidate),
			getEditDistance(normalised, candidate.replace(/-/g, '_'))
		);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	if (best === undefined) return undefined;
	const allowed = Math.max(2, Math.floor(Math.max(input.length, best.length) / 3));
	return bestDistance <= allowed ? best : undefined;
}
