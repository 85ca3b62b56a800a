/**
 * The national export of the current repository (`/data/ekspor/…`), the same sheets and files as
 * `npm run ekspor`, built once per build.
 */
import { buildNationalSheets, type Sheet } from '../lib/export/national-rows.ts';
import { EXPORT_FILES } from '../lib/export/export-files.ts';
import { getToday } from '../repository/today.ts';
import { getAgencyNames, getSiteRepository, getSiteScores } from './repository.ts';

let sheets: Sheet[] | undefined;

/** The export's sheets (none when `pemda.yml` is missing or invalid). */
function getSheets(): Sheet[] {
	if (!sheets) {
		const repo = getSiteRepository();
		const names = getAgencyNames();
		sheets = repo.pemda
			? buildNationalSheets({
					rules: repo.rules,
					pemda: repo.pemda,
					report: getSiteScores(),
					innovations: repo.innovations.map((entry) => ({
						...entry,
						skpdNama: names.get(entry.skpd) ?? entry.skpd,
					})),
				})
			: [];
	}
	return sheets;
}

/** The bytes of one export file, by name. */
export async function getExportFile(name: string): Promise<Uint8Array> {
	const file = EXPORT_FILES.find((candidate) => candidate.nama === name)!;
	const repo = getSiteRepository();
	return file.build(getSheets(), {
		date: getToday(),
		title: `Laporan Inovasi Daerah ${repo.pemda?.nama ?? ''} ${repo.rules.tahun}`,
	});
}
