/**
 * The one component that touches chart.js. It registers only the parts the
 * calculators use (bar and line charts on category/linear axes; see
 * chart-setup.ts), so the rest of chart.js is tree-shaken away, and it loads
 * them only when a chart is first drawn. The legend is plain HTML.
 *
 * Every chart comes with its numbers as a table (in a disclosure under the
 * canvas) and a one-line text summary, so nothing is only in the picture.
 * The value axis is not left to chart.js: its range, ticks and tick labels
 * come from src/lib/chart-ticks.ts, decided by the kind of data (`y.kind`),
 * so counts get whole-number ticks and every tick of an axis reads the same
 * way. Category labels never slant: on a narrow screen they wrap onto two
 * lines, are cut with "…", or chart.js shows every other one.
 * Colours follow the site theme (light/dark, re-read when the theme changes),
 * and animation is off when the reader prefers reduced motion.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Chart as ChartInstance, Scale } from 'chart.js';
import { computeAxisRange, computeLabelWidth, formatCategoryTick, formatTick, type AxisSpec } from '#src/lib/chart-ticks.ts';

export type ChartTone = 'accent' | 'green' | 'orange' | 'red' | 'gray' | 'blue' | 'purple';

export interface ChartDataset {
	/** Series name (legend and table column). */
	label: string;
	/** One value per x label; null leaves a gap. */
	data: (number | null)[];
	/** Colour of the whole series, or one colour per bar. */
	tone?: ChartTone | ChartTone[];
}

export interface ChartProps {
	type: 'bar' | 'line';
	/** Accessible name of the chart and its table caption. */
	title: string;
	/** One-sentence text alternative: what the chart shows, in words. */
	summary: string;
	/** Labels along the x axis. */
	labels: string[];
	datasets: ChartDataset[];
	/** Axis titles. */
	xTitle: string;
	yTitle: string;
	/**
	 * The value (y) axis: what kind of numbers the data are (count, percent,
	 * money, number: decides the ticks and how they are written) and the
	 * currency for money. See AxisSpec in src/lib/chart-ticks.ts.
	 */
	y: AxisSpec;
	/** How a value is written in the table under the chart. */
	formatValue?: (value: number) => string;
	/** Header of the first table column. */
	labelHeader?: string;
}

let registered: Promise<typeof import('./chart-setup.ts')> | undefined;

/** Load chart.js (only the registered parts, see chart-setup.ts) the first time a chart is drawn. */
function loadChartJs() {
	registered ??= import('./chart-setup.ts');
	return registered;
}

function readColor(name: string, fallback: string): string {
	const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
	return value || fallback;
}

/** A tone's colour in the current theme: the chart palette in src/styles/controls.css. */
function toneColor(tone: ChartTone): string {
	return readColor(`--pb-chart-${tone}`, '#888');
}

/**
 * A red bar's fill: red with stripes in the page colour, so detractors (and
 * red bands) stand apart from grey bars of the same lightness without colour.
 */
function stripeFill(color: string): CanvasPattern | string {
	const tile = document.createElement('canvas');
	tile.width = tile.height = 8;
	const context = tile.getContext('2d');
	if (!context) return color;
	context.fillStyle = color;
	context.fillRect(0, 0, 8, 8);
	context.strokeStyle = readColor('--sl-color-bg', '#fff');
	context.lineWidth = 2;
	context.beginPath();
	for (const offset of [-8, 0, 8]) {
		context.moveTo(offset, 8);
		context.lineTo(offset + 8, 0);
	}
	context.stroke();
	return context.createPattern(tile, 'repeat') ?? color;
}

const defaultTones: ChartTone[] = ['accent', 'orange', 'green', 'purple', 'red', 'blue', 'gray'];

/** Average width of a character of chart.js's 12 px tick font, for fitting category labels under their slot. */
const TICK_CHAR_WIDTH = 7;

export default function Chart({ type, title, summary, labels, datasets, xTitle, yTitle, y, formatValue = String, labelHeader }: ChartProps) {
	const canvasRef = useRef<HTMLCanvasElement>(null);
	const chartRef = useRef<ChartInstance | null>(null);
	const id = useId();
	// Bumped when the reader switches light/dark theme, so colours are re-read.
	const [theme, setTheme] = useState(0);
	const drawnTheme = useRef(0);
	// chart.js loads only once the chart is near the screen, so opening a page stays light.
	const [near, setNear] = useState(false);
	const figureRef = useRef<HTMLElement>(null);
	const { kind: yKind, currency } = y;
	// Bars start at zero (a bar's length is its value); lines fit their data.
	const range = useMemo(
		() =>
			computeAxisRange(
				datasets.flatMap((d) => d.data),
				{ kind: yKind },
				{ includeZero: type === 'bar' },
			),
		[datasets, yKind, type],
	);
	useEffect(() => {
		const el = figureRef.current;
		if (!el || near) return;
		if (typeof IntersectionObserver === 'undefined') {
			setNear(true);
			return;
		}
		const observer = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				setNear(true);
				observer.disconnect();
			}
		});
		observer.observe(el);
		return () => observer.disconnect();
	}, [near]);

	useEffect(() => {
		if (!near) return;
		let cancelled = false;
		const draw = async () => {
			const { Chart: ChartJs } = await loadChartJs();
			if (cancelled || !canvasRef.current) return;
			const text = readColor('--sl-color-gray-2', '#333');
			const grid = readColor('--sl-color-hairline', '#ccc');
			const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
			const config = {
				type,
				data: {
					labels,
					datasets: datasets.map((d, i) => {
						const tone = d.tone ?? defaultTones[i % defaultTones.length];
						const color = Array.isArray(tone) ? tone.map(toneColor) : toneColor(tone);
						const fill = (t: ChartTone) => (type === 'bar' && t === 'red' ? stripeFill(toneColor(t)) : toneColor(t));
						const background = Array.isArray(tone) ? tone.map(fill) : fill(tone);
						return {
							label: d.label,
							data: d.data,
							backgroundColor: background,
							borderColor: color,
							borderWidth: type === 'line' ? 2 : 0,
							pointRadius: type === 'line' ? 3 : 0,
							spanGaps: false,
						};
					}),
				},
				options: {
					responsive: true,
					maintainAspectRatio: false,
					animation: reduce ? (false as const) : { duration: 300 },
					scales: {
						x: {
							title: { display: true, text: xTitle, color: text },
							grid: { color: grid },
							// Upright labels only: wrapped or cut to their share of the width, and
							// where even that is too crowded, chart.js leaves some out (its autoSkip,
							// on by default, here with room between the labels it keeps).
							ticks: {
								color: text,
								maxRotation: 0,
								autoSkipPadding: 12,
								callback(this: Scale, value: string | number) {
									const width = computeLabelWidth(this.chart.chartArea?.width || this.chart.width, labels.length, TICK_CHAR_WIDTH);
									return formatCategoryTick(this.getLabelForValue(Number(value)), width);
								},
							},
						},
						y: {
							title: { display: true, text: yTitle, color: text },
							grid: { color: grid },
							min: range.min,
							max: range.max,
							// Exactly the ticks computed for this axis, written in its one format.
							afterBuildTicks: (scale: Scale) => {
								scale.ticks = range.ticks.map((value) => ({ value }));
							},
							ticks: { color: text, callback: (v: string | number) => formatTick(Number(v), { kind: yKind, currency }, range.decimals) },
						},
					},
				},
				plugins: [
					{
						// For the browser tests (tests/e2e/charts.test.ts), as data-ticks: the tick
						// labels as drawn, after chart.js left out any that would collide (a
						// wrapped label is a list of lines), and the slant of the category
						// labels in degrees. Readers get the numbers from the table below.
						id: 'publishTicks',
						afterUpdate: ({ scales }: ChartInstance) => {
							const drawn = { y: scales.y.ticks.map((t) => t.label), x: scales.x.ticks.map((t) => t.label), xRotation: scales.x.labelRotation };
							if (figureRef.current) figureRef.current.dataset.ticks = JSON.stringify(drawn);
						},
					},
				],
			};
			if (chartRef.current && drawnTheme.current !== theme) {
				chartRef.current.destroy();
				chartRef.current = null;
			}
			drawnTheme.current = theme;
			if (chartRef.current) {
				chartRef.current.data = config.data as never;
				chartRef.current.options = config.options as never;
				chartRef.current.update();
			} else {
				chartRef.current = new ChartJs(canvasRef.current, config as never);
			}
		};
		void draw();
		return () => {
			cancelled = true;
		};
	}, [type, labels, datasets, xTitle, yTitle, range, yKind, currency, theme, near]);

	// Redraw with the new palette when the reader switches light/dark theme.
	useEffect(() => {
		const observer = new MutationObserver(() => setTheme((t) => t + 1));
		observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		return () => observer.disconnect();
	}, []);

	useEffect(() => () => chartRef.current?.destroy(), []);

	return (
		<figure ref={figureRef} className="calc-chart" aria-labelledby={`${id}-title`}>
			<figcaption id={`${id}-title`} className="calc-chart-title">
				{title}
			</figcaption>
			{datasets.length > 1 ? (
				<ul className="calc-chart-legend" aria-label="Legend">
					{datasets.map((d, i) => {
						const tone = d.tone ?? defaultTones[i % defaultTones.length];
						return (
							<li key={d.label}>
								<span className={`calc-swatch calc-swatch-${Array.isArray(tone) ? tone[0] : tone}`} aria-hidden="true" />
								{d.label}
							</li>
						);
					})}
				</ul>
			) : null}
			<div className="calc-chart-canvas">
				<canvas ref={canvasRef} role="img" aria-label={`${title}. ${summary}`} />
			</div>
			<p className="calc-chart-summary">{summary}</p>
			<details className="calc-chart-table">
				<summary>Show the numbers as a table</summary>
				<div className="table-scroll" tabIndex={0} role="region" aria-label={`${title}: table`}>
					<table>
						<thead>
							<tr>
								<th scope="col">{labelHeader ?? xTitle}</th>
								{datasets.map((d) => (
									<th scope="col" key={d.label}>
										{d.label}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{labels.map((label, row) => (
								<tr key={label}>
									<th scope="row">{label}</th>
									{datasets.map((d) => (
										<td key={d.label}>{d.data[row] === null || d.data[row] === undefined ? '—' : formatValue(d.data[row] as number)}</td>
									))}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</details>
		</figure>
	);
}
