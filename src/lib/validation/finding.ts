/**
 * The two shapes a validation problem takes: a `KeyIssue` names a frontmatter key path (pure checks
 * produce these), a `Finding` has been placed at a line and column of a file (what users read).
 */
import { toPrintable } from '../text/printable.ts';

/** `galat` fails the check; `peringatan` only informs. */
export type Severity = 'galat' | 'peringatan';

/** A problem at a key path of a YAML document, before it is placed in a file. */
export interface KeyIssue {
	/** Path from the document root, e.g. `['indikator', 'regulasi', 'bukti', 0]`; `[]` = whole file. */
	path: (string | number)[];
	severity: Severity;
	/** Indonesian message that says how to fix the problem. */
	message: string;
	/** Point at the key itself (unknown keys) rather than at its value. */
	atKey?: boolean;
	/** A 1-based line/column when the problem is not in the YAML (e.g. in the Markdown body). */
	line?: number;
	column?: number;
}

/** A problem placed in a file: one line of `check:content` output. */
export interface Finding {
	/** Path relative to the repository root, with `/` separators. */
	file: string;
	line: number;
	column: number;
	severity: Severity;
	/** Dotted key path (`indikator.regulasi.bukti.0`), or `''` for the whole file. */
	key: string;
	message: string;
}

/**
 * `path:line:col: galat: key.path: pesan`, the line every tool prints (the key part is left out for
 * whole-file problems). File names, keys and quoted values come from content: unprintable
 * characters are shown escaped, so a name cannot start a new line of output (or a new workflow
 * command in a CI log).
 */
export function formatFinding(finding: Finding): string {
	const key = finding.key ? `${finding.key}: ` : '';
	return toPrintable(
		`${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${key}${finding.message}`
	);
}

/** Shorthand for an error at a path. */
export function error(path: KeyIssue['path'], message: string): KeyIssue {
	return { path, severity: 'galat', message };
}

/** Shorthand for a warning at a path. */
export function warning(path: KeyIssue['path'], message: string): KeyIssue {
	return { path, severity: 'peringatan', message };
}

/** Dotted form of a key path, as printed after the position. */
export function formatKeyPath(path: readonly (string | number)[]): string {
	return path.map(String).join('.');
}

/** Orders findings by file, line, column, then message, so output never depends on check order. */
export function compareFindings(a: Finding, b: Finding): number {
	if (a.file !== b.file) return a.file < b.file ? -1 : 1;
	if (a.line !== b.line) return a.line - b.line;
	if (a.column !== b.column) return a.column - b.column;
	if (a.key !== b.key) return a.key < b.key ? -1 : 1;
	return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/**
 * Untrusted values quoted in a message: primitives as written, anything else by JSON with a length
 * cap — never `String(value)`, which runs a `toString` the content may define (or break).
 */
export function quoteValue(value: unknown): string {
	if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 80)}…` : value;
	if (
		typeof value === 'number' ||
		typeof value === 'boolean' ||
		value === null ||
		value === undefined
	)
		return `${value}`;
	try {
		const text = JSON.stringify(value) ?? typeof value;
		return text.length > 80 ? `${text.slice(0, 80)}…` : text;
	} catch {
		return typeof value;
	}
}
