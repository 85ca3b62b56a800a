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

for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
	const config = JSON.parse(canvas.dataset.chart ?? '{}') as ChartConfiguration;
	const chart = new Chart(canvas, config);
	canvas.dataset.drawn = String(chart.data.labels?.length ?? 0);
}
