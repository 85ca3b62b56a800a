/**
 * Every path the build writes, derived from the route table (`routes.ts`): a page file's output
 * path follows from its name the way Astro's file-based routing writes it (`build.format:
 * 'directory'`), and the folders filled by something other than a page file are declared in
 * `GENERATED_FOLDERS`. A file under `public/` at one of these paths would silently replace what
 * the build publishes (`/index.html`, `/data/skor.json`, `/admin/config.yml`), so the public audit
 * refuses it; a build test checks that every file in `dist/` is either matched here or came from
 * `public/`, so a new output cannot escape the rule.
 */
import { FILE_ROUTES, ROUTES } from './routes.ts';

/** Folders the build fills without a page file: Astro's bundles, Pagefind's index, the form. */
export const GENERATED_FOLDERS: readonly { folder: string; source: string }[] = [
	{ folder: '_astro/', source: 'skrip dan gaya situs (Astro)' },
	{ folder: 'pagefind/', source: 'indeks pencarian (Pagefind)' },
	{ folder: 'admin/', source: 'formulir /admin/ (dibuat dari skema saat build)' },
];

/** One generated output: a pattern over site-relative paths (no leading slash) and its source. */
export interface GeneratedPath {
	pattern: RegExp;
	/** What writes it, for messages: the page file under `src/pages/` or a folder's source. */
	source: string;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The site-relative output path of a page file as a pattern: `peringkat.astro` →
 * `peringkat/index.html`, `index.astro` → `index.html`, `404.astro` → `404.html`,
 * `data/skor.json.ts` → `data/skor.json`; `[param]` matches one path segment, `[...rest]` several.
 */
export function toOutputPattern(page: string): RegExp {
	let output: string;
	if (page.endsWith('.astro')) {
		const stem = page.slice(0, -'.astro'.length);
		if (stem === '404' || stem === '500') output = `${stem}.html`;
		else if (stem === 'index' || stem.endsWith('/index')) output = `${stem}.html`;
		else output = `${stem}/index.html`;
	} else output = page.replace(/\.(ts|js)$/, '');
	const source = output
		.split(/(\[\.\.\.[^\]]+\]|\[[^\]]+\])/)
		.map((part) => {
			if (part.startsWith('[...')) return '.+';
			if (part.startsWith('[')) return '[^/]+';
			return escapeRegExp(part);
		})
		.join('');
	return new RegExp(`^${source}$`, 'i');
}

/** Every generated output, from the route table and `GENERATED_FOLDERS`. */
export function listGeneratedPaths(): GeneratedPath[] {
	const pages = [...ROUTES, ...FILE_ROUTES].map((route) => ({
		pattern: toOutputPattern(route.page),
		source: `src/pages/${route.page}`,
	}));
	const folders = GENERATED_FOLDERS.map(({ folder, source }) => ({
		pattern: new RegExp(`^${escapeRegExp(folder)}`, 'i'),
		source,
	}));
	return [...pages, ...folders];
}

/**
 * What the build writes at `sitePath` (site-relative, e.g. `data/skor.json`), if anything. Patterns
 * ignore case: the coordinators' Windows and macOS checkouts do not tell `Index.html` from
 * `index.html`, so one would replace the other there.
 */
export function findGeneratedPath(
	sitePath: string,
	generated: readonly GeneratedPath[] = listGeneratedPaths()
): GeneratedPath | undefined {
	return generated.find((output) => output.pattern.test(sitePath));
}
