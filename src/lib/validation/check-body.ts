/**
 * Checks of the Markdown body: the four sections in order, the Rancang Bangun word minimum, raw
 * HTML (which the site never shows, so the writer should know) and links (`check-body-links.ts`).
 */
import { BODY_SECTIONS } from '../../schemas/innovation.ts';
import { checkBodyLinks } from './check-body-links.ts';
import type { KeyIssue, Severity } from './finding.ts';

/** A level-2 section of the body with its text. */
export interface BodySection {
	title: string;
	/** 1-based line of the heading in the original file. */
	line: number;
	text: string;
}

const FENCE = /^\s{0,3}(```|~~~)/;
const H2 = /^\s{0,3}##\s+(.*?)\s*#*\s*$/;
const RAW_HTML = /<\/?[A-Za-z][A-Za-z0-9-]*(\s[^>]*)?\/?>|<!--/;

/** Splits the body into level-2 sections (text before the first heading is dropped). */
export function splitSections(body: string, bodyStartLine: number): BodySection[] {
	const lines = body.split('\n');
	const starts: { title: string; index: number; offset: number }[] = [];
	let inFence = false;
	let offset = 0;
	lines.forEach((line, index) => {
		// Cheap character tests first: almost every line is prose, neither a fence nor a heading.
		if ((line.includes('`') || line.includes('~')) && FENCE.test(line)) inFence = !inFence;
		const heading = inFence || !line.includes('##') ? null : H2.exec(line);
		if (heading) starts.push({ title: heading[1]!, index, offset });
		offset += line.length + 1;
	});
	return starts.map(({ title, index, offset: at }, position) => {
		// The lines after the heading, each ending in a newline: a slice of the body, not a copy.
		const from = at + lines[index]!.length + 1;
		const next = starts[position + 1];
		const text = next
			? body.slice(from, next.offset)
			: index + 1 < lines.length
				? `${body.slice(from)}\n`
				: '';
		return { title, line: bodyStartLine + index, text };
	});
}

/**
 * Counts words of Markdown text: link targets, code, HTML tags, comments and punctuation do not
 * count. With `enough`, counting stops there (the check only needs to know the minimum is met).
 */
export function countWords(markdown: string, enough = Number.POSITIVE_INFINITY): number {
	// Most sections have no link, code or tag: skip the four stripping passes for them.
	const plain = /[`[<]/.test(markdown) ? stripMarkup(markdown) : markdown;
	// One pass over the characters (a regex per token was a tenth of validation at 10,000 files):
	// a token is a run of non-space characters, and it counts when it holds a letter or a digit.
	let count = 0;
	let inToken = false;
	let counted = false;
	for (let index = 0; index < plain.length; index++) {
		const code = plain.charCodeAt(index);
		if (isSpace(code)) {
			inToken = false;
			continue;
		}
		if (!inToken) {
			inToken = true;
			counted = false;
		}
		if (!counted && isWordCharacter(plain, index, code)) {
			counted = true;
			if (++count >= enough) break;
		}
	}
	return count;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

function isWordCharacter(text: string, index: number, code: number): boolean {
	if (code < 128)
		return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
	return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Exactly the characters of the regex class `\s`. */
function isSpace(code: number): boolean {
	if (code < 128) return code === 32 || (code >= 9 && code <= 13);
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

function stripMarkup(markdown: string): string {
	return (
		markdown
			// `[//]: # "…"` lines are Markdown comments (the wizard's writing hints): never shown, never counted.
			.replace(/^\[\/\/\]: #.*$/gm, ' ')
			.replace(/```[\s\S]*?```/g, ' ')
			.replace(/`[^`]*`/g, ' ')
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<[^>]+>/g, ' ')
	);
}

function normalise(title: string): string {
	return title.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The four section titles, normalised. */
const EXPECTED = BODY_SECTIONS.map(normalise);

function countLineBreaks(text: string): number {
	let count = 0;
	for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
	return count;
}

function at(line: number, severity: Severity, message: string): KeyIssue {
	return { path: [], severity, message, line, column: 1 };
}

function checkRawHtml(body: string, bodyStartLine: number): KeyIssue[] {
	const issues: KeyIssue[] = [];
	if (!body.includes('<')) return issues;
	let inFence = false;
	body.split('\n').forEach((line, index) => {
		if (FENCE.test(line)) inFence = !inFence;
		if (!inFence && RAW_HTML.test(line.replace(/`[^`]*`/g, ''))) {
			issues.push(
				at(
					bodyStartLine + index,
					'peringatan',
					'HTML mentah tidak ditampilkan di situs; tulis sebagai Markdown biasa'
				)
			);
		}
	});
	return issues;
}

/**
 * Body issues of one innovation.
 * @param minWords the rule set's Rancang Bangun minimum
 * @param strict true at stage `penerapan`: a short Rancang Bangun is then an error, else a warning
 */
export function checkBody(
	body: string,
	bodyStartLine: number,
	minWords: number,
	strict: boolean
): KeyIssue[] {
	// Each title is normalised once (this runs for every file of the repository).
	const sections = splitSections(body, bodyStartLine).map((section) => ({
		...section,
		key: normalise(section.title),
	}));
	const lastLine = bodyStartLine + countLineBreaks(body);
	const issues: KeyIssue[] = [];
	const found = sections.filter((section) => EXPECTED.includes(section.key));

	for (const section of sections) {
		if (!EXPECTED.includes(section.key)) {
			issues.push(
				at(
					section.line,
					'peringatan',
					`judul \`## ${section.title}\` bukan salah satu dari empat bagian (${BODY_SECTIONS.join(', ')}); gunakan \`###\` untuk subjudul di dalam bagian`
				)
			);
		}
	}
	BODY_SECTIONS.forEach((title, index) => {
		const section = found.find((candidate) => candidate.key === EXPECTED[index]);
		if (!section) {
			issues.push(
				at(
					lastLine,
					'galat',
					`bagian \`## ${title}\` belum ada; isi berkas harus memuat ${BODY_SECTIONS.map((t) => `## ${t}`).join(', ')}, berurutan`
				)
			);
			return;
		}
		if (countWords(section.text, 1) === 0) {
			issues.push(at(section.line, 'peringatan', `bagian \`## ${title}\` masih kosong`));
		}
	});
	const order = found.map((section) => EXPECTED.indexOf(section.key));
	if (order.some((value, index) => index > 0 && value < order[index - 1]!)) {
		issues.push(at(found[0]!.line, 'galat', `urutan bagian harus ${BODY_SECTIONS.join(', ')}`));
	}
	const design = found.find((section) => section.key === EXPECTED[0]);
	if (design) {
		const words = countWords(design.text, minWords);
		if (words < minWords) {
			const advice = strict ? '' : ' (wajib sebelum tahapan penerapan)';
			issues.push(
				at(
					design.line,
					strict ? 'galat' : 'peringatan',
					`Rancang Bangun baru ${words} kata; pedoman meminta minimal ${minWords} kata${advice}: dasar hukum, permasalahan, isu strategis, metode pembaharuan, keunggulan dan kebaruan, tahapan inovasi`
				)
			);
		}
	}
	issues.push(...checkRawHtml(body, bodyStartLine), ...checkBodyLinks(body, bodyStartLine));
	return issues;
}
