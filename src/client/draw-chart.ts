/**
 * Draws one `<canvas data-chart>` with chart.js. Only the pieces a bar chart needs are registered
 * (tree-shaken: no `chart.js/auto`). Loaded by `mount-charts.ts` only when a chart nears the screen.
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
export function drawChart(canvas: HTMLCanvasElement): void {
	const config = JSON.parse(canvas.dataset.chart ?? '{}') as ChartConfiguration;
	config.options = { animation: false, ...config.options };
	const chart = new Chart(canvas, config);
	canvas.dataset.drawn = String(chart.data.labels?.length ?? 0);
}
