/**
 * Escaping for GitHub-flavoured Markdown written by the PR check (the coordinators' report). Every
 * string derived from a submission — file names, keys, values quoted in messages — goes through
 * here, so content cannot add a row, a heading, a mention, an image, a link or an HTML comment that
 * hides the rest of the report. Text is backslash-escaped; names are code spans, in which GitHub
 * renders nothing.
 */
import { toPrintable } from '../text/printable.ts';

/**
 * The characters that start inline markup (emphasis, code, links and images, HTML and entities,
 * tables, strikethrough, math). Text from here never starts a line — it always follows the report's
 * own prefix — so block markers (`#`, `-`, `1.`) need no escape.
 */
const PUNCTUATION = /[\\`*_[\]<>&!|~$]/g;

/** Invisible, so copied text reads the same; it breaks what GitHub links after parsing. */
const JOINER = '\u2060';

/**
 * Plain text for a Markdown line or table cell: nothing in it is markup. GitHub links `@name`,
 * `#123`, `https://…` and `www.` in rendered text even when escaped, so a word joiner breaks those.
 */
export function escapeMarkdownText(text: string): string {
	return toPrintable(text)
		.replace(/[@#]/g, `$&${JOINER}`)
		.replace(/:\/\//g, `:${JOINER}//`)
		.replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${JOINER}.`)
		.replace(PUNCTUATION, '\\$&');
}

/**
 * `text` as a code span (shown as written, never rendered). In a table cell a pipe would still end
 * the cell and a backslash before it would undo its escape, so both are written as escapes there.
 */
export function toCodeSpan(text: string, options: { inTable?: boolean } = {}): string {
	const cell = options.inTable ? text.replace(/\\/g, '\\u{5C}').replace(/\|/g, '\\|') : text;
	const clean = toPrintable(cell);
	if (clean === '') return '–';
	const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((match) => match[0].length));
	const fence = '`'.repeat(longest + 1);
	const pad = /^[`\s]|[`\s]$/.test(clean) ? ' ' : '';
	return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A validator message (Indonesian, with quoted names between backticks) as safe Markdown: quoted
 * parts become code spans, the rest escaped text. An odd backtick in a quoted value only shifts
 * which parts are code; every part stays inert either way.
 */
export function formatMessageMarkdown(
	message: string,
	options: { inTable?: boolean } = {}
): string {
	return message
		.split('`')
		.map((part, index) => (index % 2 === 1 ? toCodeSpan(part, options) : escapeMarkdownText(part)))
		.join('');
}
