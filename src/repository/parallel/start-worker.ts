/**
 * Main thread: the second validation thread, started as early as possible. A worker spends about half a second
 * loading the validator's modules; started by the CLI entry point before the command loads its own
 * modules, both threads load at once instead of one after the other. The worker then sleeps until
 * `validateFilesInParallel` hands it a job. Imports nothing but `node:worker_threads` and the
 * constants of `chunks.ts`, so starting it costs the entry point nothing.
 */
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { NO_JOB, SLOT } from './chunks.ts';

/** A started worker: its job goes through `port`, progress through `shared`. */
export interface ValidationWorker {
	worker: Worker;
	port: MessagePort;
	shared: Int32Array;
}

let started: ValidationWorker | undefined;

/** Starts the worker (idempotent). Unreferenced: a command that never uses it still exits. */
export function startValidationWorker(): ValidationWorker {
	if (started) return started;
	const shared = new Int32Array(new SharedArrayBuffer(12));
	const { port1, port2 } = new MessageChannel();
	const worker = new Worker(new URL('./worker-entry.ts', import.meta.url), {
		workerData: { port: port2, shared },
		transferList: [port2],
	});
	worker.unref();
	started = { worker, port: port1, shared };
	// A worker that never gets a job is told so at exit: one still sleeping on the job slot would
	// otherwise keep the process from ending (seen under load, with small repositories).
	process.once('exit', () => {
		if (Atomics.load(shared, SLOT.JOB) !== 0) return;
		Atomics.store(shared, SLOT.JOB, NO_JOB);
		Atomics.notify(shared, SLOT.JOB);
	});
	return started;
}

/** The started worker for one job (starting it now if the entry point did not); each is used once. */
export function takeValidationWorker(): ValidationWorker {
	const worker = startValidationWorker();
	started = undefined;
	return worker;
}
