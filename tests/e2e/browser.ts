import { chromium, type Browser, type Page } from 'playwright-core';
import { join } from 'node:path';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { REPO_ROOT } from '../helpers/temp-repo.ts';

/** Chromium from Debian, with the flags this closed network needs. */
export const CHROMIUM = {
	executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic',
	],
};

/** Serves dist/ and opens a browser; `close` stops both. */
export async function startSite(): Promise<{
	url: string;
	browser: Browser;
	page: (width?: number) => Promise<Page>;
	close: () => Promise<void>;
}> {
	const site = await serveStatic(join(REPO_ROOT, 'dist'));
	const browser = await chromium.launch(CHROMIUM);
	const external: string[] = [];
	// Pages run under their Content-Security-Policy: anything it blocks (search, charts, simulator)
	// is reported by Chromium on the console, and fails the run.
	const blocked: string[] = [];
	const page = async (width = 1024) => {
		const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'id-ID' });
		// No third-party requests: anything that leaves 127.0.0.1 is recorded and blocked.
		await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => {
			external.push(route.request().url());
			return route.abort();
		});
		const opened = await context.newPage();
		opened.on('console', (message) => {
			if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
				blocked.push(`${opened.url()}: ${message.text()}`);
		});
		return opened;
	};
	return {
		url: site.url,
		browser,
		page,
		close: async () => {
			await browser.close();
			await site.close();
			if (external.length > 0) throw new Error(`permintaan pihak ketiga: ${external.join(', ')}`);
			if (blocked.length > 0)
				throw new Error(`diblokir Content-Security-Policy:\n${blocked.join('\n')}`);
		},
	};
}
