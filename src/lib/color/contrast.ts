/**
 * WCAG 2.x contrast between two `#rrggbb` colours, so a region's brand colour from `pemda.yml` is
 * only accepted when white text on it stays readable (AA needs 4.5:1).
 */

/** Relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
	const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Contrast ratio of two `#rrggbb` colours, 1–21.
 * @example getContrastRatio('#0b5cad', '#ffffff') // ≈ 6.67
 */
export function getContrastRatio(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light! + 0.05) / (dark! + 0.05);
}
