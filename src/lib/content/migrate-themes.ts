/**
 * Moves an innovation's old `tematik` list into the national form's own fields: `asta_cita` (one
 * number) and `pkpn: { klaster }`. Text in, text out, changing only that one key of the
 * frontmatter (the rest of the file, comments and layout included, stays byte for byte).
 */
import type { RuleSet } from '../../schemas/rule-set.ts';

export interface ThemeMigration {
	/** The new file text (unchanged when there was nothing to move). */
	text: string;
	changed: boolean;
	/** Indonesian notes on choices made (a second Asta Cita or cluster that had to be dropped). */
	notes: string[];
}

const ASTA = /^asta-cita-(\d+)$/;
const PKPN = /^pkpn-(.+)$/;

/** Reads a one-line flow list `[a, b]` or a single value. */
function readThemes(value: string): string[] | undefined {
	const trimmed = value.trim();
	if (trimmed === '' || trimmed === '[]') return [];
	const inner =
		/^\[(.*)\]$/.exec(trimmed)?.[1] ?? (/^[a-z0-9-]+$/.test(trimmed) ? trimmed : undefined);
	return inner
		?.split(',')
		.map((item) => item.trim())
		.filter(Boolean);
}

/** Migrates one file's text; files already using `asta_cita`/`pkpn` keep them. */
export function migrateThemes(text: string, rules: RuleSet): ThemeMigration {
	const lines = text.split('\n');
	const end = lines.indexOf('---', 1);
	const index = lines.findIndex((line, i) => i > 0 && i < end && /^tematik:/.test(line));
	if (!text.startsWith('---') || index < 0) return { text, changed: false, notes: [] };
	const themes = readThemes(lines[index]!.slice('tematik:'.length).replace(/\s+#.*$/, ''));
	if (!themes)
		return {
			text,
			changed: false,
			notes: ['tematik tidak ditulis sebagai daftar satu baris [..]; pindahkan dengan tangan'],
		};
	const frontmatter = lines.slice(1, end);
	const has = (key: string) => frontmatter.some((line) => line.startsWith(`${key}:`));
	const asta = themes.map((t) => ASTA.exec(t)?.[1]).filter((n): n is string => n !== undefined);
	const clusters = themes
		.map((t) => (t === 'non-pkpn' ? t : PKPN.exec(t)?.[1]))
		.filter((k): k is string => k !== undefined && rules.klaster_pkpn.some((c) => c.kunci === k));
	const notes: string[] = [];
	if (asta.length > 1)
		notes.push(`asta_cita hanya satu: dipakai ${asta[0]}, ${asta.slice(1).join(', ')} dilepas`);
	if (clusters.length > 1)
		notes.push(
			`pkpn hanya satu klaster: dipakai ${clusters[0]}, ${clusters.slice(1).join(', ')} dilepas`
		);
	const added = [
		...(asta[0] && !has('asta_cita') ? [`asta_cita: ${asta[0]}`] : []),
		...(clusters[0] && !has('pkpn') ? [`pkpn: { klaster: ${clusters[0]} }`] : []),
	];
	lines.splice(index, 1, ...added);
	return { text: lines.join('\n'), changed: true, notes };
}
