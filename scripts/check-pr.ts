/**
 * `npm run check:pr -- --base <ref> [--head <ref>] [--markdown FILE] [--github]`
 * The pull-request check, as a pipeline:
 *   1. find the files changed from the merge base to head (added, modified, renamed, deleted);
 *   2. validate the repository at head and keep the findings of the changed files;
 *   3. rebuild the innovations at base and score both sides;
 *   4. flag what needs a coordinator's attention;
 *   5. print the Indonesian report (and write it for the PR comment); exit 1 on any error.
 */
import { enableCompileCache } from 'node:module';

// Entry point only: the Node compile cache (in the OS temp folder) is switched on before the
// command and its modules load, so repeated runs (the pre-commit hook, CI steps) skip compiling
// and type-stripping them — a third of a small run's time.
enableCompileCache();
await import('./commands/check-pr.ts');
