/**
 * The one module that prints findings and sets the exit code (only errors fail).
 */
import type { Finding } from '../../src/lib/validation/finding.ts';

/** `path:line:col: galat: key.path: pesan` (the key part is left out for whole-file problems). */
export function formatFinding(finding: Finding): string {
	const key = finding.key ? `${finding.key}: ` : '';
	return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${key}${finding.message}`;
}

/** `✖ 2 galat, 1 peringatan di 3 berkas` or `✔ …` when there are no errors. */
export function formatSummary(findings: readonly Finding[], fileCount: number): string {
	const errors = findings.filter((f) => f.severity === 'galat').length;
	const warnings = findings.length - errors;
	const mark = errors > 0 ? '✖' : '✔';
	return `${mark} ${errors} galat, ${warnings} peringatan di ${fileCount} berkas`;
}

/** GitHub Actions annotation for a finding (shown on the pull request's diff). */
export function formatAnnotation(finding: Finding): string {
	const kind = finding.severity === 'galat' ? 'error' : 'warning';
	const escape = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const key = finding.key ? `${finding.key}: ` : '';
	return `::${kind} file=${finding.file},line=${finding.line},col=${finding.column}::${escape(key + finding.message)}`;
}

/** Machine output of `--json`, with the field names of the content contract. */
export function toJsonFindings(findings: readonly Finding[]) {
	return findings.map((f) => ({ file: f.file, line: f.line, column: f.column, severity: f.severity, key: f.key, message: f.message }));
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
		const detail = error instanceof Error ? error.message : String(error);
		process.stderr.write(`galat: terjadi kesalahan tak terduga: ${detail}\nJalankan ulang dengan DEBUG=1 dan laporkan ke koordinator bila berulang.\n`);
		if (process.env.DEBUG) console.error(error);
		process.exitCode = 2;
	}
}
