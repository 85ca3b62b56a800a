/**
 * An innovation's profile as a reader sees it, from the one declaration of shown fields
 * (`lib/content/profile-fields.ts`): each field's title (the schema's) and its values in words —
 * a vocabulary label, an affair's name, a spelled-out date, a link. The page and the form's
 * preview render these rows; neither names a field itself.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import {
	listProfileFields,
	type ProfileField,
	type ProfilePlace,
} from '../content/profile-fields.ts';
import { formatDate } from '../format/date.ts';
import type { Labels } from './labels.ts';
import { normaliseUrl } from './url.ts';

/** One shown value: its text, and where it links when it is a link. */
export interface ProfileValue {
	text: string;
	href?: string;
}

/** One row: the field's key and title, and its values (never empty). */
export interface ProfileRow {
	key: string;
	label: string;
	values: ProfileValue[];
}

/** What the words need: field titles, vocabularies, the rule set's lists, the agency's name. */
export interface ProfileContext {
	rules: RuleSet;
	labels: Labels;
	titles: ReadonlyMap<string, string>;
	/** The owning agency's name (the `skpd` field). */
	skpdNama?: string;
}

const list = (value: unknown): unknown[] =>
	Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];

function readValues(field: ProfileField, value: unknown, context: ProfileContext): ProfileValue[] {
	const { rules, labels } = context;
	const strings = list(value).filter(
		(item): item is string => typeof item === 'string' && item !== ''
	);
	switch (field.format) {
		case 'skpd':
			return context.skpdNama ? [{ text: context.skpdNama }] : [];
		case 'pilihan': {
			const vocabulary =
				(labels as unknown as Record<string, Record<string, string>>)[field.key] ?? {};
			return strings.map((item) => ({ text: vocabulary[item] ?? item }));
		}
		case 'urusan':
			return strings.map((item) => ({ text: labels.urusan[item] ?? item }));
		case 'tanggal':
			return strings.map((item) => ({
				text: /^\d{4}-\d{2}-\d{2}$/.test(item) ? formatDate(item) : item,
			}));
		case 'tautan':
			return strings.map((item) => ({ text: item, href: normaliseUrl(item) }));
		case 'teks':
			return strings.map((item) => ({ text: item }));
		case 'asta-cita':
			return list(value).flatMap((item) => {
				const row = rules.asta_cita.find((entry) => entry.nomor === item);
				return row ? [{ text: `${row.nomor}. ${row.nama}` }] : [];
			});
		case 'pkpn': {
			if (typeof value !== 'object' || value === null) return [];
			const { klaster, program } = value as { klaster?: unknown; program?: unknown };
			const cluster = rules.klaster_pkpn.find((entry) => entry.kunci === klaster);
			if (!cluster) return [];
			return [
				{
					text:
						typeof program === 'string' && program ? `${cluster.nama} — ${program}` : cluster.nama,
				},
			];
		}
	}
}

/**
 * The rows shown at `place` for an innovation's frontmatter (checked or not: the form's preview
 * passes what the officer has typed so far); fields without a value are left out.
 */
export function describeProfile(
	data: Readonly<Record<string, unknown>>,
	place: ProfilePlace,
	context: ProfileContext
): ProfileRow[] {
	return listProfileFields(place).flatMap((field) => {
		const values = readValues(field, data[field.key], context);
		return values.length > 0
			? [{ key: field.key, label: context.titles.get(field.key) ?? field.key, values }]
			: [];
	});
}
