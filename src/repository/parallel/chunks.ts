/**
 * What both sides of the validation thread pair share: the layout of their shared memory, the job
 * the main thread posts, the messages the worker posts back, and the loop both run — claim a chunk
 * of files from one counter, validate it, hand the results on.
 */
import type { Bounds } from '../../lib/validation/check-national-form.ts';
import type { InnovationFileResult, Keep } from '../innovation-file-fs.ts';

/** Layout of the shared Int32Array: next unclaimed index, worker done, job posted. */
export const SLOT = { NEXT: 0, DONE: 1, JOB: 2 } as const;

/** Value of the job slot that tells the worker to stop without work. */
export const NO_JOB = -1;

/** Files per claim: small enough to balance, large enough that the counter is not contended. */
const CHUNK_SIZE = 64;

/** What the worker is asked to validate, and in which context (structured-clonable). */
export interface WorkerJob {
	files: readonly string[];
	root: string;
	year: number;
	agencyIds: readonly string[];
	today: string;
	region?: Bounds;
	changed?: string[];
	keep: Keep;
	cacheKeys: boolean;
}

/** What the worker posts: the results of one chunk, or why it stopped. */
export type WorkerMessage = { results: [number, InnovationFileResult][] } | { error: string };

/**
 * Claims chunks from the shared counter and validates them until the list is exhausted, handing
 * each chunk's results to `onChunk`.
 */
export function validateClaimedChunks(
	files: readonly string[],
	shared: Int32Array,
	validate: (file: string) => InnovationFileResult,
	onChunk: (results: [number, InnovationFileResult][]) => void
): void {
	for (
		let start = Atomics.add(shared, SLOT.NEXT, CHUNK_SIZE);
		start < files.length;
		start = Atomics.add(shared, SLOT.NEXT, CHUNK_SIZE)
	) {
		const results: [number, InnovationFileResult][] = [];
		for (let index = start; index < Math.min(start + CHUNK_SIZE, files.length); index++)
			results.push([index, validate(files[index]!)]);
		onChunk(results);
	}
}
