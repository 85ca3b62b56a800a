/**
 * The innovation frontmatter's key table for SKPD writers (`content/README.md`), generated from the
 * schema (each key's title and description, declared once there; its required-ness and choices)
 * and from the shown-field declaration (where a reader sees it), so the guide never disagrees with
 * what the form asks and the page shows.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { listInnovationFields, unwrapField } from '../content/schema-fields.ts';
import { PROFILE_FIELDS, type ProfilePlace } from '../content/profile-fields.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Choices listed in full up to this many; longer lists point to the tables below. */
const MOST_CHOICES = 8;

/** Where each place is, in the writer's words. */
const PLACES: Record<ProfilePlace, string> = {
	lencana: 'label di halaman',
	profil: 'profil di halaman',
	pratinjau: 'pratinjau formulir',
};

/** The enum choices of a field (also inside a list), or undefined. */
function readChoices(schema: unknown, depth = 0): string[] | undefined {
	const def = (
		schema as {
			_zod?: {
				def?: {
					type: string;
					entries?: Record<string, string>;
					element?: unknown;
					out?: unknown;
					innerType?: unknown;
				};
			};
		}
	)._zod?.def;
	if (!def || depth > 6) return undefined;
	if (def.type === 'enum' && def.entries) return Object.values(def.entries);
	const next = def.element ?? def.out ?? def.innerType;
	return next ? readChoices(next, depth + 1) : undefined;
}

type Def = {
	type: string;
	shape?: Record<string, unknown>;
	element?: unknown;
	out?: unknown;
	innerType?: unknown;
};
const defOf = (schema: unknown) => (schema as { _zod?: { def?: Def } })._zod?.def;

/** How a nested value is written: `{ klaster, program }`, or a list of them; '' for a plain value. */
function describeShape(schema: unknown, depth = 0): string {
	const def = defOf(schema);
	if (!def || depth > 6) return '';
	if (def.type === 'object' && def.shape) return `\`{ ${Object.keys(def.shape).join(', ')} }\``;
	if (def.type === 'array') {
		const item = describeShape(def.element, depth + 1);
		return item ? `daftar ${item}` : 'daftar; satu nilai saja juga boleh';
	}
	const next = def.out ?? def.innerType;
	return next ? describeShape(next, depth + 1) : '';
}

/** The key table: key, title, required, what to write, where it shows. */
export function renderFieldsMarkdown(rules: RuleSet): string {
	const shown = new Map(PROFILE_FIELDS.map((field) => [field.key, field.tampil]));
	const rows = listInnovationFields(rules).map(({ key, title, description, schema }) => {
		const { inner, optional, defaultValue } = unwrapField(schema);
		const choices = readChoices(inner);
		const values = !choices
			? ''
			: choices.length <= MOST_CHOICES
				? ` Nilai: ${choices.map((choice) => `\`${choice}\`${choice === defaultValue ? ' (bawaan)' : ''}`).join(' · ')}.`
				: ' Nilai: kunci dari daftar di bawah.';
		const places = (shown.get(key) ?? []).map((place) => PLACES[place]).join(', ') || '—';
		// The indicator answers have their own section below.
		const shape = key === 'indikator' ? '' : describeShape(inner);
		const written = shape ? ` Ditulis: ${shape}.` : '';
		return `| \`${key}\` | ${cell(title)} | ${optional ? 'tidak' : 'ya'} | ${cell(`${description ?? ''}${written}${values}`.trim())} | ${places} |`;
	});
	return [
		'| kunci | judul di formulir dan halaman | wajib | isi | tampil di |',
		'|---|---|---|---|---|',
		...rows,
	].join('\n');
}

export const FIELDS_BLOCK_START =
	'<!-- kunci:mulai (dibuat oleh npm run docs:aturan dari skema; jangan disunting) -->';
export const FIELDS_BLOCK_END = '<!-- kunci:selesai -->';

/** Replaces the generated key table of `readme`; throws if the markers are missing. */
export function replaceFieldsBlock(readme: string, rules: RuleSet): string {
	const start = readme.indexOf(FIELDS_BLOCK_START);
	const end = readme.indexOf(FIELDS_BLOCK_END);
	if (start < 0 || end < start)
		throw new Error('penanda blok kunci tidak ditemukan di content/README.md');
	return `${readme.slice(0, start + FIELDS_BLOCK_START.length)}\n\n${renderFieldsMarkdown(rules)}\n\n${readme.slice(end)}`;
}
