/**
 * The one dictionary of user-facing site text (`src/i18n/id.json`), validated when loaded.
 */
import { z } from 'zod';
import dictionary from '../../i18n/id.json' with { type: 'json' };

const DictionarySchema = z.record(
	z.string().regex(/^[a-zA-Z0-9]+(\.[a-zA-Z0-9-]+)+$/),
	z.string().min(1)
);
const strings = DictionarySchema.parse(dictionary);

/** Keys of the dictionary. */
export type TranslationKey = keyof typeof dictionary;

/**
 * The Indonesian text of `key`; `{name}` placeholders are filled from `values`.
 * @example t('home.iid', { year: 2026 })
 */
export function t(
	key: TranslationKey | `facet.${string}`,
	values: Record<string, string | number> = {}
): string {
	const text = strings[key];
	if (text === undefined) throw new Error(`kunci terjemahan tidak ada: ${key}`);
	return text.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}
