/**
 * Links and images in the Markdown body. Citizens follow these links from a government site, so a
 * link must say where it goes: `http://` (readable and changeable on the way), `//host` (whatever
 * the page's scheme) and links with a user part before `@` (`https://tanahbumbukab.go.id@evil.example`
 * goes to evil.example) are errors at their line and column. Images from other hosts are never
 * loaded (the site shows them as links), which the writer is told.
 */
import { describeLinkProblem } from '../../schemas/shared.ts';
import type { KeyIssue } from './finding.ts';

const FENCE = /^\s{0,3}(```|~~~)/;

/** Link destinations: inline `](url)` (and images), reference definitions, `<url>` autolinks, bare URLs. */
const DESTINATIONS = [
	/(!?)\[[^\]]*\]\(\s*<?([^\s)>]+)/g,
	/^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/g,
	/<([a-z][a-z0-9+.-]*:[^\s<>]*)>/gi,
	/(?<![\w/<(])(https?:\/\/[^\s<>()\]]+)/gi,
];

/** Quick test: a body with none of these has no link to check (most bodies). */
const MAY_LINK = /\]\(|\]:|<[a-z]|:\/\//i;

function issueAt(
	line: number,
	column: number,
	message: string,
	severity: KeyIssue['severity'] = 'galat'
): KeyIssue {
	return { path: [], severity, message, line, column };
}

/** Link issues of one body line (code spans already blanked). */
function checkLine(text: string, line: number): KeyIssue[] {
	const issues: KeyIssue[] = [];
	const seen = new Set<number>();
	for (const pattern of DESTINATIONS) {
		for (const match of text.matchAll(pattern)) {
			const url = match[match.length - 1]!;
			const column = match.index + match[0].lastIndexOf(url) + 1;
			if (seen.has(column)) continue;
			seen.add(column);
			const problem = describeLinkProblem(url);
			if (problem) issues.push(issueAt(line, column, problem));
			else if (match[1] === '!' && /^https:/i.test(url)) {
				issues.push(
					issueAt(
						line,
						column,
						'gambar dari situs lain tidak dimuat di katalog (ditampilkan sebagai tautan); unggah gambarnya ke folder bukti inovasi ini bila perlu tampil',
						'peringatan'
					)
				);
			}
		}
	}
	return issues;
}

/** Link and image issues of a body whose first line is `bodyStartLine`. */
export function checkBodyLinks(body: string, bodyStartLine: number): KeyIssue[] {
	if (!MAY_LINK.test(body)) return [];
	const issues: KeyIssue[] = [];
	let inFence = false;
	body.split('\n').forEach((line, index) => {
		if (FENCE.test(line)) inFence = !inFence;
		// Code is shown as written, never linked: blank it out, keeping columns.
		if (!inFence)
			issues.push(
				...checkLine(
					line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)),
					bodyStartLine + index
				)
			);
	});
	return issues;
}
