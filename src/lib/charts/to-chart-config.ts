/**
 * Pure chart.js configurations for vertical bar charts: rows in, a serialisable config out. The
 * island on the page only mounts what this returns, so what is drawn is what is tested here.
 * Horizontal charts (rankings, counts with long labels) are HTML instead: `to-bar-rows.ts`.
 */

/** Row of a bar chart; `second` is the row's value in the second series, when there is one. */
export interface BarDatum {
	label: string;
	/** null leaves the bar out (a value not known is not a zero). */
	value: number | null;
	second?: number | null;
}

/** A second series drawn beside the first (e.g. the official index beside the estimate). */
export interface SecondSeries {
	label: string;
}

export interface BarChartOptions {
	/** Accessible name of the dataset (shown in the tooltip). */
	seriesLabel: string;
	/** Upper bound of the value axis (e.g. 111 for maturity). */
	max?: number;
	/** Draw `second` of each row as its own series, in its own colour. */
	second?: SecondSeries;
}

/** Series colours: the brand blue, then near-black (distinct also in greyscale and to colour-blind eyes). */
export const SERIES_COLOURS = ['#0b5cad', '#1b1b1b'] as const;

/** A bar chart configuration (no functions inside, so it survives `JSON.stringify`). */
export function toBarChartConfig(rows: readonly BarDatum[], options: BarChartOptions) {
	return {
		type: 'bar' as const,
		data: {
			labels: rows.map((row) => row.label),
			datasets: [
				{
					label: options.seriesLabel,
					data: rows.map((row) => row.value),
					backgroundColor: SERIES_COLOURS[0] as string,
				},
				...(options.second
					? [
							{
								label: options.second.label,
								data: rows.map((row) => row.second ?? null),
								backgroundColor: SERIES_COLOURS[1] as string,
							},
						]
					: []),
			],
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false as const,
			plugins: { legend: { display: false } },
			scales: {
				y: {
					beginAtZero: true,
					...(options.max !== undefined ? { max: options.max } : {}),
				},
			},
		},
	};
}

export type BarChartConfig = ReturnType<typeof toBarChartConfig>;

/** Height in pixels of a vertical chart (its width follows the page). */
export const CHART_HEIGHT = 280;
