/**
 * The innovation schema's top-level fields as data: key, its Indonesian title and description
 * (declared once, in the schema's `.meta`), and its zod schema. Forms, docs and the audit trail
 * read field names from here instead of restating them.
 */
import type { z } from 'zod';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { createInnovationSchema } from '../../schemas/innovation.ts';

/** One top-level frontmatter field. */
export interface SchemaField {
	key: string;
	title: string;
	description?: string;
	schema: z.ZodType;
}

/** The title/description a schema carries in its `.meta()`. */
export function readMeta(schema: unknown): { title?: string; description?: string } {
	return (
		(schema as { meta?: () => { title?: string; description?: string } | undefined }).meta?.() ?? {}
	);
}

/** The fields of an object schema (also behind a refinement or pipe), in declaration order. */
export function listSchemaFields(schema: z.ZodType): SchemaField[] {
	const def = (
		schema as unknown as {
			_zod: {
				def: { in?: { shape: Record<string, z.ZodType> }; shape?: Record<string, z.ZodType> };
			};
		}
	)._zod.def;
	const shape = def.shape ?? def.in?.shape ?? {};
	return Object.entries(shape).map(([key, field]) => {
		const { title, description } = readMeta(field);
		return { key, title: title ?? key, ...(description ? { description } : {}), schema: field };
	});
}

/** The innovation frontmatter's fields for `rules`, in schema order. */
export function listInnovationFields(rules: RuleSet): SchemaField[] {
	return listSchemaFields(createInnovationSchema(rules));
}

const titlesByRules = new WeakMap<RuleSet, Map<string, string>>();

/** Key → title of the innovation frontmatter's fields (built once per rule set: the form's preview asks on every keystroke). */
export function getInnovationFieldTitles(rules: RuleSet): Map<string, string> {
	let titles = titlesByRules.get(rules);
	if (!titles) {
		titles = new Map(listInnovationFields(rules).map((field) => [field.key, field.title]));
		titlesByRules.set(rules, titles);
	}
	return titles;
}

/** The schema under optional/default wrappers, and whether the field may be left out. */
export function unwrapField(schema: z.ZodType): {
	inner: z.ZodType;
	optional: boolean;
	defaultValue?: unknown;
} {
	let current = schema as unknown as {
		_zod: { def: { type: string; innerType?: unknown; defaultValue?: unknown } };
	};
	let optional = false;
	let defaultValue: unknown;
	for (let depth = 0; depth < 10; depth++) {
		const { type, innerType } = current._zod.def;
		if ((type !== 'optional' && type !== 'default') || !innerType) break;
		optional = true;
		if (type === 'default') defaultValue = current._zod.def.defaultValue;
		current = innerType as typeof current;
	}
	return {
		inner: current as unknown as z.ZodType,
		optional,
		...(defaultValue !== undefined ? { defaultValue } : {}),
	};
}
