import { getInnovationCsvDocument } from '../../page-data/open-data.ts';

/** `/data/inovasi.csv` (UTF-8 with BOM). */
export function GET() {
	return new Response(getInnovationCsvDocument(), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
}
