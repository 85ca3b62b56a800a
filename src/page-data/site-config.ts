/**
 * Settings of this deployment kept in package.json (`katalog`), read once per build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

let repo: string | null | undefined;

/** The GitHub repository `owner/name` (package.json `katalog.cms.repo`), if set. */
export function getRepositorySlug(): string | undefined {
	if (repo === undefined) {
		try {
			const json = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
				katalog?: { cms?: { repo?: string } };
			};
			repo = json.katalog?.cms?.repo ?? null;
		} catch {
			repo = null;
		}
	}
	return repo ?? undefined;
}
