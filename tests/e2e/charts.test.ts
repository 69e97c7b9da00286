/**
 * The calculators' charts as readers see them, on a phone (390 px) and a
 * laptop (1,280 px): counts on whole-number ticks with no label twice, one
 * number format per axis, category labels upright, and the cohort retention
 * axis fitted to its curves instead of a fixed 0–100%. The tick labels are
 * read from the chart's figure (data-ticks), which Chart.tsx fills from
 * chart.js after every layout, so they are the labels actually drawn.
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/calculator.ts';

interface Axes {
	y: string[];
	x: string[];
	rotation: number;
}

/** The chart titled `title`, once chart.js has drawn it: its tick labels and the slant of the category labels. */
async function readAxes(page: Page, title: string): Promise<Axes> {
	const figure = page.locator('figure.calc-chart', { has: page.getByRole('img', { name: title }) });
	// chart.js loads when the chart comes near the screen.
	await figure.scrollIntoViewIfNeeded();
	await expect.poll(() => figure.getAttribute('data-ticks'), { timeout: 20_000 }).not.toBeNull();
	const drawn = JSON.parse((await figure.getAttribute('data-ticks')) ?? '{}') as { y: string[]; x: (string | string[])[]; xRotation: number };
	// A wrapped category label is drawn as lines; here it reads as one.
	return { y: drawn.y, x: drawn.x.map((label) => [label].flat().join(' ')), rotation: drawn.xRotation };
}

/** A label's shape with its digits taken out: "1,500" and "0" are both "#", "82.5%" is "#.#%". */
const shapeOf = (label: string) =>
	label
		.replace(/^[−-]/, '')
		.replace(/\d[\d,]*/, '#')
		.replace(/\d/g, '#');
const valueOf = (label: string) => Number(label.replace(/[^\d.−-]/g, '').replace('−', '-'));

/** What holds for every value axis: labels there, none twice, one format, increasing, no nonsense. */
function expectReadableAxis(y: string[]) {
	expect(y.length, 'ticks on the value axis').toBeGreaterThanOrEqual(2);
	expect(new Set(y).size, `a label twice: ${y.join(' | ')}`).toBe(y.length);
	expect(new Set(y.map(shapeOf)).size, `more than one format: ${y.join(' | ')}`).toBe(1);
	const values = y.map(valueOf);
	for (let i = 1; i < values.length; i++) expect(values[i], y.join(' | ')).toBeGreaterThan(values[i - 1]);
	expect(y.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
}

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };

describe.each([
	['phone', phone],
	['laptop', laptop],
])('charts on a %s', (_name, viewport) => {
	it('NPS: a handful of answers counts in whole responses, with every group named upright', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/?promoters=3&passives=1&detractors=2', { viewport: viewport });
		const axes = await readAxes(tracked.page, 'Distribution of answers');
		expectReadableAxis(axes.y);
		expect(axes.y).toEqual(['0', '1', '2', '3', '4']);
		expect(axes.rotation).toBe(0);
		// Three groups: every one keeps its label, wrapped rather than slanted on a phone.
		expect(axes.x).toHaveLength(3);
		expect(axes.x[0]).toMatch(/^Detractors/);
	});

	it('Churn: the cohort axis fits its curves instead of a fixed 0–100%', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/', { viewport: viewport });
		const { page } = tracked;
		await page.getByText('Cohort retention curve').click();
		await page.getByLabel(/Paste a cohort table/).fill('Cohort\tM0\tM1\tM2\nJan\t100\t90\t81\nFeb\t50\t40');
		const axes = await readAxes(page, 'Cohort retention');
		expectReadableAxis(axes.y);
		expect(axes.y.every((l) => l.endsWith('%'))).toBe(true);
		// Retention from 80% to 100%: the axis starts near the lowest point and never passes 100%.
		expect(axes.y).toEqual(['75%', '80%', '85%', '90%', '95%', '100%']);
		expect(axes.rotation).toBe(0);
		expect(axes.x).toEqual(['Period 0', 'Period 1', 'Period 2']);
	});

	it('CLV: lifetime values read as whole amounts in the currency, in one format', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/clv/?arpa=450&margin=80&churn=1.5&cac=5000', { viewport: viewport });
		const axes = await readAxes(tracked.page, 'Lifetime value against monthly churn');
		expectReadableAxis(axes.y);
		// Once "0.00" next to "5,000". The organization's currency is US dollars (organization.yaml).
		for (const label of axes.y) expect(label).toMatch(/^\$\d{1,3}(,\d{3})*$/);
		expect(axes.rotation).toBe(0);
		expect(axes.x.length).toBeGreaterThanOrEqual(2);
	});

	it('Health score: accounts by band count in whole accounts, never 0, 1, 1, 2', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/', { viewport: viewport });
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		const csv = [
			'account,usage,lastContact,tickets,payment,nps,renewal,previous',
			'Harbor Hardware,72,10,1,100,9,200,81',
			'Millbrook Books,35,60,5,80,6,45,58',
			'Quay Garden,5,30,0,100,10,300,90',
			'Anchor Tools,60,40,3,90,7,150,',
		].join('\n');
		await page.getByLabel('Portfolio CSV file').setInputFiles({ name: 'portfolio.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		const axes = await readAxes(page, 'Accounts by band');
		expectReadableAxis(axes.y);
		for (const label of axes.y) expect(label).toMatch(/^\d+$/);
		expect(axes.y[0]).toBe('0');
		expect(axes.rotation).toBe(0);
		expect(axes.x).toEqual(['Red', 'Yellow', 'Green']);
	});
});
