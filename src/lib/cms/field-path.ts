/**
 * A finding's key path in the words of the form: `indikator.regulasi.bukti.0` is "16. Regulasi
 * Inovasi Daerah › Bukti 1", `pkpn.klaster` is "PKPN › Klaster" — the labels the officer sees,
 * read from the form's own field tree (`innovationFields`), so they never disagree.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { BODY_LABEL, innovationFields } from './to-decap-config.ts';

type FormField = { name?: unknown; label?: unknown; fields?: unknown; field?: unknown };

const trees = new WeakMap<RuleSet, FormField[]>();

function getTree(rules: RuleSet): FormField[] {
	let tree = trees.get(rules);
	if (!tree) {
		tree = [...innovationFields(rules), { name: 'body', label: BODY_LABEL }];
		trees.set(rules, tree);
	}
	return tree;
}

/** The form's label for `path` (keys and list positions), parts joined by ` › `. */
export function describeFieldPath(path: readonly (string | number)[], rules: RuleSet): string {
	const parts: string[] = [];
	let level: FormField[] = getTree(rules);
	for (const step of path) {
		if (typeof step === 'number') {
			// A list position: "Bukti 1" — the list's own label, numbered from 1.
			if (parts.length > 0) parts[parts.length - 1] = `${parts.at(-1)} ${step + 1}`;
			else parts.push(String(step + 1));
			continue;
		}
		const field = level.find((candidate) => candidate.name === step);
		// The indicators' container adds nothing: "16. Regulasi Inovasi Daerah" says where it is.
		if (!(parts.length === 0 && step === 'indikator' && path.length > 1))
			parts.push(typeof field?.label === 'string' && field.label ? field.label : step);
		const children = field?.fields ?? (field?.field ? [field.field] : undefined);
		level = Array.isArray(children) ? (children as FormField[]) : [];
	}
	return parts.join(' › ') || 'isian';
}

/** Frontmatter keys written into a message (`waktu_uji_coba`) as their labels: only snake_case keys, never a plain word. */
export function replaceKeysWithLabels(message: string, rules: RuleSet): string {
	let text = message;
	for (const field of getTree(rules)) {
		if (typeof field.name !== 'string' || !field.name.includes('_')) continue;
		if (typeof field.label !== 'string' || !field.label) continue;
		text = text.replace(new RegExp(`\`?\\b${field.name}\\b\`?`, 'g'), field.label);
	}
	return text;
}
