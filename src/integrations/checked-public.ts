/**
 * Astro integration: `astro build` publishes only the files under `public/` that passed the audit
 * (`check-public-files.ts`), plus the form generated from the schema (`dist-formulir/`, as
 * `/admin/`). Astro copies its public folder byte for byte to the site's origin, so the build points
 * it at a staging folder holding copies of exactly those files: a stray page or script under
 * `public/bukti/`, a link, a dangling link — each is named in the log and left out, and the site
 * still builds from everything valid. A file at a path the build generates (`/index.html`,
 * `/data/skor.json`) fails the build: it can only have reached the base branch past a red review.
 * The dev server keeps serving `public/` itself, and serves the generated form at `/admin/`.
 */
import {
	closeSync,
	constants,
	cpSync,
	existsSync,
	fstatSync,
	mkdirSync,
	openSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { FORM_SITE_DIR } from '../lib/cms/to-admin-page.ts';
import { findGeneratedPath } from '../lib/site/generated-paths.ts';
import { formatFinding } from '../lib/validation/finding.ts';
import { getSiteRepository } from '../page-data/repository.ts';

const FORM_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** Serves `<root>/dist-formulir/` at `/admin/` on the dev server (`/admin/` → its index.html). */
function serveFormInDev(root: string): Plugin {
	const folder = join(root, FORM_SITE_DIR);
	return {
		name: 'katalog-form-dev',
		configureServer(server) {
			server.middlewares.use('/admin', (request, response, next) => {
				const path = decodeURIComponent((request.url ?? '/').split(/[?#]/)[0]!);
				const file = normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
				if (!file.startsWith(folder + sep) || !existsSync(file) || !statSync(file).isFile())
					return next();
				response.setHeader('Content-Type', FORM_TYPES[extname(file)] ?? 'application/octet-stream');
				response.end(readFileSync(file));
			});
		},
	};
}

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

/** Copies the generated form into the staging folder as `admin/`, unless it is left out. */
function stageForm(
	root: string,
	target: string,
	leaveOut: readonly string[],
	logger: { info: (message: string) => void; warn: (message: string) => void }
): void {
	if (leaveOut.includes('admin/')) return;
	const form = join(root, FORM_SITE_DIR);
	if (!existsSync(join(form, 'index.html'))) {
		logger.warn(
			`formulir /admin/ tidak diterbitkan: ${FORM_SITE_DIR}/ belum dibuat (npm run build membuatnya lebih dulu).`
		);
		return;
	}
	cpSync(form, join(target, 'admin'), { recursive: true, dereference: false });
	logger.info(`formulir /admin/ diterbitkan dari ${FORM_SITE_DIR}/ (dibuat dari skema).`);
}

/** The integration; `leaveOut` as in `stagePublicFiles`. */
export function checkedPublic(options: { leaveOut?: readonly string[] } = {}): AstroIntegration {
	return {
		name: 'katalog-checked-public',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				const root = process.cwd();
				if (command === 'dev') updateConfig({ vite: { plugins: [serveFormInDev(root)] } });
				if (command !== 'build') return;
				const repo = getSiteRepository();
				const refused = repo.findings.filter(
					(finding) => finding.severity === 'galat' && finding.file.startsWith('public/')
				);
				const collisions = refused.filter((finding) =>
					findGeneratedPath(finding.file.slice('public/'.length))
				);
				if (collisions.length > 0) {
					const error = new Error(
						`${collisions.map(formatFinding).join('\n')}\nBuild dihentikan: berkas di public/ menimpa berkas yang dibuat build. Hapus berkas itu dari public/.`
					);
					// The message says everything; a stack trace of our own hook would only hide it.
					error.stack = '';
					throw error;
				}
				for (const finding of refused) logger.warn(formatFinding(finding));
				if (refused.length > 0)
					logger.warn(
						`${new Set(refused.map((f) => f.file)).size} berkas di public/ tidak diterbitkan; situs dibangun dari berkas yang lolos pemeriksaan.`
					);
				const target = join(root, 'node_modules', '.cache', 'katalog-inovasi', 'public-terperiksa');
				const copied = stagePublicFiles(root, repo.published ?? [], target, options.leaveOut);
				logger.info(`${copied} berkas dari public/ diterbitkan (hanya yang lolos pemeriksaan).`);
				stageForm(root, target, options.leaveOut ?? [], logger);
				updateConfig({ publicDir: pathToFileURL(`${target}/`) });
			},
		},
	};
}
