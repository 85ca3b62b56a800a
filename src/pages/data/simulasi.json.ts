import { getSimulationDocument } from '../../page-data/simulation.ts';

/** `/data/simulasi.json`: the simulator's starting data and rule set. */
export function GET() {
	return new Response(`${JSON.stringify(getSimulationDocument())}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
