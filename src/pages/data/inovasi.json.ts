import { getInnovationDocument } from '../../page-data/open-data.ts';

/** `/data/inovasi.json`. */
export function GET() {
	return new Response(getInnovationDocument(), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
