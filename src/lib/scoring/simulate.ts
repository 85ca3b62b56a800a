/**
 * The simulator's model: the region's answers as plain data, a set of changes (SPD rows, indicator
 * parameters, hypothetical innovations), and the engine's result for them. Runs in the browser
 * with exactly the modules the build uses; changes round-trip through the URL.
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import type { EligibilityInput } from './eligibility.ts';
import { computeSpd } from './maturity.ts';
import {
	computeRegion,
	scoreInnovation,
	type RegionScore,
	type ScoredInnovation,
} from './region.ts';

/** One innovation as the simulator needs it. */
export interface SimInnovation extends EligibilityInput {
	id: string;
	nama: string;
	skpd: string;
	urusan: string;
	/** Indicator key → parameter. */
	indikator: Record<string, number>;
}

export interface SimBase {
	spd: Record<string, number>;
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

/** Scores the base with the changes applied. */
export function simulate(
	rules: RuleSet,
	base: SimBase,
	changes: SimChanges
): { region: RegionScore; inovasi: ScoredInnovation[] } {
	const spd = computeSpd(toAnswers({ ...base.spd, ...changes.spd }), rules);
	const inovasi = base.inovasi.map((innovation) =>
		scoreInnovation(
			{
				...innovation,
				indikator: toAnswers({ ...innovation.indikator, ...changes.indikator[innovation.id] }),
			},
			rules
		)
	);
	const hypothetical: ScoredInnovation[] = changes.baru.map((item, index) => ({
		id: `(baru)/${index + 1}`,
		skpd: '',
		nama: `Inovasi baru ${index + 1}`,
		urusan: item.urusan,
		tahapan: 'uji-coba',
		kematangan: item.kematangan,
		baris: [],
		wajib_kurang: [],
		kelayakan: { dinilai: true, alasan: 'hipotetis' },
	}));
	return { region: computeRegion(spd, [...inovasi, ...hypothetical], rules), inovasi };
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
		if (id && key && indicatorKeys.has(key) && parsed !== undefined)
			(changes.indikator[id] ??= {})[key] = parsed;
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
