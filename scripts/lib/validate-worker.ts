/**
 * Worker entry of `validateFilesInParallel`: switches on the Node compile cache before the
 * validator's modules load (a worker starts from scratch, and its start-up delays its share of the
 * files), then runs `validate-worker-task.ts`.
 */
import { enableCompileCache } from 'node:module';
import { workerData, type MessagePort } from 'node:worker_threads';

enableCompileCache();
try {
	await import('./validate-worker-task.ts');
} catch (error) {
	// The task flags completion itself; if it cannot even load, the waiting thread must still wake
	// (index 1 is `DONE` of parallel-validate.ts, not imported here: that import may be what failed).
	const { port, shared } = workerData as { port: MessagePort; shared: Int32Array };
	port.postMessage({ error: error instanceof Error ? error.message : String(error) });
	Atomics.store(shared, 1, 1);
	Atomics.notify(shared, 1);
}
