import { getSimulationBase } from '../../page-data/simulation.ts';

/** `/data/simulasi.json`: the simulator's starting data. */
export function GET() {
	return new Response(`${JSON.stringify(getSimulationBase())}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
