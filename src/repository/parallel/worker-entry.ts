/**
 * Worker thread: entry of the second validation thread (started by `start-worker.ts`). Switches on
 * the Node compile cache before the validator's modules load, then runs `worker-task.ts`, which
 * waits for its job.
 */
import { enableCompileCache } from 'node:module';
import { workerData, type MessagePort } from 'node:worker_threads';
import { SLOT } from './chunks.ts';

enableCompileCache();
try {
	await import('./worker-task.ts');
} catch (error) {
	// The task flags completion itself; if it cannot even load, the waiting thread must still wake.
	const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };
	port.postMessage({ error: error instanceof Error ? error.message : String(error) });
	Atomics.store(shared, SLOT.DONE, 1);
	Atomics.notify(shared, SLOT.DONE);
}
