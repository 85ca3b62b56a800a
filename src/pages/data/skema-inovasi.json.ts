import { getSchemaDocument } from '../../page-data/open-data.ts';

/** `/data/skema-inovasi.json` (JSON Schema draft-07). */
export function GET() {
	return new Response(getSchemaDocument(), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
}
