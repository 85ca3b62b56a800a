/**
 * One-line values of the plain YAML subset (see `yaml-subset.ts`): plain and quoted scalars
 * resolved as the YAML 1.2 core schema resolves them, and one-line flow lists and mappings. Anything
 * outside the subset throws `DECLINE`, which `readPlainYaml` turns into "use the full parser".
 */

/** Thrown inside the reader to decline; never escapes `readPlainYaml`. */
export const DECLINE = Symbol('decline');

/** Declines the whole document. */
export const decline = (): never => {
	// eslint-disable-next-line @typescript-eslint/only-throw-error -- a symbol, not an Error: declining is control flow on the hot path, and an Error would capture a stack trace per declined document
	throw DECLINE;
};

/** Plain words the YAML 1.2 core schema reads as null or booleans in other spellings. */
const SPECIAL_WORD = /^(?:~|null|true|false)$/i;
/** Numbers the subset resolves (a leading `-` is read apart); `+`, hex and exponents are declined. */
const NUMBER = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
/** A calendar date, which the core schema keeps as a string. */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** Characters that cannot start a plain scalar here (YAML indicators; quotes are read apart). */
const INDICATOR_START = '-?:,[]{}#&*!|>%@`\'"';

/** Character codes the block reader shares. */
export const SPACE = 32;
/** `:` */
export const COLON = 58;
const COMMA = 44;
const HASH = 35;

/** True for the characters of a key: ASCII letters, digits, `_` and `-` (not first). */
function isKeyChar(code: number, first: boolean): boolean {
	return (
		(code >= 97 && code <= 122) ||
		(code >= 65 && code <= 90) ||
		code === 95 ||
		(!first && ((code >= 48 && code <= 57) || code === 45))
	);
}

/** Length of the key at `start` (0 when there is none). */
export function scanKey(text: string, start: number): number {
	let end = start;
	while (end < text.length && isKeyChar(text.charCodeAt(end), end === start)) end++;
	return end - start;
}

/** True for whitespace other than the plain space, which the subset leaves to the full parser. */
export function isOtherSpace(code: number): boolean {
	return code !== SPACE && (code < 0x21 || (code >= 0x80 && /\s/.test(String.fromCharCode(code))));
}

/** Drops trailing spaces only: YAML keeps other trailing whitespace (e.g. U+00A0) in a value. */
export function trimSpacesEnd(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** A key not yet in `into` and read as a plain string by the full parser too. */
export function checkKey(key: string, into: Record<string, unknown>): string {
	// Inherited names (`constructor`, `__proto__`) read as defined, so they are declined as well.
	if (into[key] !== undefined || (key.length <= 5 && SPECIAL_WORD.test(key))) return decline();
	return key;
}

/**
 * A plain scalar resolved as the core schema does, or declined when it might be special.
 * `scanned` says the caller already made sure it holds no `: ` and no ` #`.
 */
function resolvePlain(text: string, scanned = false): unknown {
	const first = text.charCodeAt(0);
	// Most answers are a single digit: skip every other test for them.
	if (text.length === 1 && first >= 48 && first <= 57) return first - 48;
	// Negative decimals (coordinates south of the equator) are numbers of the core schema too.
	if (first === 45 && NUMBER.test(text.slice(1))) return -Number(text.slice(1));
	if (
		text === '' ||
		INDICATOR_START.includes(text[0]!) ||
		isOtherSpace(first) ||
		isOtherSpace(text.charCodeAt(text.length - 1))
	)
		return decline();
	if (
		text.charCodeAt(text.length - 1) === COLON ||
		(!scanned && (text.includes(': ') || text.includes(' #')))
	)
		return decline();
	if (text === 'null') return null;
	if (text === 'true') return true;
	if (text === 'false') return false;
	if (text.length <= 5 && SPECIAL_WORD.test(text)) return decline();
	if (!((first >= 48 && first <= 57) || first === 46 || first === 43)) return text;
	if (NUMBER.test(text)) return Number(text);
	return DATE.test(text) ? text : decline();
}

/** Cursor over one line, for quoted and flow values. */
interface Cursor {
	text: string;
	at: number;
}

function skipSpaces(cursor: Cursor): void {
	while (cursor.text.charCodeAt(cursor.at) === SPACE) cursor.at++;
}

/** A quoted scalar on one line; escapes (`\`) are declined, `''` in single quotes is a quote. */
function readQuoted(cursor: Cursor): string {
	const { text } = cursor;
	const quote = text.charCodeAt(cursor.at);
	let value = '';
	let from = cursor.at + 1;
	for (let index = from; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (quote === 34 && code === 92) return decline();
		if (code !== quote) continue;
		value += text.slice(from, index);
		if (quote === 39 && text.charCodeAt(index + 1) === 39) {
			value += "'";
			from = ++index + 1;
			continue;
		}
		cursor.at = index + 1;
		return value;
	}
	return decline();
}

/** A plain scalar inside a flow collection: it ends at `,`, `]` or `}`; `[` and `{` decline. */
function readFlowPlain(cursor: Cursor): unknown {
	const { text } = cursor;
	const start = cursor.at;
	let index = start;
	for (; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === COMMA || code === 93 || code === 125) break;
		// `[`/`{` inside, `: ` (a mapping) and ` #` (a comment) are all left to the full parser.
		if (code === 91 || code === 123) return decline();
		if (
			(code === COLON && text.charCodeAt(index + 1) === SPACE) ||
			(code === HASH && text.charCodeAt(index - 1) === SPACE)
		)
			return decline();
	}
	cursor.at = index;
	return resolvePlain(trimSpacesEnd(text.slice(start, index)), true);
}

/** Deepest flow nesting read here: `[[[[…` deeper than this goes to the full parser, never the stack. */
const MAX_FLOW_DEPTH = 8;

function readFlowValue(cursor: Cursor, depth: number): unknown {
	skipSpaces(cursor);
	const code = cursor.text.charCodeAt(cursor.at);
	if (code !== 91 && code !== 123 && code !== 34 && code !== 39) return readFlowPlain(cursor);
	const value = code === 34 || code === 39 ? readQuoted(cursor) : readFlow(cursor, depth + 1);
	skipSpaces(cursor);
	return value;
}

/** A flow list `[a, b]` or mapping `{ k: v }`, closed on the same line. */
function readFlow(cursor: Cursor, depth: number): unknown {
	if (depth > MAX_FLOW_DEPTH) return decline();
	const isMap = cursor.text.charCodeAt(cursor.at) === 123;
	const close = isMap ? 125 : 93;
	cursor.at++;
	const list: unknown[] = [];
	const map: Record<string, unknown> = {};
	skipSpaces(cursor);
	if (cursor.text.charCodeAt(cursor.at) === close) {
		cursor.at++;
		return isMap ? map : list;
	}
	for (;;) {
		skipSpaces(cursor);
		if (isMap) {
			const length = scanKey(cursor.text, cursor.at);
			const after = cursor.at + length;
			if (
				length === 0 ||
				cursor.text.charCodeAt(after) !== COLON ||
				cursor.text.charCodeAt(after + 1) !== SPACE
			)
				return decline();
			const key = checkKey(cursor.text.slice(cursor.at, after), map);
			cursor.at = after + 2;
			map[key] = readFlowValue(cursor, depth);
		} else {
			list.push(readFlowValue(cursor, depth));
		}
		const code = cursor.text.charCodeAt(cursor.at++);
		if (code === close) return isMap ? map : list;
		if (code !== COMMA) return decline();
	}
}

/** After a quoted or flow value: nothing, or spaces and a comment. */
const VALUE_END = /^(?: *| +#.*)$/;

/** A one-line value after `key: ` or `- `: flow collection, quoted or plain scalar. */
export function readInlineValue(text: string): unknown {
	const code = text.charCodeAt(0);
	if (code === 91 || code === 123 || code === 34 || code === 39) {
		const cursor = { text, at: 0 };
		const value = code === 34 || code === 39 ? readQuoted(cursor) : readFlow(cursor, 1);
		return VALUE_END.test(text.slice(cursor.at)) ? value : decline();
	}
	const comment = text.indexOf(' #');
	return resolvePlain(trimSpacesEnd(comment < 0 ? text : text.slice(0, comment)));
}
