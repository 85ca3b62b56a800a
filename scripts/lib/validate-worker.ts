/**
 * Worker entry of `validateFilesInParallel` (started by `validation-worker.ts`): switches on the
 * Node compile cache before the validator's modules load, then runs `validate-worker-task.ts`,
 * which waits for its job.
 */
import { enableCompileCache } from 'node:module';
import { workerData, type MessagePort } from 'node:worker_threads';
import { SLOT } from './validation-worker.ts';

enableCompileCache();
try {
	await import('./validate-worker-task.ts');
} catch (error) {
	// The task flags completion itself; if it cannot even load, the waiting thread must still wake.
	const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };
	port.postMessage({ error: error instanceof Error ? error.message : String(error) });
	Atomics.store(shared, SLOT.DONE, 1);
	Atomics.notify(shared, SLOT.DONE);
}
