import { getInnovationDocument } from '../../site/open-data.ts';

/** `/data/inovasi.json`. */
export function GET() {
	return new Response(getInnovationDocument(), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
