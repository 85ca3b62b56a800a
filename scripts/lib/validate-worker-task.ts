/**
 * Worker side of `validateFilesInParallel` (loaded by `validate-worker.ts`): claims chunks of the
 * file list from the shared counter, validates them, posts each chunk's results through the given
 * port, then flags completion in shared memory.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { getRuleSet } from '../../src/lib/rules/registry.ts';
import { DONE, validateClaimedChunks, type WorkerMessage } from './parallel-validate.ts';
import { createEvidenceLookup, validateInnovationFile } from './repository-fs.ts';

const { files, root, year, agencyIds, today, fullyChecked, hashSources, scoringEntries, port, shared } = workerData as {
	fullyChecked?: string[];
	hashSources: boolean;
	scoringEntries: boolean;
	files: string[];
	root: string;
	year: number;
	agencyIds: string[];
	today: string;
	port: MessagePort;
	shared: Int32Array;
};

try {
	const context = { root, rules: getRuleSet(year), agencyIds, today, lookup: createEvidenceLookup(root), ...(fullyChecked ? { fullyChecked: new Set(fullyChecked) } : {}), ...(hashSources ? { hashSources } : {}), ...(scoringEntries ? { scoringEntries } : {}) };
	validateClaimedChunks(files, shared, (file) => validateInnovationFile(file, context), (results) => port.postMessage({ results } satisfies WorkerMessage));
} catch (error) {
	port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
} finally {
	Atomics.store(shared, DONE, 1);
	Atomics.notify(shared, DONE);
}
