/**
 * Validates innovation files on two threads while keeping `loadRepository` synchronous: a worker
 * takes the second half, this thread the first; the worker's results come back through a message
 * port read with `receiveMessageOnPort` once it signals through shared memory. Results keep the
 * input order, so output is identical to the serial path.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { InnovationFileContext, InnovationFileResult } from './repository-fs.ts';
import { validateInnovationFile } from './repository-fs.ts';

/** Validates `files` with the worker and this thread sharing the work. */
export function validateFilesInParallel(files: readonly string[], context: InnovationFileContext): InnovationFileResult[] {
	const half = Math.ceil(files.length / 2);
	const done = new Int32Array(new SharedArrayBuffer(4));
	const { port1, port2 } = new MessageChannel();
	const worker = new Worker(new URL('./validate-worker.ts', import.meta.url), {
		workerData: { files: files.slice(half), root: context.root, year: context.rules.tahun, agencyIds: context.agencyIds, today: context.today, fullyChecked: context.fullyChecked ? [...context.fullyChecked] : undefined, port: port2, done },
		transferList: [port2],
	});
	const mine = files.slice(0, half).map((file) => validateInnovationFile(file, context));
	Atomics.wait(done, 0, 0);
	const message = receiveMessageOnPort(port1)?.message as { results?: InnovationFileResult[]; error?: string } | undefined;
	void worker.terminate();
	port1.close();
	if (!message?.results) throw new Error(`validasi paralel gagal: ${message?.error ?? 'tidak ada hasil'}`);
	return [...mine, ...message.results];
}
