/**
 * Validates innovation files on two threads while keeping `loadRepository` synchronous. Both
 * threads take chunks of the file list from one shared counter, so the worker's start-up time (it
 * loads its modules first) never leaves this thread waiting on a fixed half. The worker posts each
 * chunk's results as soon as it has them, and this thread reads them (`receiveMessageOnPort`)
 * between its own chunks: copying 5,000 results in one message at the end used to leave both
 * threads waiting on each other. Results keep the input order, so output is identical to the
 * serial path.
 */
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { InnovationFileContext, InnovationFileResult } from './repository-fs.ts';
import { validateInnovationFile } from './repository-fs.ts';

/** Files per claim: small enough to balance, large enough that the counter is not contended. */
const CHUNK_SIZE = 64;

/** Shared state: [0] the next unclaimed index, [1] set to 1 when the worker is done. */
const NEXT = 0;
export const DONE = 1;

/** What the worker posts: the results of one chunk, or why it stopped. */
export type WorkerMessage = { results: [number, InnovationFileResult][] } | { error: string };

/**
 * Claims chunks from the shared counter and validates them until the list is exhausted, handing
 * each chunk's results to `onChunk`.
 */
export function validateClaimedChunks(files: readonly string[], shared: Int32Array, validate: (file: string) => InnovationFileResult, onChunk: (results: [number, InnovationFileResult][]) => void): void {
	for (let start = Atomics.add(shared, NEXT, CHUNK_SIZE); start < files.length; start = Atomics.add(shared, NEXT, CHUNK_SIZE)) {
		const results: [number, InnovationFileResult][] = [];
		for (let index = start; index < Math.min(start + CHUNK_SIZE, files.length); index++) results.push([index, validate(files[index]!)]);
		onChunk(results);
	}
}

/** Validates `files` with the worker and this thread sharing the work. */
export function validateFilesInParallel(files: readonly string[], context: InnovationFileContext): InnovationFileResult[] {
	const shared = new Int32Array(new SharedArrayBuffer(8));
	const { port1, port2 } = new MessageChannel();
	const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
		workerData: { files, root: context.root, year: context.rules.tahun, agencyIds: context.agencyIds, today: context.today, fullyChecked: context.fullyChecked ? [...context.fullyChecked] : undefined, hashSources: context.hashSources === true, scoringEntries: context.scoringEntries === true, port: port2, shared },
		transferList: [port2],
	});
	const results = new Array<InnovationFileResult>(files.length);
	let stored = 0;
	const store = (chunk: [number, InnovationFileResult][]) => {
		for (const [index, result] of chunk) results[index] = result;
		stored += chunk.length;
	};
	let failure: string | undefined;
	const drain = (port: MessagePort) => {
		for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
			const posted = message.message as WorkerMessage;
			if ('error' in posted) failure = posted.error;
			else store(posted.results);
		}
	};
	validateClaimedChunks(files, shared, (file) => validateInnovationFile(file, context), (chunk) => {
		store(chunk);
		drain(port1);
	});
	Atomics.wait(shared, DONE, 0);
	drain(port1);
	void worker.terminate();
	port1.close();
	if (failure !== undefined) throw new Error(`validasi paralel gagal: ${failure}`);
	if (stored !== files.length) throw new Error('validasi paralel gagal: sebagian hasil tidak kembali');
	return results;
}
