/**
 * Validation of one content file from its bytes: parse safely, check the schema with friendly
 * errors, run the cross-file checks, and place every problem at a line of the original file.
 * Pure: the caller supplies the bytes and an evidence lookup.
 */
import type { z } from 'zod';
import {
	createInnovationSchema,
	createScoringSchema,
	type InnovationData,
	type ScoringData,
} from '../../schemas/innovation.ts';
import { createPemdaSchema, type Pemda } from '../../schemas/pemda.ts';
import type { RuleSet } from '../../schemas/rule-set.ts';
import { SkpdSchema, type Skpd } from '../../schemas/skpd.ts';
import { hasRuleSet, listRuleSetYears } from '../rules/registry.ts';
import { checkBody } from '../validation/check-body.ts';
import { checkInvisibleBody, checkInvisibleData } from '../validation/check-invisible.ts';
import { checkYamlPortability } from '../validation/check-yaml-portability.ts';
import type { EvidenceLookup } from '../validation/check-evidence.ts';
import {
	checkAnswerEvidence,
	checkInnovation,
	type InnovationContext,
} from '../validation/check-innovation.ts';
import {
	type Finding,
	type KeyIssue,
	compareFindings,
	error,
	quoteValue,
} from '../validation/finding.ts';
import { locateIssues, locateTopLevel } from '../validation/locate.ts';
import { parseWithFriendlyErrors } from '../validation/parse-friendly.ts';
import {
	ensureDocument,
	parseMarkdownSource,
	parseYamlSource,
	type ParsedSource,
} from './parse-source.ts';

/** Result of validating one file: `data` only when it has no error. */
export interface Validated<T> {
	data?: T;
	findings: Finding[];
}

export interface ValidatedInnovation extends Validated<InnovationData> {
	body: string;
	bodyStartLine: number;
}

const schemaCache = new WeakMap<RuleSet, ReturnType<typeof createInnovationSchema>>();

function getInnovationSchema(rules: RuleSet) {
	let schema = schemaCache.get(rules);
	if (!schema) {
		schema = createInnovationSchema(rules);
		schemaCache.set(rules, schema);
	}
	return schema;
}

/** The issues without repeats: a field's schema and the file-wide invisible-character check may report the same problem. */
function dropRepeats(issues: readonly KeyIssue[]): KeyIssue[] {
	if (issues.length < 2) return [...issues];
	const seen = new Set<string>();
	return issues.filter((issue) => {
		const key = `${issue.path.join('\u0000')}|${issue.severity}|${issue.message}|${issue.line ?? ''}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** Places every issue at a line of the file and keeps `data` only when no issue is an error. */
export function finish<T>(
	file: string,
	parsed: ParsedSource,
	issues: KeyIssue[],
	data: T | undefined
): Validated<T> {
	// Positions are computed only when some problem needs one (most files have none). They are exact
	// either way: top-level keys by a line scan (done once here), deeper paths by the YAML document.
	const located = dropRepeats(issues).map((issue) => {
		const at =
			issue.line === undefined && parsed.yamlText !== undefined
				? locateTopLevel(parsed.yamlText, issue.path, issue.atKey)
				: undefined;
		return at ? { ...issue, line: at[0], column: at[1] } : issue;
	});
	if (located.some((issue) => issue.line === undefined)) ensureDocument(parsed);
	const findings = locateIssues(file, located, parsed.doc, parsed.lineCounter).sort(
		compareFindings
	);
	const ok = !findings.some((finding) => finding.severity === 'galat');
	return ok && data !== undefined ? { data, findings } : { findings };
}

/** True for a YAML mapping (a plain object). */
export function isMapping(value: unknown): boolean {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Checks a parsed mapping against `schema`, collecting friendly issues; undefined on failure. */
export function parseMapping<S extends z.ZodType>(
	schema: S,
	parsed: ParsedSource,
	issues: KeyIssue[]
): z.output<S> | undefined {
	if (parsed.issues.length > 0) return undefined;
	if (!isMapping(parsed.data)) {
		issues.push({
			path: [],
			severity: 'galat',
			message: 'isi harus berupa pasangan `kunci: nilai`, mis. `nama: Dinas Kesehatan`',
			line: 1,
			column: 1,
		});
		return undefined;
	}
	const result = parseWithFriendlyErrors(schema, parsed.data);
	issues.push(...result.issues);
	const invisible = checkInvisibleData(parsed.yamlText ?? '', parsed.data);
	issues.push(...invisible);
	issues.push(
		...checkYamlPortability(parsed.yamlText ?? '', () => {
			ensureDocument(parsed);
			return parsed.doc;
		})
	);
	return result.success && invisible.length === 0 ? result.data : undefined;
}

/** Validates `content/inovasi/<skpd>/<slug>.md`. */
export function validateInnovationSource(
	file: string,
	bytes: Uint8Array,
	context: InnovationContext
): ValidatedInnovation {
	const parsed = parseMarkdownSource(bytes);
	const issues: KeyIssue[] = [...parsed.issues];
	const data = parseMapping(getInnovationSchema(context.rules), parsed, issues);
	if (parsed.issues.length === 0 && isMapping(parsed.data)) {
		issues.push(...checkInnovation(parsed.data, context));
		const stage = (parsed.data as { tahapan?: unknown }).tahapan;
		issues.push(
			...checkBody(
				parsed.body,
				parsed.bodyStartLine,
				context.rules.rancang_bangun_minimal_kata,
				stage === 'penerapan'
			)
		);
		issues.push(...checkInvisibleBody(parsed.body, parsed.bodyStartLine));
	}
	return {
		...finish(file, parsed, issues, data),
		body: parsed.body,
		bodyStartLine: parsed.bodyStartLine,
	};
}

/** Validates `content/skpd/<id>.yml`. */
export function validateSkpdSource(file: string, bytes: Uint8Array): Validated<Skpd> {
	const parsed = parseYamlSource(bytes);
	const issues: KeyIssue[] = [...parsed.issues];
	return finish(file, parsed, issues, parseMapping(SkpdSchema, parsed, issues));
}

/**
 * Validates `content/pemda.yml` and picks the rule set of its `tahun_penilaian`. When the year is
 * missing or unknown, `rules` falls back to the newest rule set so the rest can still be checked.
 */
export function validatePemdaSource(
	file: string,
	bytes: Uint8Array,
	options: { getRuleSet: (year: number) => RuleSet; lookup: EvidenceLookup }
): Validated<Pemda> & { rules: RuleSet } {
	const parsed = parseYamlSource(bytes);
	const issues: KeyIssue[] = [...parsed.issues];
	const years = listRuleSetYears();
	const year = isMapping(parsed.data)
		? (parsed.data as { tahun_penilaian?: unknown }).tahun_penilaian
		: undefined;
	const known = typeof year === 'number' && hasRuleSet(year);
	const rules = options.getRuleSet(known ? year : years.at(-1)!);
	if (!known && year !== undefined) {
		issues.push(
			error(
				['tahun_penilaian'],
				`tahun penilaian ${quoteValue(year)} belum memiliki aturan; tahun yang tersedia: ${years.join(', ')}`
			)
		);
	}
	const data =
		year === undefined || known
			? parseMapping(createPemdaSchema(rules), parsed, issues)
			: undefined;
	if (parsed.issues.length === 0 && isMapping(parsed.data)) {
		const spd = (parsed.data as { spd?: unknown }).spd;
		issues.push(
			...checkAnswerEvidence(
				spd,
				'spd',
				'/bukti/pemda/',
				() => rules.berkas_bukti.jenis,
				rules,
				options.lookup
			)
		);
	}
	return { ...finish(file, parsed, issues, data), rules };
}

/**
 * Score-only reading of a file that is already on the main branch (the PR check does not report on
 * unchanged files): safe parsing and only the fields scoring reads (`createScoringSchema`), without
 * the body, evidence, text and position work.
 */
export function readInnovationData(
	bytes: Uint8Array,
	rules: RuleSet
): { data?: ScoringData; body: string; bodyStartLine: number } {
	const parsed = parseMarkdownSource(bytes);
	if (parsed.issues.length > 0 || !isMapping(parsed.data))
		return { body: parsed.body, bodyStartLine: parsed.bodyStartLine };
	let schema = scoringSchemaCache.get(rules);
	if (!schema) {
		schema = createScoringSchema(rules);
		scoringSchemaCache.set(rules, schema);
	}
	const result = schema.safeParse(parsed.data);
	return {
		...(result.success ? { data: result.data } : {}),
		body: parsed.body,
		bodyStartLine: parsed.bodyStartLine,
	};
}

const scoringSchemaCache = new WeakMap<RuleSet, ReturnType<typeof createScoringSchema>>();
