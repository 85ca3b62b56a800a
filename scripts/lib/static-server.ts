/**
 * A tiny static file server for the built site (browser tests, the budget script). Serves `dist/`
 * under the site's base path, answers 404 with `404.html`, and never leaves the folder.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.yml': 'text/yaml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.pdf': 'application/pdf',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

/**
 * Starts serving `dir` on 127.0.0.1 (port 0 = any free port); resolves with its URL. `onServe`
 * hears the path and size of every file sent (the bench counts search bytes there, which does not
 * depend on what the browser's instrumentation manages to capture from a web worker).
 */
export async function serveStatic(
	dir: string,
	port = 0,
	onServe?: (path: string, bytes: number) => void
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
	const root = resolve(dir);
	const server = createServer((request, response) => void serve(request, response));
	async function serve(request: IncomingMessage, response: ServerResponse) {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (file !== root && !file.startsWith(root + sep)) {
			response.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			// Any origin may read, as GitHub Pages allows: the province site imports each regency's
			// Pagefind bundle from the regency's own origin.
			response
				.writeHead(200, {
					'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
					'Access-Control-Allow-Origin': '*',
				})
				.end(body);
			onServe?.(path, body.byteLength);
		} catch {
			const body = await readFile(join(root, '404.html')).catch(() => Buffer.from('404'));
			response.writeHead(404, { 'Content-Type': TYPES['.html']! }).end(body);
		}
	}
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}/`,
		server,
		close: () => new Promise((done) => server.close(() => done())),
	};
}
