/**
 * Mounts every `<canvas data-chart>`. chart.js (most of a chart page's weight) is fetched only when
 * a chart comes near the screen, and each chart is drawn when the browser is idle: the page and its
 * data tables are usable first, and a phone's first seconds are not spent compiling a chart library
 * (Lighthouse counted that against the ranking page).
 */
let drawing: Promise<typeof import('./draw-chart.ts')> | undefined;

/** Runs `task` when the main thread is idle (setTimeout where requestIdleCallback is missing). */
const whenIdle = (task: () => void) =>
	'requestIdleCallback' in window
		? requestIdleCallback(task, { timeout: 2000 })
		: setTimeout(task, 0);

// One chart per idle period: a page's charts never block the first paint together (the ranking
// page has two, the statistics page several).
const observer = new IntersectionObserver(
	(entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting) continue;
			observer.unobserve(entry.target);
			whenIdle(() => {
				drawing ??= import('./draw-chart.ts');
				void drawing.then(({ drawChart }) => drawChart(entry.target as HTMLCanvasElement));
			});
		}
	},
	{ rootMargin: '200px' }
);
for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]'))
	observer.observe(canvas);
