/**
 * The one module that prints findings and sets the exit code (only errors fail).
 */
import { formatFinding, type Finding } from '../../src/lib/validation/finding.ts';
import { toPrintable } from '../../src/lib/text/printable.ts';
import { UsageError } from '../../src/lib/errors.ts';

/** Findings printed per file; one broken file could otherwise print thousands of lines. */
export const FINDINGS_PER_FILE = 50;

/** One line per finding, at most `FINDINGS_PER_FILE` per file, then a line counting the rest. */
export function formatFindings(findings: readonly Finding[]): string[] {
	const lines: string[] = [];
	let file: string | undefined;
	let shown = 0;
	let hidden = 0;
	const flush = () => {
		if (hidden > 0)
			lines.push(
				toPrintable(`${file}: … dan ${hidden} temuan lain di berkas ini (semuanya: --json)`)
			);
	};
	for (const finding of findings) {
		if (finding.file !== file) {
			flush();
			file = finding.file;
			shown = 0;
			hidden = 0;
		}
		if (shown < FINDINGS_PER_FILE) {
			lines.push(formatFinding(finding));
			shown += 1;
		} else hidden += 1;
	}
	flush();
	return lines;
}

/** `✖ 2 galat, 1 peringatan di 3 berkas` or `✔ …` when there are no errors. */
export function formatSummary(findings: readonly Finding[], fileCount: number): string {
	const errors = findings.filter((f) => f.severity === 'galat').length;
	const warnings = findings.length - errors;
	const mark = errors > 0 ? '✖' : '✔';
	return `${mark} ${errors} galat, ${warnings} peringatan di ${fileCount} berkas`;
}

/** Workflow-command data: `%`, CR and LF are the characters GitHub decodes. */
const escapeData = (text: string) =>
	text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Workflow-command property values also end at `,` and `:`. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotation for a finding (shown on the pull request's diff). The file name and the
 * message are escaped as GitHub documents, so a name like `a,line=1::x` or one with a newline cannot
 * add properties or commands.
 */
export function formatAnnotation(finding: Finding): string {
	const kind = finding.severity === 'galat' ? 'error' : 'warning';
	const key = finding.key ? `${finding.key}: ` : '';
	return `::${kind} file=${escapeProperty(finding.file)},line=${finding.line},col=${finding.column}::${escapeData(toPrintable(key + finding.message))}`;
}

/** Annotations printed per run: GitHub shows only the first few per step, and each costs a log line. */
export const ANNOTATIONS_SHOWN = 50;

/** Annotations for `findings`, at most `ANNOTATIONS_SHOWN`, errors first. */
export function formatAnnotations(findings: readonly Finding[]): string[] {
	const ordered = [
		...findings.filter((f) => f.severity === 'galat'),
		...findings.filter((f) => f.severity !== 'galat'),
	];
	return ordered.slice(0, ANNOTATIONS_SHOWN).map(formatAnnotation);
}

/** Machine output of `--json`, with the field names of the content contract. */
export function toJsonFindings(findings: readonly Finding[]) {
	return findings.map((f) => ({
		file: f.file,
		line: f.line,
		column: f.column,
		severity: f.severity,
		key: f.key,
		message: f.message,
	}));
}

/** True when any finding is an error. */
export function hasErrors(findings: readonly Finding[]): boolean {
	return findings.some((finding) => finding.severity === 'galat');
}

/**
 * Runs a CLI body and turns any unexpected exception into one Indonesian line and exit code 2,
 * never a stack trace (set `DEBUG=1` to see it).
 */
export async function runCli(main: () => Promise<number> | number): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`galat: ${toPrintable(error.message)}\n`);
			process.exitCode = 2;
			return;
		}
		const detail = error instanceof Error ? error.message : String(error);
		process.stderr.write(
			`galat: terjadi kesalahan tak terduga: ${detail}\nJalankan ulang dengan DEBUG=1 dan laporkan ke koordinator bila berulang.\n`
		);
		if (process.env.DEBUG) console.error(error);
		process.exitCode = 2;
	}
}
