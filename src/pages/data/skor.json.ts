import { getScoreDocument } from '../../page-data/open-data.ts';

/** `/data/skor.json`. */
export function GET() {
	return new Response(getScoreDocument(), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
}
