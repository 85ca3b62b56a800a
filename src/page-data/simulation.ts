/**
 * The simulator's starting data (every innovation's answers and the SPD answers), served as
 * `/data/simulasi.json` so the simulator page stays light however many innovations there are.
 */
import type { RuleSet } from '../schemas/rule-set.ts';
import type { SimBase } from '../lib/scoring/simulate.ts';
import { getSiteRepository, getSiteScores } from './repository.ts';
import { pickScoringFields } from '../lib/scoring/score-content.ts';

/** The region's current answers, in the simulator's shape. */
export function getSimulationBase(): SimBase {
	const repo = getSiteRepository();
	const report = getSiteScores();
	const verified = new Map(
		report.inovasi.map((innovation) => [innovation.id, innovation.verifikasi])
	);
	/** Only levels that count (omitted: 0), so the file stays small. */
	const counting = (rows: readonly { kunci: string; parameter: number }[]) =>
		Object.fromEntries(
			rows.filter((row) => row.parameter > 0).map((row) => [row.kunci, row.parameter])
		);
	return {
		spd: Object.fromEntries(
			Object.entries(repo.pemda?.spd ?? {}).map(([key, answer]) => [key, answer?.parameter ?? 0])
		),
		spd_terverifikasi: counting(report.terverifikasi.spd_baris),
		inovasi: repo.innovations.map((innovation) => ({
			...pickScoringFields(innovation),
			terverifikasi: counting(verified.get(innovation.id)?.baris ?? []),
			layak: verified.get(innovation.id)?.status_layak === 'layak',
			indikator: Object.fromEntries(
				Object.entries(innovation.data.indikator).map(([key, answer]) => [
					key,
					answer?.parameter ?? 0,
				])
			),
		})),
	};
}

/**
 * `/data/simulasi.json`: the starting data with the rule set the simulator scores by. The rules
 * (≈ 40 KB once escaped into an attribute) made parsing the page itself a 170 ms task on a
 * throttled phone; fetched with the data they cost the page nothing.
 */
export function getSimulationDocument(): SimBase & { aturan: RuleSet } {
	return { ...getSimulationBase(), aturan: getSiteRepository().rules };
}
