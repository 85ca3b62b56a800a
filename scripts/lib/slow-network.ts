/**
 * "First filtered result on slow 3G", as `npm run bench` measures it: Chrome DevTools' Slow 3G
 * preset (2,000 ms per request, 50,000 bytes/s each way: its request-level stand-in for a 400 ms,
 * 400 kbit/s link), a 360 px phone. The visitor opens the catalogue, taps "Saring (0)" (the first
 * touch, which starts loading Pagefind), reads for a second, and ticks the first value of "Jenis".
 * The clock runs from the tick to the status line's "n inovasi ditemukan".
 */
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.ts';

/** Chrome DevTools' Slow 3G network preset. */
export const SLOW_3G = { latency: 2000, downloadThroughput: 50_000, uploadThroughput: 50_000 };

/** Seconds from the tick (and from the first touch) to the first filtered result. */
export async function measureFirstFilter(
	dist: string
): Promise<{ afterTick: number; afterTouch: number }> {
	const server = await serveStatic(dist, 0);
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
	});
	try {
		const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_3G });
		await page.goto(`${server.url}inovasi/`, { waitUntil: 'load', timeout: 120_000 });
		const touched = Date.now();
		await page.getByRole('button', { name: 'Saring (0)' }).click();
		await page.waitForTimeout(1000);
		await page
			.getByRole('group', { name: 'Jenis', exact: true })
			.getByRole('checkbox')
			.first()
			.check();
		const ticked = Date.now();
		await page.waitForFunction(
			() => /ditemukan/.test(document.querySelector('[data-status]')?.textContent ?? ''),
			undefined,
			{ timeout: 120_000, polling: 50 }
		);
		const done = Date.now();
		return { afterTick: (done - ticked) / 1000, afterTouch: (done - touched) / 1000 };
	} finally {
		await browser.close();
		await server.close();
	}
}
