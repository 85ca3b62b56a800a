/**
 * The national export of the current repository (`/data/ekspor/…`), the same sheets and files as
 * `npm run ekspor`, built once per build.
 *
 * The workbook is most of a large build's extra work (exceljs, about 20 s at 10,000 innovations):
 * `startSiteExport`, called once the content is loaded, builds it on a second thread while Vite
 * bundles and Astro renders the pages, and the download's endpoint only waits for it.
 */
import { Worker } from 'node:worker_threads';
import { buildNationalSheets, type Sheet } from '../lib/export/national-rows.ts';
import { EXPORT_FILES, SITE_EXPORT_FILES } from '../lib/export/export-files.ts';
import { getSiteAddress } from '../lib/site/site-address.ts';
import { getToday } from '../repository/today.ts';
import { getAgencyNames, getSiteRepository, getSiteScores } from './repository.ts';

/** Shared between Astro's content phase and its page bundle, which are separate module graphs. */
const cache: { sheets?: Sheet[]; files?: Promise<Map<string, Uint8Array>> } = ((
	globalThis as { __katalogExport?: object }
).__katalogExport ??= {});

/** The export's sheets (none when `pemda.yml` is missing or invalid). */
function getSheets(): Sheet[] {
	if (!cache.sheets) {
		const repo = getSiteRepository();
		const names = getAgencyNames();
		cache.sheets = repo.pemda
			? buildNationalSheets({
					rules: repo.rules,
					pemda: repo.pemda,
					report: getSiteScores(),
					innovations: repo.innovations.map((entry) => ({
						...entry,
						skpdNama: names.get(entry.skpd) ?? entry.skpd,
					})),
					site: getSiteAddress(repo.pemda.situs, process.env),
				})
			: [];
	}
	return cache.sheets;
}

function getContext() {
	const repo = getSiteRepository();
	return {
		date: getToday(),
		title: `Laporan Inovasi Daerah ${repo.pemda?.nama ?? ''} ${repo.rules.tahun}`,
	};
}

/** Starts building the files the site publishes on a worker thread (once per build). */
export function startSiteExport(): void {
	cache.files ??= new Promise((resolve, reject) => {
		const names = SITE_EXPORT_FILES.map((file) => file.nama);
		const worker = new Worker(new URL('./export-worker.ts', import.meta.url), {
			workerData: { names, sheets: getSheets(), ...getContext() },
		});
		worker.once('message', (files: Uint8Array[]) =>
			resolve(new Map(names.map((name, index) => [name, files[index]!])))
		);
		worker.once('error', reject);
		worker.once('exit', (code) => {
			if (code !== 0) reject(new Error(`pembuat berkas ekspor berhenti dengan kode ${code}`));
		});
	});
}

/** The bytes of one export file, by name: from the worker when it was started, else built here. */
export async function getExportFile(name: string): Promise<Uint8Array> {
	const started = await cache.files;
	const built = started?.get(name);
	if (built) return built;
	const file = EXPORT_FILES.find((candidate) => candidate.nama === name)!;
	return file.build(getSheets(), getContext());
}
