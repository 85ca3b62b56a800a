/**
 * What the form's preview pane shows (Decap's default preview prints raw keys such as `uji-coba`):
 * the innovation in the site's words, its claimed maturity, and the check's errors and warnings,
 * so an officer sees before saving what the catalogue and the pull request check will say. Pure;
 * rendered by `src/admin/preview.ts`.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { formatScore } from '../format/number.ts';
import { getMaxMaturity } from '../scoring/rules-derived.ts';
import { getLabels } from '../site/labels.ts';
import { describeProfile } from '../site/profile.ts';
import { getInnovationFieldTitles } from '../content/schema-fields.ts';
import { t } from '../i18n/t.ts';
import type { EntryCheck } from './validate-entry.ts';

export interface PreviewModel {
	nama: string;
	ringkasan: string;
	/** Title and value of each profile field the entry has, as the page shows them. */
	fakta: [string, string][];
	/** Claimed maturity and its maximum; undefined while the entry is not valid. */
	kematangan?: number;
	maksimal: number;
	/** Claimed indicators, e.g. `16. Regulasi Inovasi Daerah — 1: SK Kepala Daerah … (1 bukti, 3 poin)`. */
	klaim: string[];
	errors: string[];
	/** Required fields still empty, listed calmly (a new entry starts with all of them). */
	missing: string[];
	warnings: string[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The preview of an entry, from its data and the form's check of it. */
export function toPreviewModel(
	data: Record<string, unknown>,
	check: EntryCheck,
	rules: RuleSet
): PreviewModel {
	const facts = describeProfile(data, 'pratinjau', {
		rules,
		labels: getLabels(rules),
		titles: getInnovationFieldTitles(rules),
	}).map((row): [string, string] => [row.label, row.values.map((value) => value.text).join('; ')]);
	return {
		nama: text(data.nama),
		ringkasan: text(data.ringkasan),
		fakta: facts,
		...(check.kematangan !== undefined && { kematangan: check.kematangan }),
		maksimal: getMaxMaturity(rules),
		klaim: (check.baris ?? [])
			.filter((row) => row.parameter > 0)
			.map(
				(row) =>
					`${row.nomor}. ${row.nama} — ${row.parameter}: ${row.teks_parameter} (${t('cms.previewClaim', { evidence: row.bukti.length, points: formatScore(row.skor) })})`
			),
		errors: check.errors,
		missing: check.missing,
		warnings: check.warnings,
	};
}
