/**
 * Turns the bytes of an untrusted content file into a YAML document and a Markdown body, refusing
 * what could hurt the build: oversize files, non-UTF-8, gray-matter's code-running engines, YAML
 * aliases (the "billion laughs" bomb) and unknown YAML tags. Positions stay those of the original
 * file, also for files saved by Windows editors (BOM, CRLF).
 */
import matter from 'gray-matter';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { readPlainYaml } from './yaml-subset.ts';
import type { KeyIssue } from '../validation/finding.ts';

/** Largest Markdown or YAML content file, checked before anything is decoded or parsed. */
export const MAX_SOURCE_BYTES = 256 * 1024;

/** A content file after splitting and YAML parsing. */
export interface ParsedSource {
	/** Plain data of the frontmatter/YAML, or undefined when it could not be read. */
	data: unknown;
	/** The YAML document (for positions), when parsing got that far. */
	doc?: Document.Parsed;
	lineCounter: LineCounter;
	/** Markdown body ('' for YAML files). */
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyStartLine: number;
	/** Problems that stopped or limited parsing; errors mean `data` must not be trusted. */
	issues: KeyIssue[];
	/** The YAML text, kept so positions can be computed later (see `ensureDocument`). */
	yamlText?: string;
}

/**
 * One YAML parser reads frontmatter: `yaml` (YAML 1.2 core schema, positions for every finding).
 * The plain subset most frontmatter is written in — the shapes the guide and the form write — is
 * read by `yaml-subset.ts` first, which gives exactly what `yaml` gives for it (a differential
 * property test holds it to `yaml`) and declines everything else. Kept because it is measured:
 * `check:content` on 10,000 synthetic files (median of 3, this machine, 1 Dec 2026) took 2.7 s
 * with the subset and 5.6 s with `yaml` alone, against a budget of 4 s. A second fast parser
 * (js-yaml) used to sit between them; removing it changed nothing measurable (3.2 s before).
 */
function parseFast(text: string): { data: unknown } | undefined {
	const plain = readPlainYaml(text);
	return plain ? { data: plain } : undefined;
}

/** Builds the position-tracking YAML document when a problem needs a line and column. */
export function ensureDocument(result: ParsedSource): void {
	if (result.doc || result.yamlText === undefined) return;
	result.doc = parseDocument(result.yamlText, {
		lineCounter: result.lineCounter,
		uniqueKeys: true,
		prettyErrors: false,
		version: '1.2',
	});
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

const refuse = (): never => {
	throw new Error('mesin frontmatter ini dinonaktifkan demi keamanan');
};

/** gray-matter engines: only YAML, and code-running ones explicitly denied. */
function createEngines(onYaml: (text: string) => void) {
	return {
		yaml: (text: string) => {
			onYaml(text);
			return {};
		},
		js: refuse,
		javascript: refuse,
		json: refuse,
		coffee: refuse,
		coffeescript: refuse,
		toml: refuse,
	};
}

const YAML_CODES: Record<string, string> = {
	DUPLICATE_KEY: 'kunci ini ditulis dua kali; hapus salah satunya',
	BAD_INDENT: 'indentasi tidak konsisten; gunakan spasi yang sama untuk kunci setingkat',
	TAB_AS_INDENT: 'jangan memakai tab untuk indentasi; gunakan spasi',
	MULTILINE_IMPLICIT_KEY:
		'kunci tidak boleh terpotong ke baris berikutnya; periksa tanda titik dua dan tanda kutip',
	BLOCK_AS_IMPLICIT_KEY: 'struktur YAML tidak valid; periksa indentasi dan tanda titik dua',
	MISSING_CHAR: 'ada tanda penutup yang hilang (kutip, kurung siku, atau kurung kurawal)',
	BAD_ALIAS: 'alias YAML tidak dikenal',
	TAG_RESOLVE_FAILED: 'tag YAML (!…) tidak didukung; hapus tag tersebut',
	UNEXPECTED_TOKEN: 'ada karakter yang tidak diharapkan; periksa tanda titik dua dan tanda kutip',
	BAD_SCALAR_START: 'nilai tidak boleh diawali karakter ini; apit nilainya dengan tanda kutip',
	RESOURCE_EXHAUSTION:
		'struktur terlalu bersarang atau terlalu besar; tulis nilainya lebih datar, mis. satu daftar [a, b]',
};

function yamlIssues(doc: Document.Parsed, lineCounter: LineCounter): KeyIssue[] {
	return [...doc.errors, ...doc.warnings].map((problem) => {
		const { line, col } = lineCounter.linePos(problem.pos[0]);
		const known = YAML_CODES[problem.code];
		const detail = known ?? `YAML tidak valid (${problem.code}); periksa penulisan baris ini`;
		return { path: [], severity: 'galat' as const, message: `YAML: ${detail}`, line, column: col };
	});
}

/** Parses YAML text (frontmatter or a `.yml` file); line k of `text` is line k of the file. */
function parseYaml(text: string, result: ParsedSource): void {
	result.yamlText = text;
	const fast = parseFast(text);
	if (fast) {
		result.data = fast.data ?? {};
		return;
	}
	const doc = parseDocument(text, {
		lineCounter: result.lineCounter,
		uniqueKeys: true,
		prettyErrors: false,
		version: '1.2',
	});
	result.doc = doc;
	const problems = yamlIssues(doc, result.lineCounter);
	if (problems.length > 0) {
		result.issues.push(...problems);
		return;
	}
	try {
		// Aliases are refused outright: nobody needs them in a form-like file, and they are how
		// "billion laughs" bombs expand a few bytes into gigabytes.
		result.data = doc.toJS({ maxAliasCount: 0 });
	} catch {
		result.issues.push({
			path: [],
			severity: 'galat',
			message:
				'YAML: alias (*nama) dan anchor (&nama) tidak didukung; tulis nilainya secara langsung',
			line: 1,
			column: 1,
		});
	}
}

function decode(bytes: Uint8Array, result: ParsedSource): string | undefined {
	const fail = (message: string) => {
		result.issues.push({ path: [], severity: 'galat', message, line: 1, column: 1 });
		return undefined;
	};
	if (bytes.byteLength > MAX_SOURCE_BYTES) {
		return fail(
			`berkas terlalu besar (${Math.ceil(bytes.byteLength / 1024)} KiB; maksimal ${MAX_SOURCE_BYTES / 1024} KiB); pindahkan lampiran ke bukti dan ringkas teksnya`
		);
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return fail(
			'berkas tersimpan sebagai UTF-16; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)'
		);
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return fail(
			'berkas bukan UTF-8 yang valid; simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai → Encoding UTF-8)'
		);
	}
	if (text.includes('\u0000'))
		return fail('berkas berisi karakter NUL (berkas biner?); simpan sebagai teks UTF-8');
	// BOM and CRLF from Windows editors are accepted: dropping them keeps every line number and
	// column of the original file (CR only ever ends a line).
	const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	return unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
}

function emptyResult(): ParsedSource {
	return {
		data: undefined,
		lineCounter: new LineCounter(),
		body: '',
		bodyStartLine: 1,
		issues: [],
	};
}

/** Parses a `.yml` content file (pemda, skpd). */
export function parseYamlSource(bytes: Uint8Array): ParsedSource {
	const result = emptyResult();
	const text = decode(bytes, result);
	if (text !== undefined) parseYaml(text, result);
	return result;
}

/** Parses a Markdown file with YAML frontmatter between `---` lines. */
export function parseMarkdownSource(bytes: Uint8Array): ParsedSource {
	const result = emptyResult();
	const text = decode(bytes, result);
	if (text === undefined) return result;
	const firstLine = text.slice(0, text.indexOf('\n') + 1 || text.length).trimEnd();
	const fail = (message: string) =>
		result.issues.push({ path: [], severity: 'galat', message, line: 1, column: 1 });
	if (!firstLine.startsWith('---')) {
		fail('berkas harus diawali frontmatter: baris pertama `---`, lalu kunci: nilai, lalu `---`');
		return result;
	}
	const language = firstLine.slice(3).trim();
	if (language !== '' && language !== 'yaml') {
		fail(
			`frontmatter harus YAML biasa yang diawali \`---\`, bukan \`---${language}\`; bagian ini tidak dijalankan`
		);
		return result;
	}
	const closing = /\n---[ \t]*(\n|$)/g;
	closing.lastIndex = firstLine.length;
	if (!closing.test(text)) {
		fail('frontmatter tidak ditutup; tambahkan baris `---` setelah kunci terakhir');
		return result;
	}
	let yamlText = '';
	try {
		// Passing options also stops gray-matter from caching every parsed file in memory.
		const options = { engines: createEngines((t) => (yamlText = t)) } as unknown as Parameters<
			typeof matter
		>[1];
		// gray-matter gets only the frontmatter block, up to its closing `---` (the first `\n---`,
		// as it would find itself): it looks every input up in its cache by content, which for a
		// whole file hashes and interns kilobytes of body text that it never needs.
		const close = text.indexOf('\n---', 3);
		matter(text.slice(0, close + 4), options);
		let body = text.slice(close + 4);
		if (body.startsWith('\n')) body = body.slice(1);
		result.body = body;
	} catch {
		fail('frontmatter tidak dapat dibaca; pastikan diapit dua baris `---`');
		return result;
	}
	// gray-matter's matter text starts with the newline after the opening `---`, so line k of it is
	// line k of the file; the body starts two lines after its last line (the closing `---`).
	result.bodyStartLine = yamlText.split('\n').length + 2;
	parseYaml(yamlText, result);
	return result;
}
