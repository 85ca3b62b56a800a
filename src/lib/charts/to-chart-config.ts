/**
 * Pure chart.js configurations: ranked or counted rows in, a serialisable config out. The island
 * on the page only mounts what this returns, so what is drawn is what is tested here.
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
	/** Horizontal bars suit long labels such as agency names. */
	horizontal?: boolean;
	/** Upper bound of the value axis (e.g. 111 for maturity). */
	max?: number;
	/** Draw `second` of each row as its own series, in its own colour. */
	second?: SecondSeries;
}

/** Series colours: the brand blue, then near-black (distinct also in greyscale and to colour-blind eyes). */
export const SERIES_COLOURS = ['#0b5cad', '#1b1b1b'] as const;

/** Longest label line of a horizontal chart, in characters: an agency's name fits a phone's axis. */
export const LABEL_LINE = 22;

/**
 * A label as lines of at most `width` characters, broken between words (chart.js draws an array
 * as a multi-line label); a label that fits stays a string.
 */
export function wrapLabel(label: string, width = LABEL_LINE): string | string[] {
	if (label.length <= width) return label;
	const lines: string[] = [];
	for (const word of label.split(/\s+/)) {
		const last = lines.at(-1);
		if (last !== undefined && `${last} ${word}`.length <= width)
			lines[lines.length - 1] = `${last} ${word}`;
		else lines.push(word);
	}
	return lines;
}

/** A bar chart configuration (no functions inside, so it survives `JSON.stringify`). */
export function toBarChartConfig(rows: readonly BarDatum[], options: BarChartOptions) {
	const valueAxis = options.horizontal ? 'x' : 'y';
	return {
		type: 'bar' as const,
		data: {
			// Long names on the category axis of a horizontal chart are wrapped, not cut off.
			labels: rows.map((row) => (options.horizontal ? wrapLabel(row.label) : row.label)),
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
			indexAxis: options.horizontal ? ('y' as const) : ('x' as const),
			responsive: true,
			maintainAspectRatio: false,
			animation: false as const,
			plugins: { legend: { display: false } },
			scales: {
				[valueAxis]: {
					beginAtZero: true,
					...(options.max !== undefined ? { max: options.max } : {}),
				},
			},
		},
	};
}

export type BarChartConfig = ReturnType<typeof toBarChartConfig>;

/**
 * Height in pixels that keeps every bar of a horizontal chart readable, with room for its wrapped
 * labels (`lines`: the most lines any label takes).
 */
export function getChartHeight(rowCount: number, horizontal: boolean, lines = 1): number {
	return horizontal ? Math.max(160, Math.max(28, 14 * lines + 8) * rowCount + 60) : 280;
}
