/**
 * Astro integration: `astro build` publishes only the files under `public/` that passed the audit
 * (`check-public-files.ts`). Astro copies its public folder byte for byte to the site's origin, so
 * the build points it at a staging folder holding copies of exactly those files: a stray page or
 * script under `public/bukti/`, a link, a dangling link — each is named in the log and left out,
 * and the site still builds from everything valid. The dev server keeps serving `public/` itself.
 */
import {
	closeSync,
	constants,
	fstatSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatFinding } from '../lib/validation/finding.ts';
import { getSiteRepository } from '../page-data/repository.ts';

/** Reads a regular file without following a link (it was audited; it must still be one). */
function readRegularFile(path: string): Buffer | undefined {
	const fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
	try {
		return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
	} finally {
		closeSync(fd);
	}
}

/**
 * Copies `files` (repository-relative, `public/…`) from `root` into `target`, which is emptied first.
 * @param leaveOut site-relative folders not to publish (e.g. `admin/` served from its own origin)
 */
export function stagePublicFiles(
	root: string,
	files: readonly string[],
	target: string,
	leaveOut: readonly string[] = []
): number {
	rmSync(target, { recursive: true, force: true });
	mkdirSync(target, { recursive: true });
	let copied = 0;
	for (const file of files) {
		const relative = file.slice('public/'.length);
		if (leaveOut.some((folder) => relative.startsWith(folder))) continue;
		const bytes = readRegularFile(join(root, file));
		if (!bytes) continue;
		mkdirSync(dirname(join(target, relative)), { recursive: true });
		writeFileSync(join(target, relative), bytes);
		copied += 1;
	}
	return copied;
}

/** The integration; `leaveOut` as in `stagePublicFiles`. */
export function checkedPublic(options: { leaveOut?: readonly string[] } = {}): AstroIntegration {
	return {
		name: 'katalog-checked-public',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				if (command !== 'build') return;
				const root = process.cwd();
				const repo = getSiteRepository();
				const refused = repo.findings.filter(
					(finding) => finding.severity === 'galat' && finding.file.startsWith('public/')
				);
				for (const finding of refused) logger.warn(formatFinding(finding));
				if (refused.length > 0)
					logger.warn(
						`${new Set(refused.map((f) => f.file)).size} berkas di public/ tidak diterbitkan; situs dibangun dari berkas yang lolos pemeriksaan.`
					);
				const target = join(root, 'node_modules', '.cache', 'katalog-inovasi', 'public-terperiksa');
				const copied = stagePublicFiles(root, repo.published ?? [], target, options.leaveOut);
				logger.info(`${copied} berkas dari public/ diterbitkan (hanya yang lolos pemeriksaan).`);
				updateConfig({ publicDir: pathToFileURL(`${target}/`) });
			},
		},
	};
}
