import { getVerificationSchemaDocument } from '../../page-data/open-data.ts';

/** `/data/skema-verifikasi.json` (JSON Schema draft-07 of the coordinators' verification files). */
export function GET() {
	return new Response(getVerificationSchemaDocument(), {
		headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
	});
}
