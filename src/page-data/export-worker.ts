/**
 * Worker thread: builds the export files the site publishes (the workbook) from the sheets it is
 * given, and posts their bytes back in the order asked. Started by `national-export.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { EXPORT_FILES } from '../lib/export/export-files.ts';
import type { Sheet } from '../lib/export/national-rows.ts';

const { names, sheets, date, title } = workerData as {
	names: string[];
	sheets: Sheet[];
	date: string;
	title: string;
};
const files: Uint8Array[] = [];
for (const name of names) {
	const file = EXPORT_FILES.find((candidate) => candidate.nama === name)!;
	files.push(await file.build(sheets, { date, title }));
}
parentPort!.postMessage(files);
