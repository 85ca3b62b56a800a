/**
 * Worker entry of `validateFilesInParallel`: switches on the Node compile cache before the
 * validator's modules load (a worker starts from scratch, and its start-up delays its share of the
 * files), then runs `validate-worker-task.ts`.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./validate-worker-task.ts');
