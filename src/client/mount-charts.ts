/**
 * Mounts every `<canvas data-chart>` with chart.js. Only the pieces a bar chart needs are
 * registered (tree-shaken: no `chart.js/auto`), and this script loads only on pages with a chart.
 */
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	LinearScale,
	Tooltip,
	type ChartConfiguration,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

/** Draws one chart (no animation: the numbers are the point, and frames cost phone CPU). */
function draw(canvas: HTMLCanvasElement) {
	const config = JSON.parse(canvas.dataset.chart ?? '{}') as ChartConfiguration;
	config.options = { animation: false, ...config.options };
	const chart = new Chart(canvas, config);
	canvas.dataset.drawn = String(chart.data.labels?.length ?? 0);
}

// A chart is drawn when it comes near the screen, one per task: a page's charts never block the
// first paint together (the ranking page has two, the statistics page several).
const observer = new IntersectionObserver(
	(entries) => {
		for (const entry of entries) {
			if (!entry.isIntersecting) continue;
			observer.unobserve(entry.target);
			setTimeout(() => draw(entry.target as HTMLCanvasElement), 0);
		}
	},
	{ rootMargin: '200px' }
);
for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]'))
	observer.observe(canvas);
