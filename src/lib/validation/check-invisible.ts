/**
 * Invisible characters anywhere in a content file: controls, bidi overrides, noncharacters and lone
 * surrogates (`printable.ts`) in any key or value of the YAML (however it was written, also as a
 * `"\uFFFE"` escape) and on any line of the Markdown body. One U+FFFE in a body made the national
 * workbook unreadable, and a bidi override reorders what a reviewer reads. Field schemas refuse
 * them in their own texts too (for the form); a finding here and there is the same finding, once.
 */
import { describeUnprintable, findUnprintable } from '../text/printable.ts';
import type { KeyIssue } from './finding.ts';

/** Any candidate at all: raw invisible characters (tab and line breaks aside) or a YAML escape. */
const RAW =
	// eslint-disable-next-line no-control-regex -- these characters are exactly what is looked for
	/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Bidi_Control}\p{Noncharacter_Code_Point}\p{Cs}]/u;

/** At most this many findings per file: one bad paste can hold thousands. */
const MOST = 20;

function walk(value: unknown, path: (string | number)[], issues: KeyIssue[]): void {
	if (issues.length >= MOST) return;
	if (typeof value === 'string') {
		const code = findUnprintable(value, true);
		if (code) issues.push({ path, severity: 'galat', message: describeUnprintable(code) });
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((item, index) => walk(item, [...path, index], issues));
		return;
	}
	if (value === null || typeof value !== 'object') return;
	for (const [key, item] of Object.entries(value)) {
		const code = findUnprintable(key);
		if (code)
			issues.push({
				path: [...path, key],
				severity: 'galat',
				message: `nama kunci ${describeUnprintable(code)}`,
				atKey: true,
			});
		walk(item, [...path, key], issues);
	}
}

/**
 * Issues for every key and value of the parsed YAML holding an invisible character.
 * @param yamlText the YAML as written: a file without any candidate is not walked at all
 */
export function checkInvisibleData(yamlText: string, data: unknown): KeyIssue[] {
	if (!RAW.test(yamlText) && !yamlText.includes('\\')) return [];
	const issues: KeyIssue[] = [];
	walk(data, [], issues);
	return issues;
}

/** Issues for every body line holding an invisible character (tabs are fine in Markdown). */
export function checkInvisibleBody(body: string, bodyStartLine: number): KeyIssue[] {
	if (!RAW.test(body)) return [];
	const issues: KeyIssue[] = [];
	body.split('\n').forEach((line, index) => {
		if (issues.length >= MOST) return;
		const match = RAW.exec(line);
		if (!match) return;
		issues.push({
			path: [],
			severity: 'galat',
			message: `isi: ${describeUnprintable(findUnprintable(match[0])!)}`,
			line: bodyStartLine + index,
			column: match.index + 1,
		});
	});
	return issues;
}
