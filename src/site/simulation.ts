/**
 * The simulator's starting data (every innovation's answers and the SPD answers), served as
 * `/data/simulasi.json` so the simulator page stays light however many innovations there are.
 */
import type { SimBase } from '../lib/scoring/simulate.ts';
import { getSiteRepository } from './repository.ts';

/** The region's current answers, in the simulator's shape. */
export function getSimulationBase(): SimBase {
	const repo = getSiteRepository();
	return {
		spd: Object.fromEntries(Object.entries(repo.pemda?.spd ?? {}).map(([key, answer]) => [key, answer?.parameter ?? 0])),
		inovasi: repo.innovations.map(({ id, skpd, data }) => ({
			id,
			skpd,
			nama: data.nama,
			urusan: data.urusan,
			tahapan: data.tahapan,
			waktu_uji_coba: data.waktu_uji_coba,
			waktu_penerapan: data.waktu_penerapan,
			waktu_pengembangan: data.waktu_pengembangan,
			indikator: Object.fromEntries(Object.entries(data.indikator).map(([key, answer]) => [key, answer?.parameter ?? 0])),
		})),
	};
}
