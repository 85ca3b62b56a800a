/**
 * Places key issues in a file: a key path is looked up in the YAML document's node ranges, so the
 * message points at the line an SKPD writer must edit.
 * @see https://github.com/italia/publiccode-parser-go (getPositionInFile)
 */
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	type Document,
	type LineCounter,
	type Node,
	type Pair,
} from 'yaml';
import { formatKeyPath, type Finding, type KeyIssue } from './finding.ts';

interface Located {
	offset: number;
}

function findPair(node: unknown, key: string | number): Pair | undefined {
	if (!isMap(node)) return undefined;
	return node.items.find<Pair>(
		(pair): pair is Pair =>
			isPair(pair) && isScalar(pair.key) && String(pair.key.value) === String(key)
	);
}

/** Walks `path` as far as it exists and returns the offset of the deepest node reached. */
function locateOffset(
	doc: Document.Parsed,
	path: readonly (string | number)[],
	atKey: boolean
): Located {
	let node: unknown = doc.contents;
	let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
	for (let i = 0; i < path.length; i++) {
		const step = path[i]!;
		const isLast = i === path.length - 1;
		if (isSeq(node) && typeof step === 'number') {
			const item = node.items[step] as Node | undefined;
			if (!item?.range) break;
			node = item;
			offset = item.range[0];
			continue;
		}
		const pair = findPair(node, step);
		if (!pair) break;
		const keyNode = pair.key as Node | null;
		const valueNode = pair.value as Node | null;
		// A missing value (`nama:`) or an issue about the key itself points at the key.
		if ((isLast && atKey) || !valueNode?.range) {
			offset = keyNode?.range?.[0] ?? offset;
			node = valueNode;
			if (!valueNode?.range) break;
			continue;
		}
		offset = valueNode.range[0];
		node = valueNode;
	}
	return { offset };
}

/**
 * Turns key issues of one file into findings with line and column.
 * @param file repository-relative path printed in front of each finding
 */
export function locateIssues(
	file: string,
	issues: readonly KeyIssue[],
	doc: Document.Parsed | undefined,
	lineCounter: LineCounter
): Finding[] {
	return issues.map((issue) => {
		let line = issue.line ?? 1;
		let column = issue.column ?? 1;
		if (issue.line === undefined && doc) {
			const { offset } = locateOffset(doc, issue.path, issue.atKey ?? false);
			const position = lineCounter.linePos(offset);
			line = position.line;
			column = position.col;
		}
		return {
			file,
			line,
			column,
			severity: issue.severity,
			key: formatKeyPath(issue.path),
			message: issue.message,
		};
	});
}

/** A line that starts a top-level key. */
const KEY_LINE = /^[^\s#-][^:]*:(\s|$)/;

/**
 * Position of an issue at a top-level key found by scanning lines, matching what the document
 * locator gives: the key for `atKey` issues and empty values, else the value's first character.
 * Undefined when only the full parse can tell (deeper paths, values on the following lines).
 */
export function locateTopLevel(
	yamlText: string,
	path: readonly (string | number)[],
	atKey = false
): [number, number] | undefined {
	if (path.length > 1) return undefined;
	const lines = yamlText.split('\n');
	const key = path[0];
	// One pattern per call: building it per line was most of the cost of locating a warning.
	const keyLine =
		key === undefined
			? undefined
			: new RegExp(`^${String(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`);
	const index = keyLine ? lines.findIndex((text) => keyLine.test(text)) : -1;
	if (index < 0) {
		// A missing key (or the whole file) is reported at the first key, as the document locator does.
		const first = lines.findIndex((text) => KEY_LINE.test(text));
		return first >= 0 ? [first + 1, 1] : undefined;
	}
	if (atKey) return [index + 1, 1];
	const line = lines[index]!;
	const colon = line.indexOf(':');
	const rest = line.slice(colon + 1);
	const valueAt = rest.search(/\S/);
	if (valueAt >= 0 && rest[valueAt] !== '#') return [index + 1, colon + 2 + valueAt];
	const next = lines
		.slice(index + 1)
		.find((text) => text.trim() !== '' && !text.trim().startsWith('#'));
	// An empty value (`nama:`, `nama:  # catatan`) is an empty node after the colon and its spaces.
	return next !== undefined && /^\s/.test(next)
		? undefined
		: [index + 1, colon + 2 + (valueAt >= 0 ? valueAt : rest.length)];
}
