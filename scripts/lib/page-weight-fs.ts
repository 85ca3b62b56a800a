/**
 * Gzip weight of a built page and everything it loads, read from a `dist/` folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
	findPageProblems,
	listModuleImports,
	listPageAssets,
} from '../../src/lib/budget/page-weight.ts';

const gzipSize = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

/** Gzip bytes of `dist/<path>/index.html` plus its CSS and JS (following module imports). */
export function measurePage(dist: string, path: string): { bytes: number; problems: string[] } {
	const toFile = (sitePath: string) => join(dist, sitePath.replace(/^\/+/, ''));
	const html = readFileSync(join(dist, path, 'index.html'));
	const seen = new Set<string>();
	const queue = listPageAssets(html.toString('utf8'));
	let bytes = gzipSize(html);
	while (queue.length > 0) {
		const asset = queue.shift()!;
		if (seen.has(asset) || !existsSync(toFile(asset))) continue;
		seen.add(asset);
		const content = readFileSync(toFile(asset));
		bytes += gzipSize(content);
		if (asset.endsWith('.js')) queue.push(...listModuleImports(content.toString('utf8'), asset));
	}
	return { bytes, problems: findPageProblems(html.toString('utf8')) };
}
