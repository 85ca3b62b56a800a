/**
 * The simulator's changes in plain words: the list a coordinator sees beside the result (what was
 * changed, from which level to which, with the option text), the way to undo one, and the signed
 * difference an edit made to an index. The simulator itself scores; this only names.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { formatNumber, formatScore } from '../format/number.ts';
import { describeOption } from './option-text.ts';
import type { SimBase, SimChanges } from './simulate.ts';

/** Which change an item is, enough to undo it. */
export type SimChangeRef =
	| { jenis: 'spd'; kunci: string }
	| { jenis: 'indikator'; id: string; kunci: string }
	| { jenis: 'baru'; index: number };

/** One change as the coordinator reads it. */
export interface SimChangeItem {
	ref: SimChangeRef;
	/** What changed: `SIPANDU — 16. Regulasi inovasi daerah`. */
	apa: string;
	/** From → to, with the option text: `1 (…) → 3 (…)`. */
	perubahan: string;
}

/** The words the list needs, from the site's dictionary (the page passes them in). */
export interface SimChangeWords {
	/** `Inovasi baru` */
	newInnovation: string;
	/** `kematangan` */
	maturity: string;
	/** `belum diklaim` */
	notClaimed: string;
}

/**
 * Every change that differs from the base, in a stable order: SPD rows in the guide's order, then
 * indicators per innovation in the guide's order, then the hypothetical innovations. A value set
 * back to what the region already has is not a change and is not listed.
 */
export function listSimChanges(
	rules: RuleSet,
	base: SimBase,
	changes: SimChanges,
	words: SimChangeWords
): SimChangeItem[] {
	const level = (key: string, value: number) =>
		value === 0
			? `0 (${words.notClaimed})`
			: `${value} (${describeOption(rules, key, undefined, value)})`;
	const items: SimChangeItem[] = [];
	for (const row of rules.spd) {
		const to = changes.spd[row.kunci];
		const from = base.spd[row.kunci] ?? 0;
		if (to === undefined || to === from) continue;
		items.push({
			ref: { jenis: 'spd', kunci: row.kunci },
			apa: `SPD ${row.nomor}. ${row.nama}`,
			perubahan: `${level(row.kunci, from)} → ${level(row.kunci, to)}`,
		});
	}
	for (const innovation of base.inovasi) {
		const changed = changes.indikator[innovation.id];
		if (!changed) continue;
		for (const row of rules.indikator) {
			const to = changed[row.kunci];
			const from = innovation.indikator[row.kunci] ?? 0;
			if (to === undefined || to === from) continue;
			items.push({
				ref: { jenis: 'indikator', id: innovation.id, kunci: row.kunci },
				apa: `${innovation.nama} — ${row.nomor}. ${row.nama}`,
				perubahan: `${level(row.kunci, from)} → ${level(row.kunci, to)}`,
			});
		}
	}
	const affairs = new Map(rules.urusan.map((row) => [row.kunci, row.nama]));
	changes.baru.forEach((item, index) =>
		items.push({
			ref: { jenis: 'baru', index },
			apa: `${words.newInnovation} ${index + 1}`,
			perubahan: `${affairs.get(item.urusan) ?? item.urusan}, ${words.maturity} ${formatScore(item.kematangan)}`,
		})
	);
	return items;
}

/** The changes without the one `ref` names (a new object; the input is left as it is). */
export function removeSimChange(changes: SimChanges, ref: SimChangeRef): SimChanges {
	const next: SimChanges = {
		spd: { ...changes.spd },
		indikator: Object.fromEntries(
			Object.entries(changes.indikator).map(([id, rows]) => [id, { ...rows }])
		),
		baru: [...changes.baru],
	};
	if (ref.jenis === 'spd') delete next.spd[ref.kunci];
	else if (ref.jenis === 'baru') next.baru.splice(ref.index, 1);
	else {
		const rows = next.indikator[ref.id];
		if (rows) {
			delete rows[ref.kunci];
			if (Object.keys(rows).length === 0) delete next.indikator[ref.id];
		}
	}
	return next;
}

/**
 * The signed difference an edit made, rounded as the site shows an index: `+0,14`, `−0,20`
 * (a true minus sign, read as "minus"), `±0,00`.
 */
export function formatDelta(before: number, after: number): string {
	const difference = Math.round((after - before) * 100) / 100;
	if (difference === 0) return `±${formatNumber(0)}`;
	return `${difference > 0 ? '+' : '−'}${formatNumber(Math.abs(difference))}`;
}
