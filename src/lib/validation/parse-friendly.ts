/**
 * The one friendly-error entry point: parse with a zod schema and get back Indonesian key issues,
 * with unknown keys split one per key and a suggestion of the nearest valid key.
 */
import type { z } from 'zod';
import type { KeyIssue } from './finding.ts';
import { idErrorMap } from './error-map.ts';
import { findNearest } from './nearest.ts';

/** Result of a friendly parse: data only when there was no error. */
export type FriendlyResult<T> =
	{ success: true; data: T; issues: KeyIssue[] } | { success: false; issues: KeyIssue[] };

interface SchemaDef {
	type: string;
	shape?: Record<string, unknown>;
	innerType?: unknown;
	in?: unknown;
	out?: unknown;
	element?: unknown;
	options?: unknown[];
}

function getDef(schema: unknown): SchemaDef | undefined {
	return (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;
}

/** Unwraps optional/default/pipe wrappers until an object or array schema shows. */
function unwrap(schema: unknown, depth = 0): unknown {
	const def = getDef(schema);
	if (!def || depth > 20) return schema;
	if (def.innerType) return unwrap(def.innerType, depth + 1);
	// A union of a value and an object (an evidence item): the object is what has keys.
	if (def.type === 'union') {
		const object = def.options
			?.map((option) => unwrap(option, depth + 1))
			.find((option) => getDef(option)?.type === 'object');
		return object ?? schema;
	}
	if (def.type === 'pipe') {
		const inner = unwrap(def.in, depth + 1);
		const innerType = getDef(inner)?.type;
		return innerType === 'object' || innerType === 'array' ? inner : unwrap(def.out, depth + 1);
	}
	return schema;
}

/** The keys an object schema accepts at `path`, in declaration order ([] if not an object). */
export function getKnownKeys(schema: unknown, path: readonly PropertyKey[]): string[] {
	let current = unwrap(schema);
	for (const step of path) {
		const def = getDef(current);
		if (def?.type === 'object' && typeof step === 'string') current = unwrap(def.shape?.[step]);
		else if (def?.type === 'array') current = unwrap(def.element);
		else return [];
	}
	const def = getDef(current);
	return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function toPath(path: readonly PropertyKey[]): (string | number)[] {
	return path.map((step) => (typeof step === 'number' ? step : String(step)));
}

function describeUnknownKey(key: string, known: string[]): string {
	const suggestion = findNearest(key, known);
	if (suggestion) return `kunci \`${key}\` tidak dikenal; mungkin maksud Anda \`${suggestion}\`?`;
	const listed =
		known.length <= 12
			? ` Kunci yang dikenal: ${known.join(', ')}.`
			: ' Lihat daftar kunci di content/README.md.';
	return `kunci \`${key}\` tidak dikenal.${listed}`;
}

/**
 * Parses `input` with `schema` and returns Indonesian issues (all errors) with their key paths.
 * @example parseWithFriendlyErrors(SkpdSchema, { nama: 'Dinas Kesehatan', singkatn: 'Dinkes' })
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
	schema: S,
	input: unknown
): FriendlyResult<z.output<S>> {
	const result = schema.safeParse(input, { error: idErrorMap, reportInput: true });
	if (result.success) return { success: true, data: result.data, issues: [] };
	const issues: KeyIssue[] = [];
	for (const issue of result.error.issues) {
		const path = toPath(issue.path);
		if (issue.code === 'unrecognized_keys') {
			const known = getKnownKeys(schema, issue.path);
			for (const key of issue.keys) {
				issues.push({
					path: [...path, key],
					severity: 'galat',
					message: describeUnknownKey(key, known),
					atKey: true,
				});
			}
			continue;
		}
		issues.push({ path, severity: 'galat', message: issue.message });
	}
	return { success: false, issues };
}
