/**
 * A reader for the plain subset of YAML that frontmatter is written in: block mappings of simple
 * keys, one-line scalars, block lists of scalars, and one-line flow lists and mappings (the
 * `{ parameter: 2, bukti: [...] }` answers). It gives exactly what the `yaml` parser (YAML 1.2 core
 * schema) gives for that subset and declines (returns undefined) everything else — multi-line
 * values, anchors, tags, escapes, lists of mappings, unusual numbers or whitespace — which then goes
 * through `yaml` itself. A differential property test holds it to `yaml`; why it exists (measured)
 * is in `parse-source.ts`. One-line values are read by `yaml-scalar.ts`.
 */
import {
	checkKey,
	COLON,
	DECLINE,
	decline,
	isOtherSpace,
	readInlineValue,
	scanKey,
	SPACE,
	trimSpacesEnd,
} from './yaml-scalar.ts';

/**
 * What the subset refuses anywhere: tabs and carriage returns (they have their own YAML rules) and
 * the characters YAML refuses in any input.
 */
const UNREADABLE =
	// eslint-disable-next-line no-control-regex -- these characters are exactly what is looked for
	/[\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;

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
		if (isOtherSpace(text.charCodeAt(0)) || isOtherSpace(text.charCodeAt(text.length - 1)))
			return decline();
		lines.push({ indent, text });
	}
	return lines;
}

/** The key of an entry line (`key:` or `key: value`), or undefined. */
function readEntryKey(text: string): string | undefined {
	const length = scanKey(text, 0);
	if (length === 0 || text.charCodeAt(length) !== COLON) return undefined;
	return length + 1 === text.length || text.charCodeAt(length + 1) === SPACE
		? text.slice(0, length)
		: undefined;
}

/** Reads a block mapping whose keys sit at `indent`, from `lines[start]`; returns the next index. */
function readMapping(
	lines: Line[],
	start: number,
	indent: number,
	into: Record<string, unknown>
): number {
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
			// A list at the key's own indentation is valid YAML, but rare: left to the full parser.
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
