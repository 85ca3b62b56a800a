import type { GetStaticPaths } from 'astro';
import { SITE_EXPORT_FILES } from '../../../lib/export/export-files.ts';
import { getExportFile } from '../../../page-data/national-export.ts';

/** One file per export file the site publishes (`SITE_EXPORT_FILES`). */
export const getStaticPaths = (() =>
	SITE_EXPORT_FILES.map((file) => ({ params: { berkas: file.nama } }))) satisfies GetStaticPaths;

/** `/data/ekspor/<file>`: the national export, as `npm run ekspor` writes it. */
export async function GET({ params }: { params: { berkas: string } }) {
	const file = SITE_EXPORT_FILES.find((candidate) => candidate.nama === params.berkas)!;
	return new Response(Buffer.from(await getExportFile(file.nama)), {
		headers: { 'Content-Type': file.contentType },
	});
}
