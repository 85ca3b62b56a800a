/**
 * Worker side of `validateFilesInParallel`: validates its share of innovation files and reports
 * back through the given port, then flags completion in shared memory.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { getRuleSet } from '../../src/lib/rules/registry.ts';
import { createEvidenceLookup, validateInnovationFile } from './repository-fs.ts';

const { files, root, year, agencyIds, today, fullyChecked, port, done } = workerData as {
	fullyChecked?: string[];
	files: string[];
	root: string;
	year: number;
	agencyIds: string[];
	today: string;
	port: MessagePort;
	done: Int32Array;
};

try {
	const context = { root, rules: getRuleSet(year), agencyIds, today, lookup: createEvidenceLookup(root), ...(fullyChecked ? { fullyChecked: new Set(fullyChecked) } : {}) };
	port.postMessage({ results: files.map((file) => validateInnovationFile(file, context)) });
} catch (error) {
	port.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
	Atomics.store(done, 0, 1);
	Atomics.notify(done, 0);
}
