/**
 * `npm run check:content [-- --json] [-- --github] [paths…]`
 * Validates the whole repository, or the given files in the context of the whole repository, and
 * prints one line per finding. Exit code 1 when there is at least one error, else 0.
 */
import { enableCompileCache } from 'node:module';
import { startValidationWorker } from '../src/repository/parallel/start-worker.ts';

// Entry point only: the Node compile cache (in the OS temp folder) is switched on before the
// command and its modules load, so repeated runs (the pre-commit hook, CI steps) skip compiling
// and type-stripping them — a third of a small run's time.
enableCompileCache();
// A full check validates on two threads: the second one starts loading now, alongside this one.
const args = process.argv.slice(2);
if (
	!args.some(
		(arg) => !arg.startsWith('--') || arg === '--staged' || arg === '--help' || arg === '--bantuan'
	)
)
	startValidationWorker();
await import('./commands/check-content.ts');
