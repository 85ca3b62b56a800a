/**
 * Worker thread: loads the validator, sleeps until a job is posted, then claims chunks of the file
 * list from the shared counter, validates them, posts each chunk's results through the port, and
 * flags completion.
 */
import { receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';
import { getRuleSet } from '../../lib/rules/registry.ts';
import { validateInnovationFile, type InnovationFileContext } from '../innovation-file-fs.ts';
import { openPublicTree } from '../public-tree-fs.ts';
import {
	NO_JOB,
	SLOT,
	validateClaimedChunks,
	type WorkerJob,
	type WorkerMessage,
} from './chunks.ts';

const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };

try {
	Atomics.wait(shared, SLOT.JOB, 0);
	if (Atomics.load(shared, SLOT.JOB) === NO_JOB) process.exit(0);
	const { files, root, year, agencyIds, today, region, changed, keep, cacheKeys } =
		receiveMessageOnPort(port)!.message as WorkerJob;
	const context: InnovationFileContext = {
		root,
		rules: getRuleSet(year),
		agencyIds,
		today,
		...(region ? { region } : {}),
		lookup: openPublicTree(root).lookup,
		keep,
		cacheKeys,
		...(changed ? { changed: new Set(changed) } : {}),
	};
	validateClaimedChunks(
		files,
		shared,
		(file) => validateInnovationFile(file, context),
		(results) => port.postMessage({ results } satisfies WorkerMessage)
	);
} catch (error) {
	port.postMessage({
		error: error instanceof Error ? error.message : String(error),
	} satisfies WorkerMessage);
} finally {
	Atomics.store(shared, SLOT.DONE, 1);
	Atomics.notify(shared, SLOT.DONE);
}
