/**
 * A reader for the plain subset of YAML that frontmatter is written in: block mappings of simple
 * keys, one-line scalars, block lists of scalars, and one-line flow lists and mappings (the
 * `{ parameter: 2, bukti: [...] }` answers). It gives exactly what js-yaml's core schema gives for
 * that subset and declines (returns undefined) everything else — multi-line values, anchors, tags,
 * escapes, lists of mappings, unusual numbers or whitespace — which then goes through the full
 * parsers. A differential property test holds it to js-yaml. At 10,000 files, js-yaml was a
 * quarter of `check:content`.
 */

/** Thrown inside the reader to decline; never escapes `readPlainYaml`. */
const DECLINE = Symbol('decline');

const decline = (): never => {
	throw DECLINE;
};

/**
 * What the subset refuses anywhere: tabs and carriage returns (they have their own YAML rules) and
 * the characters js-yaml refuses in any input.
 */
const UNREADABLE = /[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** Plain words js-yaml's core schema reads as null or booleans in other spellings. */
const SPECIAL_WORD = /^(?:~|null|true|false)$/i;
/** Numbers the subset resolves; other numeric forms (signs, hex, exponents) are declined. */
const NUMBER = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$/;
/** A calendar date, which the core schema keeps as a string. */
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** Characters that cannot start a plain scalar here (YAML indicators; quotes are read apart). */
const INDICATOR_START = '-?:,[]{}#&*!|>%@`\'"';

const SPACE = 32;
const COLON = 58;
const COMMA = 44;
const HASH = 35;

/** True for the characters of a key: ASCII letters, digits, `_` and `-` (not first). */
function isKeyChar(code: number, first: boolean): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || (!first && ((code >= 48 && code <= 57) || code === 45));
}

/** Length of the key at `start` (0 when there is none). */
function scanKey(text: string, start: number): number {
	let end = start;
	while (end < text.length && isKeyChar(text.charCodeAt(end), end === start)) end++;
	return end - start;
}

/** True for whitespace other than the plain space, which the subset leaves to js-yaml. */
function isOtherSpace(code: number): boolean {
	return code !== SPACE && (code < 0x21 || (code >= 0x80 && /\s/.test(String.fromCharCode(code))));
}

/** Drops trailing spaces only: js-yaml keeps other trailing whitespace (e.g. U+00A0) in a value. */
function trimSpacesEnd(text: string): string {
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === SPACE) end--;
	return end === text.length ? text : text.slice(0, end);
}

/** A key not yet in `into` and read as a plain string by js-yaml too. */
function checkKey(key: string, into: Record<string, unknown>): string {
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
	if (text === '' || INDICATOR_START.includes(text[0]!) || isOtherSpace(first) || isOtherSpace(text.charCodeAt(text.length - 1))) return decline();
	if (text.charCodeAt(text.length - 1) === COLON || (!scanned && (text.includes(': ') || text.includes(' #')))) return decline();
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
		// `[`/`{` inside, `: ` (a mapping) and ` #` (a comment) are all left to js-yaml.
		if (code === 91 || code === 123) return decline();
		if ((code === COLON && text.charCodeAt(index + 1) === SPACE) || (code === HASH && text.charCodeAt(index - 1) === SPACE)) return decline();
	}
	cursor.at = index;
	return resolvePlain(trimSpacesEnd(text.slice(start, index)), true);
}

function readFlowValue(cursor: Cursor): unknown {
	skipSpaces(cursor);
	const code = cursor.text.charCodeAt(cursor.at);
	if (code !== 91 && code !== 123 && code !== 34 && code !== 39) return readFlowPlain(cursor);
	const value = code === 34 || code === 39 ? readQuoted(cursor) : readFlow(cursor);
	skipSpaces(cursor);
	return value;
}

/** A flow list `[a, b]` or mapping `{ k: v }`, closed on the same line. */
function readFlow(cursor: Cursor): unknown {
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
			if (length === 0 || cursor.text.charCodeAt(after) !== COLON || cursor.text.charCodeAt(after + 1) !== SPACE) return decline();
			const key = checkKey(cursor.text.slice(cursor.at, after), map);
			cursor.at = after + 2;
			map[key] = readFlowValue(cursor);
		} else {
			list.push(readFlowValue(cursor));
		}
		const code = cursor.text.charCodeAt(cursor.at++);
		if (code === close) return isMap ? map : list;
		if (code !== COMMA) return decline();
	}
}

/** After a quoted or flow value: nothing, or spaces and a comment. */
const VALUE_END = /^(?: *| +#.*)$/;

/** A one-line value after `key: ` or `- `: flow collection, quoted or plain scalar. */
function readInlineValue(text: string): unknown {
	const code = text.charCodeAt(0);
	if (code === 91 || code === 123 || code === 34 || code === 39) {
		const cursor = { text, at: 0 };
		const value = code === 34 || code === 39 ? readQuoted(cursor) : readFlow(cursor);
		return VALUE_END.test(text.slice(cursor.at)) ? value : decline();
	}
	const comment = text.indexOf(' #');
	return resolvePlain(trimSpacesEnd(comment < 0 ? text : text.slice(0, comment)));
}

/** Lines with their indentation; blank and comment-only lines dropped. */
interface Line {
	indent: number;
	text: string;
}

function toLines(source: string): Line[] {
	const lines: Line[] = [];
	for (const raw of source.split('\n')) {
		let indent = 0;
		while (raw.charCodeAt(indent) === SPACE) indent++;
		if (indent === raw.length || raw.charCodeAt(indent) === 35) continue;
		const text = trimSpacesEnd(indent === 0 ? raw : raw.slice(indent));
		if (isOtherSpace(text.charCodeAt(0)) || isOtherSpace(text.charCodeAt(text.length - 1))) return decline();
		lines.push({ indent, text });
	}
	return lines;
}

/** The key of an entry line (`key:` or `key: value`), or undefined. */
function readEntryKey(text: string): string | undefined {
	const length = scanKey(text, 0);
	if (length === 0 || text.charCodeAt(length) !== COLON) return undefined;
	return length + 1 === text.length || text.charCodeAt(length + 1) === SPACE ? text.slice(0, length) : undefined;
}

/** Reads a block mapping whose keys sit at `indent`, from `lines[start]`; returns the next index. */
function readMapping(lines: Line[], start: number, indent: number, into: Record<string, unknown>): number {
	let index = start;
	while (index < lines.length && lines[index]!.indent >= indent) {
		const line = lines[index]!;
		const found = line.indent === indent ? readEntryKey(line.text) : undefined;
		if (found === undefined) return decline();
		const key = checkKey(found, into);
		let valueAt = key.length + 1;
		while (line.text.charCodeAt(valueAt) === SPACE) valueAt++;
		index++;
		if (valueAt < line.text.length && line.text.charCodeAt(valueAt) !== 35) {
			into[key] = readInlineValue(line.text.slice(valueAt));
			continue;
		}
		const next = lines[index];
		if (!next || next.indent < indent || (next.indent === indent && !next.text.startsWith('-'))) {
			into[key] = null;
		} else if (next.indent === indent) {
			// A list at the key's own indentation is valid YAML, but rare: left to js-yaml.
			return decline();
		} else if (next.text === '-' || next.text.startsWith('- ')) {
			const list: unknown[] = [];
			index = readList(lines, index, next.indent, list);
			into[key] = list;
		} else {
			const child: Record<string, unknown> = {};
			index = readMapping(lines, index, next.indent, child);
			into[key] = child;
		}
	}
	return index;
}

/** Reads a block list of one-line scalars or flow values at `indent`. */
function readList(lines: Line[], start: number, indent: number, into: unknown[]): number {
	let index = start;
	while (index < lines.length && lines[index]!.indent >= indent) {
		const line = lines[index]!;
		if (line.indent !== indent || !line.text.startsWith('- ')) return decline();
		let itemAt = 2;
		while (line.text.charCodeAt(itemAt) === SPACE) itemAt++;
		const item = line.text.slice(itemAt);
		// `- key: value` starts a mapping inside the list: not in the subset.
		if (readEntryKey(item) !== undefined || item.startsWith('#')) return decline();
		into.push(readInlineValue(item));
		index++;
	}
	return index;
}

/**
 * Reads `source` when it lies in the plain subset; undefined otherwise (the caller then uses a full
 * YAML parser). An empty document gives `{}`.
 */
export function readPlainYaml(source: string): Record<string, unknown> | undefined {
	if (UNREADABLE.test(source)) return undefined;
	try {
		const lines = toLines(source);
		const data: Record<string, unknown> = {};
		if (lines.length > 0 && lines[0]!.indent !== 0) return undefined;
		return readMapping(lines, 0, 0, data) === lines.length ? data : undefined;
	} catch (error) {
		if (error === DECLINE) return undefined;
		throw error;
	}
}
