/**
 * Characters that must not reach a terminal, a CI log, a report or a feed as they are: controls (a
 * newline in a file name starts a new line, and so a new workflow command, in a CI log), bidi
 * controls (they reorder what a reviewer reads — "Trojan Source"), noncharacters (U+FFFE, U+FFFF…,
 * which make XML invalid) and lone surrogates.
 */
const UNPRINTABLE = /[\p{Cc}\p{Bidi_Control}\p{Noncharacter_Code_Point}\p{Cs}]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'gu');

/** True when `text` holds a character of `UNPRINTABLE` (tab and newline included). */
export function hasUnprintable(text: string): boolean {
	return UNPRINTABLE.test(text);
}

/** `text` with every unprintable character written as a visible `\u{…}` escape. */
export function toPrintable(text: string): string {
	if (!UNPRINTABLE.test(text)) return text;
	return text.replace(
		UNPRINTABLE_ALL,
		(char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`
	);
}

/**
 * The first unprintable character of `text` as `U+XXXX`, for messages; undefined when none.
 * @param allowLineBreaks accept `\n` and `\r\n` (multi-line notes)
 */
export function findUnprintable(text: string, allowLineBreaks = false): string | undefined {
	const scanned = allowLineBreaks ? text.replace(/\r?\n/g, '') : text;
	const match = UNPRINTABLE.exec(scanned);
	return match
		? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
		: undefined;
}

/** The Indonesian refusal for text holding the character `code` (from `findUnprintable`). */
export function describeUnprintable(code: string): string {
	return `berisi karakter tak terlihat ${code} (karakter kendali, pembalik arah teks, atau bukan-karakter), biasanya terbawa saat menyalin dari dokumen lain; ketik ulang teksnya`;
}
