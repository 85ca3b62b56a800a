/**
 * PR check: the claims of a changed innovation whose file has errors. Such a file is not published
 * until fixed, but reporting it as deleted (every claim "→ 0", the claimed index falling) misleads
 * the reviewer: its scoring fields are read leniently where they can be, and where they cannot,
 * the base branch's version stands in and the report says the claims cannot be read yet.
 */
import type { InnovationEntry } from '../../../src/lib/content/innovation-entry.ts';
import { readInnovationData } from '../../../src/lib/content/validate-source.ts';
import type { InnovationData } from '../../../src/schemas/innovation.ts';
import type { Repository } from '../../../src/repository/load-repository-fs.ts';
import { getInnovationPath } from '../../../src/repository/paths.ts';

/** The entries to score in place of the files with errors, and the ids whose claims are unreadable. */
export function readChangedWithErrors(
	affected: ReadonlySet<string>,
	head: Pick<Repository, 'innovations' | 'rules'>,
	before: readonly InnovationEntry[],
	readHead: (file: string) => Uint8Array | undefined
): { entries: InnovationEntry[]; unreadable: Set<string> } {
	const valid = new Set(head.innovations.map((entry) => entry.id));
	const entries: InnovationEntry[] = [];
	const unreadable = new Set<string>();
	for (const id of [...affected].sort()) {
		if (valid.has(id)) continue;
		const file = getInnovationPath(id);
		const bytes = readHead(file);
		if (!bytes) continue;
		const [skpd = '', slug = ''] = id.split('/');
		const read = readInnovationData(bytes, head.rules);
		if (read.data) {
			entries.push({
				id,
				skpd,
				slug,
				file,
				data: read.data as unknown as InnovationData,
				body: '',
				bodyStartLine: read.bodyStartLine,
			});
			continue;
		}
		unreadable.add(id);
		const base = before.find((entry) => entry.id === id);
		if (base) entries.push(base);
	}
	return { entries, unreadable };
}
