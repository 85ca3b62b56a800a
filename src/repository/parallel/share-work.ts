/**
 * Main thread: validates innovation files on two threads while keeping `loadRepository`
 * synchronous. Both threads take chunks of the file list from one shared counter, so the worker's
 * start-up time (it loads its modules first) never leaves this thread waiting on a fixed half. The
 * worker posts each chunk's results as soon as it has them, and this thread reads them
 * (`receiveMessageOnPort`) between its own chunks: copying 5,000 results in one message at the end
 * used to leave both threads waiting on each other. Results keep the input order, so output is
 * identical to the serial path.
 */
import { receiveMessageOnPort } from 'node:worker_threads';
import {
	validateInnovationFile,
	type InnovationFileContext,
	type InnovationFileResult,
} from '../innovation-file-fs.ts';
import { SLOT, validateClaimedChunks, type WorkerJob, type WorkerMessage } from './chunks.ts';
import { takeValidationWorker } from './start-worker.ts';

/** Validates `files` with the worker and this thread sharing the work. */
export function validateFilesInParallel(
	files: readonly string[],
	context: InnovationFileContext
): InnovationFileResult[] {
	const { worker, port, shared } = takeValidationWorker();
	const job: WorkerJob = {
		files,
		root: context.root,
		year: context.rules.tahun,
		agencyIds: context.agencyIds,
		today: context.today,
		...(context.region ? { region: context.region } : {}),
		keep: context.keep,
		cacheKeys: context.cacheKeys,
		...(context.changed ? { changed: [...context.changed] } : {}),
	};
	port.postMessage(job);
	Atomics.store(shared, SLOT.JOB, 1);
	Atomics.notify(shared, SLOT.JOB);
	const results = new Array<InnovationFileResult>(files.length);
	let stored = 0;
	const store = (chunk: [number, InnovationFileResult][]) => {
		for (const [index, result] of chunk) results[index] = result;
		stored += chunk.length;
	};
	let failure: string | undefined;
	const drain = () => {
		for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
			const posted = message.message as WorkerMessage;
			if ('error' in posted) failure = posted.error;
			else store(posted.results);
		}
	};
	validateClaimedChunks(
		files,
		shared,
		(file) => validateInnovationFile(file, context),
		(chunk) => {
			store(chunk);
			drain();
		}
	);
	Atomics.wait(shared, SLOT.DONE, 0);
	drain();
	void worker.terminate();
	port.close();
	if (failure !== undefined) throw new Error(`validasi paralel gagal: ${failure}`);
	if (stored !== files.length)
		throw new Error('validasi paralel gagal: sebagian hasil tidak kembali');
	return results;
}
