/**
 * What a reader gives a calculator is what it computes with, or it says why
 * not (issue: calculators that hold up in real hands). Reproduces each defect
 * found in use and drives every input from the address with numbers at and
 * beyond its range, non-numbers and empty values.
 */
import fc from 'fast-check';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { calculators } from '#src/lib/calculators/index.ts';
import type { InputSpec } from '#src/lib/calculators/inputs.ts';
import { recurringModel } from '#src/lib/metrics/clv-models.ts';
import { baseUrl } from './support/browser.ts';
import { it } from './support/calculator.ts';

const output = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const readOutput = async (page: Page, name: string) => ((await output(page, name).textContent()) ?? '').trim();

/** No output is blank, NaN, Infinity or longer than a phone line. */
async function expectReadableOutputs(page: Page) {
	const texts = await page.locator('output').allTextContents();
	expect(texts.length).toBeGreaterThan(0);
	for (const t of texts) {
		expect(t.trim(), 'an output is blank').not.toBe('');
		expect(t).not.toMatch(/NaN|Infinity|undefined|null/);
		expect(t.length, `output "${t}" runs on`).toBeLessThanOrEqual(40);
	}
}

describe('starting state', () => {
	it.for([
		['/tools/nps/', 'Net Promoter Score', '+42.5', '#nps-promoters', '130'],
		['/tools/churn/', 'Churn rate', '5.00%', '#churn-start', '300'],
		['/tools/clv/', 'Customer lifetime value', /24,000/, '#clv-arpa', '500'],
		['/tools/health-score/', 'Health score', '65.9', '#health-usage', '60'],
	] as [string, string, string | RegExp, string, string][])(
		'%s opens on a labelled worked example with a result, and leaves the address alone until the reader types',
		async ([path, name, expected, field, typed], { openCalculator }) => {
			const tracked = await openCalculator(path);
			const { page } = tracked;
			await expect.poll(() => readOutput(page, name)).toMatch(expected);
			// Inside the calculator: the page's change notes may mention worked examples too, in a banner that is hidden.
			await expect(page.locator('astro-island').getByText('worked example', { exact: false }).first().isVisible()).resolves.toBe(true);
			// Record every address the page writes from now on: no waiting for a write that should not come.
			// If the page wrote on load, the address already has a query, or its first recorded write
			// (one still pending now) lacks the reader's value.
			await page.evaluate(() => {
				const w = window as unknown as { __written: string[] };
				w.__written = [];
				const replace = history.replaceState.bind(history);
				history.replaceState = (state, unused, url) => {
					w.__written.push(String(url));
					replace(state, unused, url);
				};
			});
			expect(new URL(page.url()).search).toBe('');
			await page.locator(field).fill(typed);
			await expect.poll(() => new URL(page.url()).search).toContain(`=${typed}`);
			const written = await page.evaluate(() => (window as unknown as { __written: string[] }).__written);
			expect(written[0]).toContain(`=${typed}`);
		},
	);
});

describe('links with values the calculator cannot use', () => {
	it('keeps "abc" and -3 in their fields, says what is wrong with each, and shows no score built on them', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/?promoters=abc&passives=-3');
		const { page } = tracked;
		const promoters = page.locator('#nps-promoters');
		await expect.poll(() => promoters.inputValue()).toBe('abc');
		expect(await page.locator('#nps-passives').inputValue()).toBe('-3');
		expect(await page.locator('#nps-detractors').inputValue()).toBe('');
		expect(await page.locator('#nps-promoters-error').textContent()).toMatch(/"abc"\) is not a number/);
		expect(await page.locator('#nps-passives-error').textContent()).toMatch(/cannot be negative/);
		expect(await page.locator('#nps-detractors-error').textContent()).toMatch(/did not include detractors/);
		expect(await readOutput(page, 'Net Promoter Score')).toBe('—');
		await expectReadableOutputs(page);
	});

	it('refuses 10^20 responses instead of showing a margin of ±0.0 points', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/?promoters=1e20&passives=1&detractors=1');
		const { page } = tracked;
		await expect.poll(() => page.locator('#nps-promoters-error').textContent()).toMatch(/at most 1,000,000,000/);
		expect(await readOutput(page, 'Margin of error')).toBe('—');
		await expectReadableOutputs(page);
	});

	it('refuses arpa=1e308 with a message instead of a 300-digit monthly profit', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/clv/?arpa=1e308&margin=80&churn=1.5');
		const { page } = tracked;
		await expect.poll(() => page.locator('#clv-arpa-error').textContent()).toMatch(/at most 1,000,000,000,000/);
		expect(await page.locator('#clv-arpa').inputValue()).toBe('1e308');
		expect(await readOutput(page, 'Monthly gross profit per account')).toBe('—');
		expect(await readOutput(page, 'Customer lifetime value')).toBe('—');
		await expectReadableOutputs(page);
	});
});

describe('health score: configuring signals', () => {
	it.for([
		['Good value for Product usage (% of seats active)', '80'],
		['Weight for Product usage (% of seats active)', '5'],
	])('keeps "Configure signals" open and the cursor in "%s" while a value is retyped', async ([label, value], { openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Configure signals').click();
		const input = page.getByLabel(label, { exact: true });
		await input.click();
		await input.press('ControlOrMeta+a');
		await input.press('Backspace');
		await input.pressSequentially(value);
		expect(
			await page
				.locator('details:has-text("Configure signals")')
				.first()
				.evaluate((d) => (d as HTMLDetailsElement).open),
		).toBe(true);
		expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(await input.inputValue()).toBe(value);
	});
});

describe('churn cohorts', () => {
	it('says how many cohorts each figure rests on', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/');
		const { page } = tracked;
		await page.getByText('Cohort retention curve').click();
		await page.getByRole('button', { name: 'Use the example table' }).click();
		await expect
			.poll(() => page.locator('.calc-chart-summary').first().textContent())
			.toMatch(/only 1 of the 3 cohorts has reached period 3\. All 3 reached period 1/);
	});
});

/** Values a link might carry for an input: at and beyond its range, fractions, words, blanks and overflow. */
const linkValue = (input: InputSpec) =>
	fc.oneof(
		fc.constantFrom(
			String(input.min),
			String(input.max),
			String(input.max * 10),
			String(input.min - 1),
			'1e308',
			'-1e308',
			'abc',
			'',
			' ',
			'12abc',
			'1,5',
			'NaN',
			'Infinity',
		),
		fc.double({ min: input.min - 10, max: input.max * 2, noNaN: true }).map(String),
	);

const cases: [string, string, readonly InputSpec[], string][] = [
	['/tools/nps/', 'nps', calculators.nps.inputs, 'Net Promoter Score'],
	['/tools/churn/', 'churn', calculators.churn.inputs, 'Churn rate'],
	['/tools/clv/', 'clv', [...recurringModel.fields, ...calculators.clv.inputs], 'Customer lifetime value'],
];

describe.each(cases)('%s driven from the address', (path, prefix, inputs, primary) => {
	it('shows every value it was given, flags each it cannot use, and never shows NaN, Infinity, a blank or a runaway number', async ({ openCalculator }) => {
		const tracked = await openCalculator(path);
		const { page } = tracked;
		await fc.assert(
			fc.asyncProperty(
				fc
					.dictionary(fc.constantFrom(...inputs.map((i) => i.id)), fc.constant(null), { minKeys: 1 })
					.chain((keys) => fc.record(Object.fromEntries(Object.keys(keys).map((id) => [id, linkValue(inputs.find((i) => i.id === id)!)])))),
				async (given: Record<string, string>) => {
					await page.goto(`${baseUrl()}${path}?${new URLSearchParams(given)}`);
					await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
					const first = Object.keys(given)[0];
					// Hydrated and the link read: the first field shows what the link gave.
					await expect.poll(() => page.locator(`#${prefix}-${first}`).inputValue()).toBe(given[first].trim());
					let anyBad = false;
					for (const input of inputs) {
						const field = page.locator(`#${prefix}-${input.id}`);
						if (!(await field.count())) continue;
						const text = given[input.id];
						if (text !== undefined) expect(await field.inputValue(), input.id).toBe(text.trim());
						const invalid = (await field.getAttribute('aria-invalid')) === 'true';
						const n = Number(text?.trim());
						const usable =
							text === undefined
								? true
								: text.trim() === ''
									? Boolean(input.optional)
									: /^-?\d/.test(text.trim()) &&
										Number.isFinite(n) &&
										n >= input.min &&
										n <= input.max &&
										(input.unit !== 'count' && input.unit !== 'months' ? true : Number.isInteger(n));
						if (!usable) expect(invalid, `${input.id}=${JSON.stringify(text)} is not flagged`).toBe(true);
						if (invalid) anyBad = true;
						if (text === undefined && !input.optional) anyBad = true;
					}
					await expectReadableOutputs(page);
					if (anyBad) expect(await readOutput(page, primary), 'a result built on a value the reader did not give').toMatch(/^(—|No score)$/);
				},
			),
			{ numRuns: 12, seed: 20261202 },
		);
	});
});
