/**
 * The simulator's model: the region's answers as plain data, a set of changes (SPD rows, indicator
 * parameters, hypothetical innovations), and the engine's result for them. Runs in the browser
 * with exactly the modules the build uses; changes round-trip through the URL.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { EligibilityInput } from './eligibility.ts';
import { computeSpd } from './maturity.ts';
import { computeRegion, type RegionMember, type RegionScore } from './region.ts';
import { scoreInnovation, type ScoredInnovation } from './score-region.ts';

/** One innovation as the simulator needs it. */
export interface SimInnovation extends Omit<EligibilityInput, 'indikator'> {
	id: string;
	nama: string;
	skpd: string;
	urusan: string;
	/** Indicator key → claimed parameter. */
	indikator: Record<string, number>;
	/** Indicator key → verified level that counts today (omitted: 0). */
	terverifikasi?: Record<string, number>;
	/** Declared eligible by a coordinator on today's profile. */
	layak?: boolean;
}

export interface SimBase {
	spd: Record<string, number>;
	/** SPD row → verified level that counts today (omitted: 0). */
	spd_terverifikasi?: Record<string, number>;
	inovasi: SimInnovation[];
}

export interface SimChanges {
	spd: Record<string, number>;
	/** `<innovation id>` → indicator key → parameter. */
	indikator: Record<string, Record<string, number>>;
	/** Hypothetical eligible innovations: affair and maturity. */
	baru: { urusan: string; kematangan: number }[];
}

export const NO_CHANGES: SimChanges = { spd: {}, indikator: {}, baru: [] };

const toAnswers = (parameters: Record<string, number>) =>
	Object.fromEntries(Object.entries(parameters).map(([key, parameter]) => [key, { parameter }]));

export interface SimResult {
	/** The *klaim* index with the changes. */
	region: RegionScore;
	/** The *terverifikasi* index if every change is verified as planned (and its innovation declared eligible). */
	terverifikasi: RegionScore;
	inovasi: ScoredInnovation[];
}

/** Scores the base with the changes applied, as claimed and as verified. */
export function simulate(rules: RuleSet, base: SimBase, changes: SimChanges): SimResult {
	const spd = computeSpd(toAnswers({ ...base.spd, ...changes.spd }), rules);
	const verifiedSpd = computeSpd(toAnswers({ ...base.spd_terverifikasi, ...changes.spd }), rules);
	const weights = new Map(rules.indikator.map((row) => [row.kunci, row.bobot]));
	const inovasi = base.inovasi.map((innovation) =>
		scoreInnovation(
			{
				...innovation,
				indikator: toAnswers({ ...innovation.indikator, ...changes.indikator[innovation.id] }),
			},
			rules
		)
	);
	const verified: RegionMember[] = inovasi.map((scored, index) => {
		const source = base.inovasi[index]!;
		const changed = changes.indikator[source.id];
		const levels = { ...source.terverifikasi, ...changed };
		const counts = scored.kelayakan.dinilai && (source.layak === true || changed !== undefined);
		const kematangan = Object.entries(levels).reduce(
			(sum, [key, level]) => sum + (weights.get(key) ?? 0) * level,
			0
		);
		return {
			urusan: scored.urusan,
			kematangan: counts ? kematangan : 0,
			kelayakan: { dinilai: counts },
			dilaporkan: scored.kelayakan.dinilai,
		};
	});
	const hypothetical: RegionMember[] = changes.baru.map((item) => ({
		urusan: item.urusan,
		kematangan: item.kematangan,
		kelayakan: { dinilai: true },
	}));
	return {
		region: computeRegion(spd, [...inovasi, ...hypothetical], rules),
		terverifikasi: computeRegion(verifiedSpd, [...verified, ...hypothetical], rules),
		inovasi,
	};
}

/** Changes as a URL hash (`spd=a:2&ind=skpd/slug:key:3&baru=sosial:14`), stable order. */
export function encodeChanges(changes: SimChanges): string {
	const params = new URLSearchParams();
	const spd = Object.entries(changes.spd)
		.sort()
		.map(([key, value]) => `${key}:${value}`);
	const ind = Object.entries(changes.indikator)
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.flatMap(([id, rows]) =>
			Object.entries(rows)
				.sort()
				.map(([key, value]) => `${id}:${key}:${value}`)
		);
	const baru = changes.baru.map((item) => `${item.urusan}:${item.kematangan}`);
	if (spd.length) params.set('spd', spd.join(','));
	if (ind.length) params.set('ind', ind.join(','));
	if (baru.length) params.set('baru', baru.join(','));
	return params.toString();
}

/** An innovation id as the hash carries it: `<skpd>/<slug>`, kebab-case both. */
const INNOVATION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses a hash written by `encodeChanges`; anything malformed is ignored. */
export function decodeChanges(hash: string, rules: RuleSet): SimChanges {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const max = rules.rumus.parameter_maksimal;
	const level = (text: string | undefined) => {
		const value = Number(text);
		return Number.isInteger(value) && value >= 0 && value <= max ? value : undefined;
	};
	const spdKeys = new Set(rules.spd.map((row) => row.kunci));
	const indicatorKeys = new Set(rules.indikator.map((row) => row.kunci));
	const affairs = new Set(rules.urusan.map((row) => row.kunci));
	const changes: SimChanges = { spd: {}, indikator: {}, baru: [] };
	for (const item of (params.get('spd') ?? '').split(',').filter(Boolean)) {
		const [key, value] = item.split(':');
		const parsed = level(value);
		if (key && spdKeys.has(key) && parsed !== undefined) changes.spd[key] = parsed;
	}
	for (const item of (params.get('ind') ?? '').split(',').filter(Boolean)) {
		const [id, key, value] = item.split(':');
		const parsed = level(value);
		// Only an innovation id (`skpd/slug`): a hash naming `__proto__` or `constructor` would
		// otherwise write onto Object.prototype for the whole page.
		if (id && INNOVATION_ID.test(id) && key && indicatorKeys.has(key) && parsed !== undefined)
			(Object.hasOwn(changes.indikator, id)
				? changes.indikator[id]!
				: (changes.indikator[id] = {}))[key] = parsed;
	}
	for (const item of (params.get('baru') ?? '').split(',').filter(Boolean).slice(0, 50)) {
		const [urusan, value] = item.split(':');
		const maturity = Number(value);
		if (
			urusan &&
			affairs.has(urusan) &&
			Number.isFinite(maturity) &&
			maturity >= 0 &&
			maturity <= 1000
		)
			changes.baru.push({ urusan, kematangan: maturity });
	}
	return changes;
}
