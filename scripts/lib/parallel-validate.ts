/**
 * Validates innovation files on two threads while keeping `loadRepository` synchronous. Both
 * threads take chunks of the file list from one shared counter, so the worker's start-up time (it
 * loads its modules first) never leaves this thread waiting on a fixed half. The worker posts each
 * chunk's results as soon as it has them, and this thread reads them (`receiveMessageOnPort`)
 * between its own chunks: copying 5,000 results in one message at the end used to leave both
 * threads waiting on each other. Results keep the input order, so output is identical to the
 * serial path.
 */
import { receiveMessageOnPort } from 'node:worker_threads';
import type { InnovationFileContext, InnovationFileResult } from './repository-fs.ts';
import { validateInnovationFile } from './repository-fs.ts';
import { SLOT, takeValidationWorker } from './validation-worker.ts';

/** Files per claim: small enough to balance, large enough that the counter is not contended. */
const CHUNK_SIZE = 64;

/** What the worker is asked to validate, and in which context. */
export interface WorkerJob {
	files: readonly string[];
	root: string;
	year: number;
	agencyIds: readonly string[];
	today: string;
	fullyChecked?: string[];
	hashSources: boolean;
	scoringEntries: boolean;
}

/** What the worker posts: the results of one chunk, or why it stopped. */
export type WorkerMessage = { results: [number, InnovationFileResult][] } | { error: string };

/**
 * Claims chunks from the shared counter and validates them until the list is exhausted, handing
 * each chunk's results to `onChunk`.
 */
export function validateClaimedChunks(files: readonly string[], shared: Int32Array, validate: (file: string) => InnovationFileResult, onChunk: (results: [number, InnovationFileResult][]) => void): void {
	for (let start = Atomics.add(shared, SLOT.NEXT, CHUNK_SIZE); start < files.length; start = Atomics.add(shared, SLOT.NEXT, CHUNK_SIZE)) {
		const results: [number, InnovationFileResult][] = [];
		for (let index = start; index < Math.min(start + CHUNK_SIZE, files.length); index++) results.push([index, validate(files[index]!)]);
		onChunk(results);
	}
}

/** Validates `files` with the worker and this thread sharing the work. */
export function validateFilesInParallel(files: readonly string[], context: InnovationFileContext): InnovationFileResult[] {
	const { worker, port, shared } = takeValidationWorker();
	const job: WorkerJob = { files, root: context.root, year: context.rules.tahun, agencyIds: context.agencyIds, today: context.today, ...(context.fullyChecked ? { fullyChecked: [...context.fullyChecked] } : {}), hashSources: context.hashSources === true, scoringEntries: context.scoringEntries === true };
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
	validateClaimedChunks(files, shared, (file) => validateInnovationFile(file, context), (chunk) => {
		store(chunk);
		drain();
	});
	Atomics.wait(shared, SLOT.DONE, 0);
	drain();
	void worker.terminate();
	port.close();
	if (failure !== undefined) throw new Error(`validasi paralel gagal: ${failure}`);
	if (stored !== files.length) throw new Error('validasi paralel gagal: sebagian hasil tidak kembali');
	return results;
}
