/**
 * HTML escaping for the few places that build markup as a string for speed (see
 * `score-rows.ts`). Everything interpolated into such markup goes through these.
 */

const SPECIAL = /[&<>"']/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and double-quoted attribute values. */
export function escapeHtml(value: string | number): string {
	const text = String(value);
	return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ENTITIES[char]!) : text;
}
