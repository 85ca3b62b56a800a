/**
 * `npm run verifikasi [-- <perintah> …]`: the coordinators' verification of the agencies' claims.
 * Without a command it prints the queue per agency; `terima`, `perbaiki`, `tolak`, `layak` and
 * `tidak-layak` write `content/verifikasi/<skpd>/<slug>.yml` (or `pemda.yml` for SPD rows). See
 * `scripts/commands/verify.ts` for the usage text.
 */
import { enableCompileCache } from 'node:module';
import { startValidationWorker } from '../src/repository/parallel/start-worker.ts';

// Entry point only: compile cache first, and the second validation thread starts loading now.
enableCompileCache();
if (!process.argv.slice(2).some((arg) => arg === '--help' || arg === '--bantuan'))
	startValidationWorker();
await import('./commands/verify.ts');
