/**
 * Display labels for keys, from the content vocabularies and the rule set (one place, so pages,
 * facets and open data use the same words).
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { CLASSIFICATIONS, FORMS, INITIATORS, STAGES, TYPES } from '../../schemas/vocabulary.ts';

/** Labels of every keyed vocabulary the site shows. */
export interface Labels {
	tahapan: Record<string, string>;
	jenis: Record<string, string>;
	bentuk: Record<string, string>;
	inisiator: Record<string, string>;
	klasifikasi: Record<string, string>;
	urusan: Record<string, string>;
	tematik: Record<string, string>;
}

/** Builds the label maps of a rule set. */
export function getLabels(rules: RuleSet): Labels {
	return {
		tahapan: { ...STAGES },
		jenis: { ...TYPES },
		bentuk: { ...FORMS },
		inisiator: { ...INITIATORS },
		klasifikasi: { ...CLASSIFICATIONS },
		urusan: Object.fromEntries(rules.urusan.map((affair) => [affair.kunci, affair.nama])),
		tematik: Object.fromEntries(rules.tematik.map((theme) => [theme.kunci, theme.nama])),
	};
}

/** The label of `key` in `map`, or the key itself when unknown. */
export function labelOf(map: Record<string, string>, key: string | undefined): string {
	return key === undefined ? '' : (map[key] ?? key);
}
