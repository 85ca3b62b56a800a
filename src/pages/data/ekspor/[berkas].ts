import type { GetStaticPaths } from 'astro';
import { EXPORT_FILES } from '../../../lib/export/export-files.ts';
import { getExportFile } from '../../../page-data/national-export.ts';

/** One file per entry of the export (`EXPORT_FILES`). */
export const getStaticPaths = (() =>
	EXPORT_FILES.map((file) => ({ params: { berkas: file.nama } }))) satisfies GetStaticPaths;

/** `/data/ekspor/<file>`: the national export, as `npm run ekspor` writes it. */
export async function GET({ params }: { params: { berkas: string } }) {
	const file = EXPORT_FILES.find((candidate) => candidate.nama === params.berkas)!;
	return new Response(Buffer.from(await getExportFile(file.nama)), {
		headers: { 'Content-Type': file.contentType },
	});
}
