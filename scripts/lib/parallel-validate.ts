/**
 * Validates innovation files on two threads while keeping `loadRepository` synchronous. Both
 * threads take chunks of the file list from one shared counter, so the worker's start-up time (it
 * loads its modules first) never leaves this thread waiting on a fixed half. The worker's results
 * come back through a message port read with `receiveMessageOnPort` once it signals through
 * shared memory. Results keep the input order, so output is identical to the serial path.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { InnovationFileContext, InnovationFileResult } from './repository-fs.ts';
import { validateInnovationFile } from './repository-fs.ts';

/** Files per claim: small enough to balance, large enough that the counter is not contended. */
const CHUNK_SIZE = 64;

/** Shared state: [0] the next unclaimed index, [1] set to 1 when the worker is done. */
const NEXT = 0;
export const DONE = 1;

/** Claims chunks from the shared counter and validates them until the list is exhausted. */
export function validateClaimedChunks(files: readonly string[], shared: Int32Array, validate: (file: string) => InnovationFileResult): [number, InnovationFileResult][] {
	const results: [number, InnovationFileResult][] = [];
	for (let start = Atomics.add(shared, NEXT, CHUNK_SIZE); start < files.length; start = Atomics.add(shared, NEXT, CHUNK_SIZE)) {
		for (let index = start; index < Math.min(start + CHUNK_SIZE, files.length); index++) results.push([index, validate(files[index]!)]);
	}
	return results;
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
	for (const [index, result] of validateClaimedChunks(files, shared, (file) => validateInnovationFile(file, context))) results[index] = result;
	Atomics.wait(shared, DONE, 0);
	const message = receiveMessageOnPort(port1)?.message as { results?: [number, InnovationFileResult][]; error?: string } | undefined;
	void worker.terminate();
	port1.close();
	if (!message?.results) throw new Error(`validasi paralel gagal: ${message?.error ?? 'tidak ada hasil'}`);
	for (const [index, result] of message.results) results[index] = result;
	return results;
}
