/**
 * The bench's second baseline: the same Markdown through Hugo (Debian's `hugo`), a minimal template
 * (one page per innovation, a list of 50) and its own Pagefind run — the fastest static-site
 * generator a region could pick instead. Our build is reported as a ratio to it.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PAGE =
	'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{{ .Params.nama }}</title></head><body><main data-pagefind-body><h1>{{ .Params.nama }}</h1>{{ .Content }}</main></body></html>\n';
const LIST =
	'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Katalog</title></head><body><ul>{{ range first 50 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Params.nama }}</a></li>{{ end }}</ul></body></html>\n';

/** A Hugo site over `project`'s content/inovasi (linked, not copied); returns its folder. */
export function createHugoBaseline(project: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-hugo-'));
	mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
	mkdirSync(join(dir, 'content'));
	symlinkSync(join(project, 'content', 'inovasi'), join(dir, 'content', 'inovasi'), 'dir');
	writeFileSync(
		join(dir, 'hugo.toml'),
		"baseURL = '/'\nlanguageCode = 'id'\ndisableKinds = ['taxonomy', 'term', 'rss', 'sitemap']\n"
	);
	writeFileSync(join(dir, 'layouts', '_default', 'single.html'), PAGE);
	writeFileSync(join(dir, 'layouts', '_default', 'list.html'), LIST);
	writeFileSync(join(dir, 'layouts', 'index.html'), LIST);
	return dir;
}

/** The command that builds it and indexes it, as a region would run them. */
export function getHugoCommand(pagefind: string): string[] {
	return ['bash', '-c', `hugo --quiet && ${pagefind} --site public`];
}
