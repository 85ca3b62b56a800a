/**
 * One change to an innovation in plain words, for the audit trail a citizen reads on its page:
 * "Tahapan: Uji Coba → Penerapan", "16. Regulasi Inovasi Daerah: parameter 1 → 3", "uraian diubah",
 * "verifikasi: 3 klaim diterima". Both sides are untrusted data as git kept them (a version may
 * not even parse); nothing here throws on them.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { formatDate } from '../format/date.ts';
import type { Labels } from '../site/labels.ts';

/** A version of a content file: its data (as parsed, unchecked) and its Markdown body. */
export interface Snapshot {
	data: unknown;
	body: string;
}

/** What the words need: indicator names, the profile fields' titles, and vocabulary labels. */
export interface DescribeContext {
	rules: RuleSet;
	/** Frontmatter key → its title (from the schema's `.meta`), in the schema's order. */
	titles: ReadonlyMap<string, string>;
	labels: Labels;
}

/** Most phrases one change shows; the rest are counted. */
const MOST = 5;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A short scalar in readable form (a vocabulary label, a spelled-out date), or undefined. */
function showValue(key: string, value: unknown, labels: Labels): string | undefined {
	if (typeof value === 'number') return String(value);
	if (typeof value !== 'string' || value.length > 40) return undefined;
	const vocabulary = (labels as unknown as Record<string, Record<string, string> | undefined>)[key];
	if (vocabulary?.[value]) return vocabulary[value];
	return ISO_DATE.test(value) ? formatDate(value) : value;
}

function parameterOf(answer: unknown): number {
	const value = isRecord(answer) ? answer.parameter : undefined;
	return typeof value === 'number' ? value : 0;
}

/** Caps the list: the first phrases, then how many more. */
function cap(phrases: string[]): string[] {
	return phrases.length <= MOST
		? phrases
		: [...phrases.slice(0, MOST), `dan ${phrases.length - MOST} perubahan lain`];
}

/** The profile's changed fields, in the schema's order (then any unknown key). */
function describeProfile(
	before: Record<string, unknown>,
	after: Record<string, unknown>,
	{ titles, labels }: DescribeContext
): string[] {
	const keys = [...new Set([...titles.keys(), ...Object.keys(before), ...Object.keys(after)])];
	return keys.flatMap((key) => {
		if (key === 'indikator' || same(before[key], after[key])) return [];
		const title = titles.get(key) ?? key;
		if (before[key] === undefined) return [`${title} ditambahkan`];
		if (after[key] === undefined) return [`${title} dihapus`];
		const from = showValue(key, before[key], labels);
		const to = showValue(key, after[key], labels);
		return [
			from !== undefined && to !== undefined ? `${title}: ${from} → ${to}` : `${title} diubah`,
		];
	});
}

/** Each indicator whose claimed level or evidence changed, in the guide's order. */
function describeIndicators(before: unknown, after: unknown, { rules }: DescribeContext): string[] {
	const old = isRecord(before) ? before : {};
	const now = isRecord(after) ? after : {};
	return rules.indikator.flatMap((row) => {
		const from = parameterOf(old[row.kunci]);
		const to = parameterOf(now[row.kunci]);
		const name = `${row.nomor}. ${row.nama}`;
		if (from !== to) return [`${name}: parameter ${from} → ${to}`];
		const evidence = (answer: unknown) => (isRecord(answer) ? answer.bukti : undefined);
		return same(evidence(old[row.kunci]), evidence(now[row.kunci]))
			? []
			: [`${name}: bukti diubah`];
	});
}

/**
 * The phrases of one change to `content/inovasi/<skpd>/<slug>.md`: `diajukan` for its first
 * version, else what differs, at most five phrases and a count of the rest.
 */
export function describeInnovationChange(
	before: Snapshot | undefined,
	after: Snapshot,
	context: DescribeContext
): string[] {
	if (!before) return ['diajukan'];
	if (!isRecord(before.data) || !isRecord(after.data)) return ['isi berkas diubah'];
	const phrases = [
		...describeProfile(before.data, after.data, context),
		...describeIndicators(before.data.indikator, after.data.indikator, context),
		...(before.body.trim() === after.body.trim() ? [] : ['uraian diubah']),
	];
	return cap(phrases.length > 0 ? phrases : ['penulisan dirapikan']);
}

/** Verification statuses in plain words, by how many claims took them. */
const STATUS_WORDS: Record<string, string> = {
	diterima: 'diterima',
	perbaiki: 'dikembalikan untuk diperbaiki',
	ditolak: 'ditolak',
};

/**
 * The phrases of one change to `content/verifikasi/<skpd>/<slug>.yml`: the eligibility decision,
 * and how many claims were accepted, sent back, rejected or had their verification withdrawn.
 */
export function describeVerificationChange(
	before: Snapshot | undefined,
	after: Snapshot | undefined
): string[] {
	const old = isRecord(before?.data) ? before.data : {};
	const now = isRecord(after?.data) ? after.data : {};
	const phrases: string[] = [];
	if (now.layak !== old.layak && typeof now.layak === 'boolean')
		phrases.push(now.layak ? 'dinyatakan layak dinilai' : 'dinyatakan tidak layak dinilai');
	const oldRows = isRecord(old.indikator) ? old.indikator : {};
	const newRows = isRecord(now.indikator) ? now.indikator : {};
	const counts = new Map<string, number>();
	for (const key of new Set([...Object.keys(oldRows), ...Object.keys(newRows)])) {
		if (same(oldRows[key], newRows[key])) continue;
		const status = isRecord(newRows[key]) ? String(newRows[key].status) : 'dicabut';
		counts.set(status, (counts.get(status) ?? 0) + 1);
	}
	for (const [status, n] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1)))
		phrases.push(
			status === 'dicabut'
				? `verifikasi ${n} klaim dicabut`
				: `${n} klaim ${STATUS_WORDS[status] ?? status}`
		);
	return phrases.length > 0 ? [`verifikasi: ${phrases.join(', ')}`] : [];
}
