/**
 * The simulator's starting data (every innovation's answers and the SPD answers), served as
 * `/data/simulasi.json` so the simulator page stays light however many innovations there are.
 */
import type { SimBase } from '../lib/scoring/simulate.ts';
import { getSiteRepository } from './repository.ts';
import { pickScoringFields } from '../lib/scoring/score-content.ts';

/** The region's current answers, in the simulator's shape. */
export function getSimulationBase(): SimBase {
	const repo = getSiteRepository();
	return {
		spd: Object.fromEntries(
			Object.entries(repo.pemda?.spd ?? {}).map(([key, answer]) => [key, answer?.parameter ?? 0])
		),
		inovasi: repo.innovations.map((innovation) => ({
			...pickScoringFields(innovation),
			indikator: Object.fromEntries(
				Object.entries(innovation.data.indikator).map(([key, answer]) => [
					key,
					answer?.parameter ?? 0,
				])
			),
		})),
	};
}
