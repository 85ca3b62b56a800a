/**
 * What the form's preview pane shows (Decap's default preview prints raw keys such as `uji-coba`):
 * the innovation in the site's words, its claimed maturity, and the check's errors and warnings,
 * so an officer sees before saving what the catalogue and the pull request check will say. Pure;
 * rendered by `src/admin/preview.ts`.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { formatScore } from '../format/number.ts';
import { getMaxMaturity } from '../scoring/rules-derived.ts';
import { getLabels, labelOf } from '../site/labels.ts';
import { t } from '../i18n/t.ts';
import type { EntryCheck } from './validate-entry.ts';

export interface PreviewModel {
	nama: string;
	ringkasan: string;
	/** Label and value of each profile fact the entry has, in the site's order. */
	fakta: [string, string][];
	/** Claimed maturity and its maximum; undefined while the entry is not valid. */
	kematangan?: number;
	maksimal: number;
	/** Claimed indicators, e.g. `16. Regulasi Inovasi Daerah — 1: SK Kepala Daerah … (1 bukti, 3 poin)`. */
	klaim: string[];
	errors: string[];
	warnings: string[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
/** The label of a chosen key (empty when nothing is chosen yet). */
const label = (map: Record<string, string>, value: unknown) =>
	labelOf(map, text(value) || undefined);

/** The preview of an entry, from its data and the form's check of it. */
export function toPreviewModel(
	data: Record<string, unknown>,
	check: EntryCheck,
	rules: RuleSet
): PreviewModel {
	const labels = getLabels(rules);
	const facts: [string, string][] = [
		[t('facet.tahapan'), label(labels.tahapan, data.tahapan)],
		[t('innovation.initiator'), label(labels.inisiator, data.inisiator)],
		[t('facet.jenis'), label(labels.jenis, data.jenis)],
		[t('facet.bentuk'), label(labels.bentuk, data.bentuk)],
		[t('innovation.affairs'), label(labels.urusan, data.urusan)],
		[t('innovation.trial'), text(data.waktu_uji_coba)],
		[t('innovation.applied'), text(data.waktu_penerapan)],
		[t('innovation.link'), text(data.tautan)],
	];
	return {
		nama: text(data.nama),
		ringkasan: text(data.ringkasan),
		fakta: facts.filter(([, value]) => value),
		...(check.kematangan !== undefined && { kematangan: check.kematangan }),
		maksimal: getMaxMaturity(rules),
		klaim: (check.baris ?? [])
			.filter((row) => row.parameter > 0)
			.map(
				(row) =>
					`${row.nomor}. ${row.nama} — ${row.parameter}: ${row.teks_parameter} (${t('cms.previewClaim', { evidence: row.bukti.length, points: formatScore(row.skor) })})`
			),
		errors: check.errors,
		warnings: check.warnings,
	};
}
