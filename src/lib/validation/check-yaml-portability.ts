/**
 * Values other YAML parsers read differently. Analysts, a province and Hugo-based portals read
 * these files with PyYAML (YAML 1.1), Go's yaml (Hugo) and js-yaml; a plain (unquoted) scalar that
 * they disagree on is a warning with its fix: quote it. The cases: a `?` or `#` inside an unquoted
 * item of a flow list or map (`[https://…/watch?v=…]` is refused by PyYAML and Hugo outright),
 * YAML 1.1's booleans (`yes`, `no`, `on`, `off` become true/false there), numbers with a leading
 * zero (octal, or text, there; a number elsewhere) and sexagesimal numbers (`1:30` is 90 there).
 */
import { isCollection, isPair, isScalar, isSeq, visit, type Document } from 'yaml';
import { warning, type KeyIssue } from './finding.ts';

/** Text worth a parse at all: most files have none of these. */
const CANDIDATE = /[[{][^\]}\n]*[?#]|:\s+(?:y|n|yes|no|on|off)\s*$|:\s+0\d|:\s+\d+:\d\d\b/im;

const BOOLEAN_1_1 = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

/**
 * Why another parser reads this text, written as a plain scalar, differently; undefined when all
 * read it alike. Also what the project's own YAML writers quote (`portable-yaml.ts`).
 */
export function describeDifference(text: string, inFlow: boolean): string | undefined {
	if (inFlow && /[?#]/.test(text))
		return 'PyYAML dan Hugo menolak tanda ? atau # di dalam [ ] atau { } tanpa tanda kutip';
	if (BOOLEAN_1_1.test(text)) return 'PyYAML membacanya sebagai benar/salah (boolean)';
	if (/^0\d+$/.test(text))
		return 'angka berawalan 0 dibaca PyYAML sebagai bilangan oktal atau teks, oleh pengurai lain sebagai bilangan';
	if (/^\d+(?::[0-5]?\d)+$/.test(text)) return 'PyYAML membacanya sebagai bilangan basis 60';
	return undefined;
}

/**
 * Warnings for every plain scalar of `doc` that other parsers read differently.
 * @param yamlText the document's text, checked cheaply first
 * @param getDocument parses the document (with positions) only when the text has a candidate
 */
export function checkYamlPortability(
	yamlText: string,
	getDocument: () => Document.Parsed | undefined
): KeyIssue[] {
	if (!CANDIDATE.test(yamlText)) return [];
	const doc = getDocument();
	if (!doc) return [];
	const issues: KeyIssue[] = [];
	visit(doc, {
		Scalar(key, node, ancestors) {
			if (node.type !== 'PLAIN' || key === 'key') return;
			const inFlow = ancestors.some((ancestor) => isCollection(ancestor) && ancestor.flow === true);
			const text = typeof node.source === 'string' ? node.source : String(node.value);
			const why = describeDifference(text, inFlow);
			if (!why) return;
			const path: (string | number)[] = [];
			ancestors.forEach((ancestor, index) => {
				if (isPair(ancestor) && isScalar(ancestor.key)) path.push(String(ancestor.key.value));
				const child = ancestors[index + 1] ?? node;
				if (isSeq(ancestor)) path.push(ancestor.items.indexOf(child));
			});
			issues.push(
				warning(
					path,
					`nilai \`${text.slice(0, 80)}\` tanpa tanda kutip dibaca lain oleh pengurai YAML lain (${why}); apit dengan tanda kutip: "${text.slice(0, 80)}"`
				)
			);
		},
	});
	return issues;
}
