/**
 * The one component that touches chart.js. It registers only the parts the
 * calculators use (bar and line charts on category/linear axes; see
 * chart-setup.ts), so the rest of chart.js is tree-shaken away, and it loads
 * them only when a chart is first drawn. The legend is plain HTML.
 *
 * Every chart comes with its numbers as a table (in a disclosure under the
 * canvas) and a one-line text summary, so nothing is only in the picture.
 * Colours follow the site theme (light/dark, re-read when the theme changes),
 * and animation is off when the reader prefers reduced motion.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Chart as ChartInstance } from 'chart.js';

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
	/** How a value is written in the table and tooltips. */
	formatValue?: (value: number) => string;
	/** Header of the first table column. */
	labelHeader?: string;
	/** Fixed y-axis range. */
	yMin?: number;
	yMax?: number;
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

function toneColor(tone: ChartTone): string {
	const vars: Record<ChartTone, string> = {
		accent: '--sl-color-accent',
		green: '--sl-color-green',
		orange: '--sl-color-orange',
		red: '--sl-color-red',
		gray: '--sl-color-gray-3',
		blue: '--sl-color-blue',
		purple: '--sl-color-purple',
	};
	return readColor(vars[tone], '#888');
}

const defaultTones: ChartTone[] = ['accent', 'orange', 'green', 'purple', 'red', 'blue', 'gray'];

export default function Chart({ type, title, summary, labels, datasets, xTitle, yTitle, formatValue = String, labelHeader, yMin, yMax }: ChartProps) {
	const canvasRef = useRef<HTMLCanvasElement>(null);
	const chartRef = useRef<ChartInstance | null>(null);
	const id = useId();
	const format = useRef(formatValue);
	format.current = formatValue;
	// Bumped when the reader switches light/dark theme, so colours are re-read.
	const [theme, setTheme] = useState(0);
	const drawnTheme = useRef(0);
	// chart.js loads only once the chart is near the screen, so opening a page stays light.
	const [near, setNear] = useState(false);
	const figureRef = useRef<HTMLElement>(null);
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
						return { label: d.label, data: d.data, backgroundColor: color, borderColor: color, borderWidth: type === 'line' ? 2 : 0, pointRadius: type === 'line' ? 3 : 0, spanGaps: false };
					}),
				},
				options: {
					responsive: true,
					maintainAspectRatio: false,
					animation: reduce ? (false as const) : { duration: 300 },
					scales: {
						x: { title: { display: true, text: xTitle, color: text }, ticks: { color: text }, grid: { color: grid } },
						y: { title: { display: true, text: yTitle, color: text }, ticks: { color: text, callback: (v: string | number) => format.current(Number(v)) }, grid: { color: grid }, min: yMin, max: yMax, beginAtZero: true },
					},
				},
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
	}, [type, labels, datasets, xTitle, yTitle, yMin, yMax, theme, near]);

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
