/**
 * Indonesian messages for zod issues, passed per call (never as a global `z.config`, which would
 * also change Astro's own messages). Schema-level messages (the `.refine` texts) win over these.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/error-map.ts
 */
import { z } from 'zod';
import type { core } from 'zod';
import { findNearest } from './nearest.ts';
import { quoteValue } from './finding.ts';

/** Enum options listed in full up to this many; longer lists point to the documentation. */
const MAX_LISTED_OPTIONS = 8;

const TYPE_NAMES: Record<string, string> = {
	string: 'teks',
	number: 'angka',
	int: 'angka bulat',
	boolean: 'true/false',
	array: 'daftar',
	object: 'pasangan kunci: nilai',
	record: 'pasangan kunci: nilai',
	tuple: 'daftar',
	date: 'tanggal',
	null: 'kosong',
	undefined: 'tidak ada',
};

const localeError = z.locales.id().localeError;

/** zod's bundled Indonesian text, for the rare issues not worded above. */
function fallback(issue: core.$ZodRawIssue): string | undefined {
	const result = localeError(issue);
	return typeof result === 'string' ? result : result?.message;
}

/** Indonesian name of the kind of value the writer gave. */
export function describeInput(input: unknown): string {
	if (input === null) return 'kosong';
	if (Array.isArray(input)) return 'daftar';
	if (typeof input === 'number') return Number.isInteger(input) ? 'angka bulat' : 'angka';
	if (typeof input === 'object') return 'pasangan kunci: nilai';
	return TYPE_NAMES[typeof input] ?? typeof input;
}

function formatInvalidType(issue: core.$ZodRawIssue<core.$ZodIssueInvalidType>): string {
	if (issue.input === undefined) return 'wajib diisi';
	if (issue.input === null) return 'tidak boleh kosong; isi nilainya atau hapus barisnya';
	const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
	return `diharapkan ${expected}, tetapi tertulis ${describeInput(issue.input)}`;
}

function formatInvalidValue(issue: core.$ZodRawIssue<core.$ZodIssueInvalidValue>): string {
	const options = issue.values.map((value) => quoteValue(value));
	const given = quoteValue(issue.input);
	const suggestion =
		typeof issue.input === 'string' ? findNearest(issue.input, options) : undefined;
	const list =
		options.length <= MAX_LISTED_OPTIONS
			? `pilihan: ${options.join(', ')}`
			: 'lihat daftar pilihan di content/README.md';
	if (issue.input === undefined) return `wajib diisi; ${list}`;
	if (issue.input === null || typeof issue.input === 'object')
		return `diharapkan satu pilihan, tetapi tertulis ${describeInput(issue.input)}; ${list}`;
	const hint = suggestion ? `; mungkin maksud Anda \`${suggestion}\`?` : '';
	return `\`${given}\` bukan nilai yang dikenal${hint} (${list})`;
}

function formatSize(
	issue: core.$ZodRawIssue<core.$ZodIssueTooSmall | core.$ZodIssueTooBig>
): string {
	const isSmall = issue.code === 'too_small';
	const limit = Number(
		isSmall ? (issue as core.$ZodIssueTooSmall).minimum : (issue as core.$ZodIssueTooBig).maximum
	);
	const inclusive = issue.inclusive !== false;
	switch (issue.origin) {
		case 'string':
			if (isSmall && limit <= 1) return 'tidak boleh kosong';
			return isSmall
				? `terlalu pendek: minimal ${limit} karakter`
				: `terlalu panjang: maksimal ${limit} karakter`;
		case 'array':
			if (isSmall && limit <= 1) return 'daftar tidak boleh kosong';
			return isSmall ? `minimal ${limit} butir` : `paling banyak ${limit} butir`;
		default: {
			const relation = isSmall
				? inclusive
					? 'paling kecil'
					: 'harus lebih dari'
				: inclusive
					? 'paling besar'
					: 'harus kurang dari';
			return `${relation} ${limit}`;
		}
	}
}

/**
 * The Indonesian message of one zod issue (without the key path, which the caller prints).
 * Unknown keys are handled by the caller, which knows the valid keys.
 */
export const idErrorMap: core.$ZodErrorMap = (issue) => {
	switch (issue.code) {
		case 'invalid_type':
			return formatInvalidType(issue);
		case 'invalid_value':
			return formatInvalidValue(issue);
		case 'too_small':
		case 'too_big':
			return formatSize(issue);
		case 'invalid_format':
			if (issue.format === 'email')
				return 'alamat surel tidak valid, mis. nama@tanahbumbukab.go.id';
			return fallback(issue);
		default:
			return fallback(issue);
	}
};
