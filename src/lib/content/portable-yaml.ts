/**
 * YAML as every reader reads it: the `yaml` package's output, with each string that PyYAML, Hugo
 * or js-yaml would read differently as a plain scalar (`yes`, `012`, `1:30`, a `?` in a flow list)
 * written in double quotes. The rule is `describeDifference`, the one `check:content` warns with.
 */
import { Document, isScalar, visit } from 'yaml';
import { describeDifference } from '../validation/check-yaml-portability.ts';

/** `value` as YAML text that PyYAML, Hugo and js-yaml read alike. */
export function stringifyPortable(value: unknown): string {
	const doc = new Document(value);
	visit(doc, {
		Scalar(_key, node) {
			if (isScalar(node) && typeof node.value === 'string' && describeDifference(node.value, true))
				node.type = 'QUOTE_DOUBLE';
		},
	});
	return doc.toString({ lineWidth: 0 });
}
