/**
 * Ranked recommendations for the coordinator: concrete actions and the exact IID gain of each,
 * found by re-scoring a variant of the region with the same engine (never a re-implementation).
 */
import type { RuleSet } from '../../schemas/rule-set.ts';
import { computeSpd, type ScoredAnswer } from './maturity.ts';
import { computeRegion, type ScoredInnovation } from './region.ts';
import { round2 } from './round.ts';
import { getBasicServiceKeys } from './rules-derived.ts';

export type ActionKind =
	'naikkan-indikator' | 'lengkapi-wajib' | 'tambah-inovasi-yandas' | 'naikkan-spd';

export interface Recommendation {
	jenis: ActionKind;
	/** Indonesian sentence naming the action. */
	aksi: string;
	/** Exact change of the published (2-decimal) IID. */
	kenaikan_iid: number;
	/** What evidence the guide asks for. */
	bukti: string;
	/** The innovation, indicator or row acted on. */
	sasaran: { inovasi?: string; indikator?: string; urusan?: string; spd?: string };
}

export interface RecommendInput {
	rules: RuleSet;
	spd: Readonly<Record<string, ScoredAnswer | undefined>>;
	inovasi: readonly ScoredInnovation[];
}

const KIND_ORDER: ActionKind[] = [
	'lengkapi-wajib',
	'tambah-inovasi-yandas',
	'naikkan-indikator',
	'naikkan-spd',
];

/** IID of a variant: SPD and innovations as given. */
function iidOf(rules: RuleSet, spd: number, innovations: readonly ScoredInnovation[]): number {
	return computeRegion(spd, innovations, rules).iid;
}

/** One innovation with one indicator raised by one level of `weight` (eligibility unchanged). */
function withRaised(innovation: ScoredInnovation, weight: number): ScoredInnovation {
	return { ...innovation, kematangan: innovation.kematangan + weight };
}

/** The minimal eligible innovation a coordinator can ask for: every mandatory indicator at level 1. */
export function getMinimalMaturity(rules: RuleSet): number {
	return rules.indikator
		.filter((indicator) => indicator.wajib)
		.reduce((sum, indicator) => sum + indicator.bobot, 0);
}

/**
 * Every candidate action with a positive gain, best first (ties: action kind, then text).
 * @param limit how many to return
 */
export function recommendActions(input: RecommendInput, limit = 10): Recommendation[] {
	const { rules, inovasi } = input;
	const spd = computeSpd(input.spd, rules);
	const base = iidOf(rules, spd, inovasi);
	const gain = (iid: number) => round2(iid - base);
	const actions: Recommendation[] = [];

	const indicatorRules = new Map(rules.indikator.map((indicator) => [indicator.kunci, indicator]));
	// Raising one level of weight w on any eligible innovation changes only the sum of maturities by
	// w, so every such variant scores the same: the engine runs once per distinct weight, not once
	// per candidate (which would be quadratic in the number of innovations).
	const gainByWeight = new Map<number, number>();
	const raiseGain = (index: number, weight: number) => {
		if (!gainByWeight.has(weight)) {
			const variant = [...inovasi];
			variant[index] = withRaised(inovasi[index]!, weight);
			gainByWeight.set(weight, gain(iidOf(rules, spd, variant)));
		}
		return gainByWeight.get(weight)!;
	};
	inovasi.forEach((innovation, index) => {
		if (!innovation.kelayakan.dinilai) return;
		for (const row of innovation.baris) {
			if (row.parameter >= rules.rumus.parameter_maksimal) continue;
			const mandatoryGap = row.wajib && row.parameter === 0;
			const rule = indicatorRules.get(row.kunci);
			const text = rule?.parameter[row.parameter] ?? '';
			actions.push({
				jenis: mandatoryGap ? 'lengkapi-wajib' : 'naikkan-indikator',
				aksi: `${mandatoryGap ? 'Lengkapi indikator wajib' : 'Naikkan'} ${row.nama} pada ${innovation.nama} (${innovation.id}) dari parameter ${row.parameter} ke ${row.parameter + 1}: ${text}`,
				kenaikan_iid: raiseGain(index, row.bobot),
				bukti: rule?.bukti ?? '',
				sasaran: { inovasi: innovation.id, indikator: row.kunci },
			});
		}
	});

	const covered = new Set(inovasi.filter((i) => i.kelayakan.dinilai).map((i) => i.urusan));
	const minimal = getMinimalMaturity(rules);
	for (const affair of getBasicServiceKeys(rules).filter((key) => !covered.has(key))) {
		const name = rules.urusan.find((u) => u.kunci === affair)?.nama ?? affair;
		const hypothetical: ScoredInnovation = {
			id: `(baru)/${affair}`,
			skpd: '',
			nama: 'Inovasi baru',
			urusan: affair,
			tahapan: 'uji-coba',
			kematangan: minimal,
			baris: [],
			wajib_kurang: [],
			kelayakan: { dinilai: true, alasan: '' },
		};
		actions.push({
			jenis: 'tambah-inovasi-yandas',
			aksi: `Tambah satu inovasi yang dinilai pada urusan ${name} (kematangan minimal ${minimal}: semua indikator wajib di parameter 1)`,
			kenaikan_iid: gain(iidOf(rules, spd, [...inovasi, hypothetical])),
			bukti:
				'Inovasi tahap uji coba atau penerapan dengan tanggal dalam jendela penilaian, beserta bukti indikator wajib.',
			sasaran: { urusan: affair },
		});
	}

	for (const row of rules.spd) {
		const parameter = input.spd[row.kunci]?.parameter ?? 0;
		if (parameter >= rules.rumus.parameter_maksimal) continue;
		actions.push({
			jenis: 'naikkan-spd',
			aksi: `Naikkan indikator pemda ${row.nama} dari parameter ${parameter} ke ${parameter + 1}: ${row.parameter[parameter]}`,
			kenaikan_iid: gain(iidOf(rules, spd + row.bobot, inovasi)),
			bukti: row.bukti,
			sasaran: { spd: row.kunci },
		});
	}

	return actions
		.filter((action) => action.kenaikan_iid > 0)
		.sort(
			(a, b) =>
				b.kenaikan_iid - a.kenaikan_iid ||
				KIND_ORDER.indexOf(a.jenis) - KIND_ORDER.indexOf(b.jenis) ||
				(a.aksi < b.aksi ? -1 : 1)
		)
		.slice(0, limit);
}
