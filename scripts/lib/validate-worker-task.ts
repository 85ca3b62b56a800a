/**
 * Worker side of `validateFilesInParallel` (loaded by `validate-worker.ts`): loads the validator,
 * sleeps until a job is posted, then claims chunks of the file list from the shared counter,
 * validates them, posts each chunk's results through the port, and flags completion.
 */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { getRuleSet } from '../../src/lib/rules/registry.ts';
import { validateClaimedChunks, type WorkerJob, type WorkerMessage } from './parallel-validate.ts';
import { createEvidenceLookup, validateInnovationFile } from './repository-fs.ts';
import { NO_JOB, SLOT } from './validation-worker.ts';

const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };

try {
	Atomics.wait(shared, SLOT.JOB, 0);
	if (Atomics.load(shared, SLOT.JOB) === NO_JOB) process.exit(0);
	const { files, root, year, agencyIds, today, fullyChecked, hashSources, scoringEntries } = receiveMessageOnPort(port)!.message as WorkerJob;
	const context = { root, rules: getRuleSet(year), agencyIds, today, lookup: createEvidenceLookup(root), ...(fullyChecked ? { fullyChecked: new Set(fullyChecked) } : {}), ...(hashSources ? { hashSources } : {}), ...(scoringEntries ? { scoringEntries } : {}) };
	validateClaimedChunks(files, shared, (file) => validateInnovationFile(file, context), (results) => port.postMessage({ results } satisfies WorkerMessage));
} catch (error) {
	port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
} finally {
	Atomics.store(shared, SLOT.DONE, 1);
	Atomics.notify(shared, SLOT.DONE);
}
