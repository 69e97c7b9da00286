/**
 * The four calculators in real Chromium on the built site: typing updates the
 * named outputs, shared links reproduce state, CSV import and export work, bad
 * input gets a message next to the field and never NaN/Infinity/blank, pages
 * fit a phone screen, and each page stays inside its JavaScript budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { runAxeBothThemes } from './support/axe.ts';
import { type TrackedPage } from './support/browser.ts';
import { chooseGeneratedFile, it } from './support/calculator.ts';

const pages = ['/tools/nps/', '/tools/churn/', '/tools/clv/', '/tools/health-score/'];

const output = (page: Page, name: string) => page.getByRole('status', { name, exact: true });
const readOutput = async (page: Page, name: string) => ((await output(page, name).textContent()) ?? '').trim();

/** Every <output> on the page has visible, sensible text. */
async function expectNoNonsense(page: Page) {
	const texts = await page.locator('output').allTextContents();
	expect(texts.length).toBeGreaterThan(0);
	for (const t of texts) {
		expect(t.trim(), 'an output is blank').not.toBe('');
		expect(t).not.toMatch(/NaN|Infinity|undefined|null/);
	}
}

async function expectClean(tracked: TrackedPage) {
	expect(tracked.consoleErrors.join('\n'), 'console errors').toBe('');
	expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
}

/** Click "Export scores as CSV" and return the downloaded file's text, without its byte-order mark. */
async function exportScores(page: Page, name: string): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export scores as CSV' }).click()]);
	const saved = join(tmpdir(), `${name}-export-${process.pid}.csv`);
	await download.saveAs(saved);
	return readFileSync(saved, 'utf8').replace(/^\ufeff/, '');
}

/** The account names of an exported portfolio, sorted. */
const listExportedAccounts = (csv: string) =>
	csv
		.split('\r\n')
		.slice(1)
		.map((line) => line.split(',')[0])
		.sort();

/** Empty the health calculator's worked example, so a test starts from an account with no data. */
async function clearHealthExample(page: Page) {
	for (const field of await page.locator('.calc-grid input[id^="health-"]').all()) await field.fill('');
}

/** Wait for the address bar to catch up with the inputs (it is updated after a short pause). */
async function waitForQuery(page: Page, needle: string) {
	await page.waitForFunction((n) => window.location.search.includes(n), needle, { timeout: 5000 });
	return new URL(page.url()).searchParams;
}

describe('NPS calculator', () => {
	it('opens on the worked example, shows "No score" for zero responses, then the score, shares and margin as the reader types', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		expect(await readOutput(page, 'Net Promoter Score')).toBe('+42.5');
		for (const label of ['Promoters (9–10)', 'Passives (7–8)', 'Detractors (0–6)']) await page.getByLabel(label, { exact: true }).fill('0');
		expect(await readOutput(page, 'Net Promoter Score')).toBe('No score');
		await expectNoNonsense(page);
		await page.getByLabel('Promoters (9–10)', { exact: true }).fill('50');
		await page.getByLabel('Passives (7–8)', { exact: true }).fill('30');
		await page.getByLabel('Detractors (0–6)', { exact: true }).fill('20');
		expect(await readOutput(page, 'Net Promoter Score')).toBe('+30.0');
		expect(await readOutput(page, 'Margin of error')).toBe('±15.1 points');
		expect(await readOutput(page, '95% confidence interval')).toBe('+14.1 to +44.2');
		expect(await readOutput(page, 'Promoters')).toBe('50.0%');
		expect(await readOutput(page, 'Responses')).toBe('100');
		const params = await waitForQuery(page, 'detractors=20');
		expect(params.get('passives')).toBe('30');
		expect(params.get('detractors')).toBe('20');
		await expectNoNonsense(page);
		await expectClean(tracked);
	});

	it('marks bad input next to the field, announces it and shows no NaN', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		const field = page.getByLabel('Promoters (9–10)', { exact: true });
		await field.fill('-5');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
		const message = await page.locator(`#${describedBy.split(' ').at(-1)}`).textContent();
		expect(message).toMatch(/cannot be negative/);
		await field.fill('lots');
		expect(await page.locator('#nps-promoters-error').textContent()).toMatch(/must be a number; "lots" is not one/);
		// A wrong input is not the same as no responses.
		expect(await readOutput(page, 'Net Promoter Score')).toBe('—');
		await page.waitForFunction(() => [...document.querySelectorAll('[role="status"][aria-live]')].some((e) => /problem/.test(e.textContent ?? '')));
		await expectNoNonsense(page);
		await expectClean(tracked);
	});

	it('opens a shared link in the same state, comparison and target included', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/?promoters=60&passives=25&detractors=15&prev_promoters=50&prev_passives=30&prev_detractors=20&target=3');
		const { page } = tracked;
		await expect.poll(() => readOutput(page, 'Net Promoter Score')).toBe('+45.0');
		expect(await page.getByLabel('Promoters (9–10)', { exact: true }).inputValue()).toBe('60');
		expect(await readOutput(page, 'Change in NPS')).toBe('+15.0 points');
		expect(await readOutput(page, 'Statistical significance')).toBe('Not significant');
		expect(await page.getByLabel('Target margin of error (points)').inputValue()).toBe('3');
		expect(Number((await readOutput(page, 'Responses needed')).replace(/,/g, ''))).toBeGreaterThan(1000);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.locator('.calc-copy-status').textContent()).toMatch(/copied|address bar/);
		expect(new URL(page.url()).searchParams.get('prev_promoters')).toBe('50');
		await expectClean(tracked);
	});

	it('explains a link with nonsense and missing parameters and computes nothing from them', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/?promoters=abc&passives=10');
		const { page } = tracked;
		await expect.poll(() => page.locator('#nps-promoters-error').textContent()).toMatch(/"abc"\) is not a number/);
		expect(await page.locator('#nps-detractors-error').textContent()).toMatch(/did not include detractors/);
		expect(await readOutput(page, 'Net Promoter Score')).toBe('—');
		await expectNoNonsense(page);
	});

	it('imports a CSV, reads the chosen column, keeps good rows and lists bad ones by line', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		await page.getByLabel('Individual 0–10 answers').check();
		const csv = ['respondent,score,comment', '1,10,great', '2,9,', '', '3,7,ok', '4,eleven,?', '5,3,slow', '6,10,"love it, thanks"'].join('\n');
		// The CSV reader (papaparse) and the counting worker load only once a file is chosen.
		const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
		expect((await scripts()).filter((p) => /\/(csv|nps-worker|nps-import)[.-]/.test(p))).toEqual([]);
		await page.getByLabel(/Or import a CSV file/).setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await expect.poll(() => readOutput(page, 'Responses')).toBe('5');
		expect((await scripts()).some((p) => /\/nps-worker-/.test(p))).toBe(true);
		expect(await page.getByLabel('Column with the 0–10 answer').inputValue()).toBe('1');
		expect(await readOutput(page, 'Net Promoter Score')).toBe('+40.0');
		expect(await page.locator('#nps-file-problems').textContent()).toMatch(/line 6: "eleven" is not a score/);
		// The distribution chart comes with its numbers as a table.
		expect(await page.getByRole('img', { name: /Distribution of answers/ }).count()).toBe(1);
		expect(await page.locator('.calc-chart-table table tbody tr').count()).toBe(11);
		// Another column is counted from the same file: respondent ids 1–6 are all detractors' answers.
		await page.getByLabel('Column with the 0–10 answer').selectOption('0');
		await expect.poll(() => readOutput(page, 'Responses')).toBe('6');
		expect(await readOutput(page, 'Net Promoter Score')).toMatch(/^[-−]100\.0$/);
		expect(await page.locator('.calc-help', { hasText: 'answers read from' }).textContent()).toBe('survey.csv: 6 answers read from 6 rows.');
		await expectClean(tracked);
	});

	it('keeps the answers of the last good file when the next one has no rows', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		await page.getByLabel('Individual 0–10 answers').check();
		const input = page.getByLabel(/Or import a CSV file/);
		await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from('score\n10\n9\n3\n') });
		await expect.poll(() => readOutput(page, 'Responses')).toBe('3');
		await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('\n\n') });
		await expect
			.poll(() => page.locator('#nps-file-error').textContent())
			.toBe(
				'empty.csv: the file has no rows. Export the survey answers with a header line, one answer per row. The answers below are still those of good.csv.',
			);
		expect(await readOutput(page, 'Responses')).toBe('3');
		expect(await readOutput(page, 'Net Promoter Score')).toBe('+33.3');
	});

	it('reads pasted 0–10 answers and names the entries it skipped', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		await page.getByLabel('Individual 0–10 answers').check();
		await page.getByLabel(/Paste answers/).fill('10, 9 8\n7; x 0 12');
		expect(await readOutput(page, 'Responses')).toBe('5');
		expect(await readOutput(page, 'Net Promoter Score')).toBe('+20.0');
		expect(await page.locator('#nps-pasted-problems').textContent()).toMatch(/entry 5 \("x"\).*entry 7 \("12"\)/s);
		const params = await waitForQuery(page, 'promoters=2');
		expect(params.get('detractors')).toBe('1');
		await expectClean(tracked);
	});

	it('refuses a 21 MB file with a clear message', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		await page.getByLabel('Individual 0–10 answers').check();
		await chooseGeneratedFile(page.getByLabel(/Or import a CSV file/), { name: 'huge.csv', bytes: 21 * 1024 * 1024, fill: '9' });
		await expect.poll(() => page.locator('#nps-file-error').textContent()).toMatch(/21\.0 MB; the limit is 20 MB/);
		expect(await page.getByLabel(/Or import a CSV file/).getAttribute('aria-invalid')).toBe('true');
		await expectNoNonsense(page);
	});
});

describe('Churn calculator', () => {
	it('computes churn, compounded conversions, lifetime and revenue retention as the reader types', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/');
		const { page } = tracked;
		await page.getByLabel('Customers at start', { exact: true }).fill('1000');
		await page.getByLabel('Customers added', { exact: true }).fill('150');
		await page.getByLabel('Customers lost', { exact: true }).fill('120');
		await page.getByLabel('Period length (months)').fill('3');
		expect(await readOutput(page, 'Churn rate')).toBe('12.00%');
		expect(await readOutput(page, 'Monthly churn rate')).toBe('4.17%');
		expect(await readOutput(page, 'Annual churn rate')).toBe('40.03%');
		expect(await readOutput(page, 'Retention rate')).toBe('88.00%');
		await page.getByLabel('Starting recurring revenue').fill('100000');
		await page.getByLabel('Expansion', { exact: true }).fill('8000');
		await page.getByLabel('Contraction', { exact: true }).fill('2000');
		await page.getByLabel('Churned revenue').fill('3000');
		expect(await readOutput(page, 'Gross revenue retention')).toBe('95.0%');
		expect(await readOutput(page, 'Net revenue retention')).toBe('103.0%');
		const params = await waitForQuery(page, 'churned=3000');
		expect(params.get('start')).toBe('1000');
		expect(params.get('months')).toBe('3');
		await expectNoNonsense(page);
		await expectClean(tracked);
	});

	it('refuses churn over 100% next to the lost field', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/');
		const { page } = tracked;
		await page.getByLabel('Customers lost', { exact: true }).fill('500');
		expect(await page.locator('#churn-lost-error').textContent()).toMatch(/cannot exceed customers at start plus customers added/);
		expect(await page.getByLabel('Customers lost', { exact: true }).getAttribute('aria-invalid')).toBe('true');
		expect(await readOutput(page, 'Churn rate')).toBe('—');
		await page.getByLabel('Customers at start', { exact: true }).fill('');
		expect(await page.locator('#churn-start-error').textContent()).toMatch(/required/);
		await expectNoNonsense(page);
	});

	it('opens a shared link with the average convention and joiners who left', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/?start=200&added=20&lost=10&lostNew=2&months=1&basis=average');
		const { page } = tracked;
		await expect.poll(() => page.getByLabel(/Average of start and end/).isChecked()).toBe(true);
		// 10 lost ÷ average of 200 and 210.
		expect(await readOutput(page, 'Churn rate')).toBe('4.88%');
		await page.getByLabel(/Customers at start \(joiners/).check();
		expect(await readOutput(page, 'Churn rate')).toBe('4.00%');
		expect(await readOutput(page, 'Expected lifetime (mean)')).toBe('25.0 months');
		expect(await readOutput(page, 'Expected lifetime (median)')).toBe('17 months');
	});

	it('draws a cohort curve from a pasted table and lists unreadable lines', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/');
		const { page } = tracked;
		await page.getByText('Cohort retention curve').click();
		await page.getByLabel(/Paste a cohort table/).fill('Cohort\tM0\tM1\tM2\nJan\t100\t90\t81\n\nFeb\t50\t40\nMar\tabc\t3');
		await expect.poll(() => page.locator('#churn-cohorts-problems').textContent()).toMatch(/line 5/);
		expect(await page.getByRole('img', { name: /Cohort retention/ }).count()).toBe(1);
		expect(await page.locator('.calc-chart-summary').textContent()).toMatch(
			/After 2 periods, 81.0% of customers remain: only 1 of the 2 cohorts has reached period 2. Both reached period 1, where 86.7% remain/,
		);
		await expectClean(tracked);
	});
});

describe('CLV calculator', () => {
	it('opens a shared link and shows lifetime value, LTV:CAC and payback with rules of thumb', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/clv/?arpa=450&margin=80&churn=1.5&cac=5000');
		const { page } = tracked;
		await expect.poll(() => readOutput(page, 'Customer lifetime value')).toBe('$24,000');
		expect(await readOutput(page, 'LTV:CAC')).toBe('4.8 : 1');
		expect(await readOutput(page, 'CAC payback')).toBe('13.9 months');
		expect(await page.getByText('Commonly cited rule of thumb: 3:1 or better.').count()).toBe(1);
		await page.getByLabel('Discount rate (% per year)').fill('10');
		expect(await readOutput(page, 'Customer lifetime value')).toBe('$15,670');
		const params = await waitForQuery(page, 'discount=10');
		expect(params.get('arpa')).toBe('450');
		const canvas = page.getByRole('img', { name: /Lifetime value against monthly churn/ });
		await canvas.scrollIntoViewIfNeeded();
		// chart.js loads when the chart scrolls into view and then paints the canvas.
		await expect
			.poll(
				() =>
					canvas.evaluate((c: HTMLCanvasElement) => {
						const d = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
						for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true;
						return false;
					}),
				{ timeout: 10_000 },
			)
			.toBe(true);
		expect(await page.locator('.calc-chart-table tbody tr').count()).toBe(9);
		await expectNoNonsense(page);
		await expectClean(tracked);
	});

	it('never shows infinity at zero churn and offers a horizon', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/clv/?arpa=450&margin=80&churn=0');
		const { page } = tracked;
		await expect.poll(() => readOutput(page, 'Customer lifetime value')).toBe('No finite value');
		await page.getByRole('button', { name: 'Use a 60-month horizon' }).click();
		expect(await readOutput(page, 'Customer lifetime value')).toBe('$21,600');
		await expectNoNonsense(page);
	});

	it('refuses churn over 100% and non-numbers next to the field', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/clv/');
		const { page } = tracked;
		const churn = page.getByLabel('Monthly churn (%)');
		await churn.fill('140');
		expect(await page.locator('#clv-churn-error').textContent()).toMatch(/at most 100/);
		await page.getByLabel('Gross margin (%)').fill('eighty');
		expect(await page.locator('#clv-margin-error').textContent()).toMatch(/must be a number/);
		expect(await readOutput(page, 'Customer lifetime value')).toBe('—');
		await expectNoNonsense(page);
	});
});

describe('Health score calculator', () => {
	it('scores one account, excludes missing data and forces red on a critical signal', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await clearHealthExample(page);
		await page.getByLabel('Product usage (% of seats active)', { exact: true }).fill('45');
		await page.getByLabel('Latest survey score (0–10)', { exact: true }).fill('7');
		// usage 50 points × 30 + survey 60 points × 20, over weight 50.
		expect(await readOutput(page, 'Health score')).toBe('54.0');
		expect(await readOutput(page, 'Band')).toBe('Yellow');
		expect(await readOutput(page, 'Coverage')).toBe('50%');
		expect(await readOutput(page, 'Biggest drag')).toBe('Product usage (% of seats active)');
		await page.getByLabel('Previous score (optional)').fill('60');
		expect(await readOutput(page, 'Trend')).toBe('Down (−6.0)');
		await page.getByLabel('Latest survey score (0–10)', { exact: true }).fill('2');
		expect(await readOutput(page, 'Band')).toBe('Red');
		const params = await waitForQuery(page, 'nps=2');
		expect(params.get('usage')).toBe('45');
		await expectNoNonsense(page);
		await expectClean(tracked);
	});

	it('reproduces changed signal settings from a shared link', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/?usage=45&sig=usage~Seats%20used~30~up~20~70~10&sig=nps~Survey~10~up~4~9');
		const { page } = tracked;
		await expect.poll(() => readOutput(page, 'Health score')).toBe('50.0');
		expect(await page.getByLabel('Seats used', { exact: true }).inputValue()).toBe('45');
		expect(await page.getByLabel('Product usage (% of seats active)').count()).toBe(0);
	});

	it('scores a portfolio CSV sorted by risk, reports bad lines and exports a neutralised CSV', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		const csv = [
			'account,usage,lastContact,tickets,payment,nps,renewal,previous',
			'Harbor Hardware,72,10,1,100,9,200,81',
			'Millbrook Books,35,60,5,80,6,45,58',
			'',
			'=HYPERLINK("http://x"),50,20,2,100,8,100,',
			',50,20,2,100,8,100,',
			'Quay Garden,5,30,0,100,10,300,90',
			'Anchor Tools,lots,40,3,90,7,150,',
		].join('\n');
		await page.getByLabel('Portfolio CSV file').setInputFiles({ name: 'portfolio.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		const rows = page.getByRole('region', { name: 'Accounts by risk' }).locator('tbody tr');
		await expect.poll(() => rows.count()).toBe(5);
		const first = await rows.nth(0).locator('th').textContent();
		const bands = await rows.locator('td:nth-child(2)').allTextContents();
		expect(bands[0]).toMatch(/^Red/);
		expect(bands.at(-1)).toMatch(/^Green/);
		expect(['Quay Garden', 'Millbrook Books']).toContain(first);
		expect(await page.locator('#health-file-problems').textContent()).toMatch(/line 6: no account name.*line 8: not a number/s);
		expect(await page.getByRole('img', { name: /Accounts by band/ }).count()).toBe(1);
		const axe = await runAxeBothThemes(page);
		expect(axe.light, 'axe violations with the portfolio shown').toEqual([]);
		expect(axe.dark, 'axe violations with the portfolio shown (dark)').toEqual([]);

		const text = await exportScores(page, 'health');
		const lines = text.split('\r\n');
		expect(lines[0]).toBe('Account,Band,Score,Previous,Change,Coverage (%),Biggest drag,Critical signals,Source line');
		expect(lines).toHaveLength(6);
		expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(lines.slice(1).some((l) => /^'?=/.test(l))).toBe(false);
		await expectClean(tracked);
	});

	it('renders the signal editor only when opened, and keeps an edit after closing it', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		const settings = page.getByRole('region', { name: 'Signal settings' });
		expect(await settings.count(), 'signal editor rendered before anyone opened it').toBe(0);
		const summary = page.getByText('Configure signals', { exact: true });
		await summary.click();
		const weight = settings.getByRole('textbox', { name: /^Weight for / }).first();
		await weight.fill('7');
		await summary.click();
		await summary.click();
		expect(await weight.inputValue()).toBe('7');
		await expectClean(tracked);
	});

	it('explains a CSV with the wrong columns', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		await page.getByLabel('Portfolio CSV file').setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('foo,bar\n1,2\n') });
		await expect.poll(() => page.locator('#health-file-error').textContent()).toMatch(/No column matches a signal/);
	});
});

describe('links and inputs crafted to break a calculator', () => {
	it.for(['constructor', 'toString', 'hasOwnProperty'])(
		'keeps the health calculator working for a shared link with a signal called %s',
		async (id, { openCalculator }) => {
			const tracked = await openCalculator(`/tools/health-score/?sig=${id}~Ctor~10~up~0~100`, { reuseTab: true });
			const { page } = tracked;
			const field = page.getByLabel('Ctor', { exact: true });
			await field.fill('40');
			await expect.poll(() => readOutput(page, 'Health score')).toBe('40.0');
			await waitForQuery(page, `${id}=40`);
			await expectNoNonsense(page);
			await expectClean(tracked);
		},
	);

	it('keeps the health calculator working when a reader names a new signal "Constructor"', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await clearHealthExample(page);
		await page.getByText('Configure signals').click();
		await page.getByRole('button', { name: 'Add a signal' }).click();
		const name = page.getByLabel('Name of signal 6');
		await name.fill('Constructor');
		await page.getByLabel('Constructor', { exact: true }).fill('100');
		await page.getByLabel('Product usage (% of seats active)', { exact: true }).fill('70');
		// Usage at good (100 points, weight 30) and Constructor at good (100 points, weight 10).
		await expect.poll(() => readOutput(page, 'Health score')).toBe('100.0');
		await expectNoNonsense(page);
		await expectClean(tracked);
	});

	it('shows what failed and the inputs, instead of vanishing, when a calculator breaks', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/?start=4242&added=0&lost=0&months=1');
		const { page } = tracked;
		// Break number formatting for one value, as an unforeseen bug would.
		await page.addInitScript(() => {
			const original = Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format')!;
			Object.defineProperty(Intl.NumberFormat.prototype, 'format', {
				get() {
					const format = original.get!.call(this) as (value: number) => string;
					return (value: number) => {
						if (value === 4242) throw new Error('planted failure');
						return format(value);
					};
				},
			});
		});
		await page.reload();
		const alert = page.getByRole('alert').filter({ hasText: 'could not work with these inputs' });
		await expect.poll(() => alert.textContent()).toContain('The churn calculator could not work with these inputs');
		const inputs = await page.locator('.calc-failed-inputs li').allTextContents();
		expect(inputs).toContain('start: 4242');
		expect(await page.getByRole('button', { name: 'Try again' }).count()).toBe(1);
		expect(await page.getByRole('link', { name: "Start again from this page's values" }).getAttribute('href')).toBe('/tools/churn/');
		expect(new URL(page.url()).searchParams.get('start')).toBe('4242');
	});

	it('never writes "undefined" when the period length is cleared or zero', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/churn/');
		const { page } = tracked;
		const months = page.getByLabel('Period length (months)');
		for (const value of ['', '0', 'x']) {
			await months.fill(value);
			await page.waitForSelector('#churn-months-error');
			const text = await page.locator('.calc').first().innerText();
			expect(text).not.toMatch(/undefined|NaN|Infinity/);
			expect(text).toContain('Per period.');
		}
		await months.fill('6');
		expect(await page.locator('.calc').first().innerText()).toContain('Per 6-month period:');
		await expectClean(tracked);
	});

	it.for(['/tools/churn/', '/tools/churn/saas/', '/tools/churn/retail/', '/tools/churn/professional-services/', '/tools/churn/financial-services/'])(
		'%s never prints "Infinity" for revenue amounts too large to add up',
		async (path, { openCalculator }) => {
			const tracked = await openCalculator(`${path}?mrr=1e308&contraction=1e308&churned=1e308`, { reuseTab: true });
			const { page } = tracked;
			await page.waitForSelector('.calc-notice, .calc-error');
			const text = await page.locator('.calc').first().innerText();
			expect(text).not.toMatch(/undefined|NaN|Infinity/);
			expect(text).toContain('must be at most 1,000,000,000,000');
			await page.locator('#churn-contraction').fill('1e308');
			expect(await page.locator('.calc').first().innerText()).not.toMatch(/undefined|NaN|Infinity/);
			await expectNoNonsense(page);
			await expectClean(tracked);
		},
	);
});

/** Give a file input a file with this text, as a file picker would, and fire `change` (even while the input is disabled, as a second quick choice can). */
async function chooseTextFile(input: Locator, name: string, text: string) {
	await input.evaluate(
		(element, { name, text }) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], name, { type: 'text/csv' }));
			(element as HTMLInputElement).files = transfer.files;
			element.dispatchEvent(new Event('change', { bubbles: true }));
		},
		{ name, text },
	);
}

/**
 * Hold the page's messages to its Web Workers until `count` have been sent,
 * then send them in order: the worker answers the first request only after
 * the page has made the second, as when a reader picks another file while a
 * big one is still being read. A page that gave the latest reply to the
 * latest request (one `onmessage` replaced per request) would show the first
 * file's result as the second's. `window.__posted` counts the messages sent.
 */
async function holdWorkerMessages(page: Page, count: number) {
	await page.evaluate((count) => {
		const w = window as unknown as { __posted: number };
		const post = Worker.prototype.postMessage as (this: Worker, ...args: unknown[]) => void;
		const held: (() => void)[] = [];
		w.__posted = 0;
		Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
			w.__posted++;
			held.push(() => post.apply(this, args));
			if (held.length < count) return;
			Worker.prototype.postMessage = post as Worker['postMessage'];
			for (const send of held.splice(0)) send();
		} as Worker['postMessage'];
	}, count);
}

/** Wait until the page has sent its Web Workers `count` messages (counted by holdWorkerMessages). */
const waitForPosted = (page: Page, count: number) => page.waitForFunction((count) => (window as unknown as { __posted: number }).__posted >= count, count);

describe('CSV files that are damaged, foreign or chosen in a hurry', () => {
	const header = 'account,usage,lastContact,tickets,payment,nps,renewal,previous';

	it("shows the second file's result, never the first's, when a second file is chosen while a big one is still read", async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		// Two files chosen back to back, as a reader who picks the wrong file then the right one.
		await page.getByLabel('Portfolio CSV file').evaluate((element, head) => {
			const input = element as HTMLInputElement;
			const choose = (file: File) => {
				const transfer = new DataTransfer();
				transfer.items.add(file);
				input.files = transfer.files;
				input.dispatchEvent(new Event('change', { bubbles: true }));
			};
			const big = [head, ...Array.from({ length: 200_000 }, (_, i) => `Big ${i},50,20,2,100,8,100,`)].join('\n');
			choose(new File([big], 'race-big.csv', { type: 'text/csv' }));
			choose(new File([`${head}\nSmall One,72,10,1,100,9,200,81\nSmall Two,35,60,5,80,6,45,58\n`], 'race-small.csv', { type: 'text/csv' }));
		}, header);
		const status = page.locator('p[role="status"]', { hasText: 'Scored' });
		await expect.poll(() => status.textContent(), { timeout: 60_000 }).toMatch(/^Scored 2 accounts from race-small\.csv/);
		const rows = page.getByRole('region', { name: 'Accounts by risk' }).locator('tbody th');
		expect((await rows.allTextContents()).sort()).toEqual(['Small One', 'Small Two']);
		// The big file finishing later changes nothing.
		await expect.poll(() => page.getByLabel('Portfolio CSV file').isEnabled(), { timeout: 60_000 }).toBe(true);
		expect(await status.textContent()).toMatch(/^Scored 2 accounts from race-small\.csv/);
		expect(listExportedAccounts(await exportScores(page, 'race'))).toEqual(['Small One', 'Small Two']);
	});

	it("shows the second file's scores, never the first's, when the worker answers the first after the second was sent", async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		const input = page.getByLabel('Portfolio CSV file');
		await input.waitFor({ state: 'attached' });
		await holdWorkerMessages(page, 2);
		await chooseTextFile(input, 'first.csv', `${header}\nFirst One,72,10,1,100,9,200,81\n`);
		await waitForPosted(page, 1);
		await chooseTextFile(input, 'second.csv', `${header}\nSecond One,35,60,5,80,6,45,58\nSecond Two,5,30,0,100,10,300,90\n`);
		const status = page.locator('p[role="status"]', { hasText: 'Scored' });
		await expect.poll(() => status.textContent()).toMatch(/^Scored 2 accounts from second\.csv/);
		const rows = page.getByRole('region', { name: 'Accounts by risk' }).locator('tbody th');
		expect((await rows.allTextContents()).sort()).toEqual(['Second One', 'Second Two']);
		await expect.poll(() => input.isEnabled()).toBe(true);
		// The export asks for the rows of the scoring shown, which the worker holds.
		expect(listExportedAccounts(await exportScores(page, 'held'))).toEqual(['Second One', 'Second Two']);
		await expectClean(tracked);
	});

	it("shows the second survey's answers, never the first's, when the worker answers the first after the second was sent", async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		await page.getByLabel('Individual 0–10 answers').check();
		const input = page.getByLabel(/Or import a CSV file/);
		await holdWorkerMessages(page, 2);
		await chooseTextFile(input, 'first.csv', 'score\n0\n0\n0\n');
		await waitForPosted(page, 1);
		// The input is disabled while the first file is read: only a quick second choice, as here, gets in.
		expect(await input.isDisabled()).toBe(true);
		await chooseTextFile(input, 'second.csv', 'score\n10\n10\n');
		await expect.poll(() => page.locator('.calc-help', { hasText: 'answers read from' }).textContent()).toBe('second.csv: 2 answers read from 2 rows.');
		expect(await readOutput(page, 'Responses')).toBe('2');
		expect(await readOutput(page, 'Net Promoter Score')).toBe('+100.0');
		await expect.poll(() => input.isEnabled()).toBe(true);
		expect(await page.locator('.calc-help', { hasText: 'answers read from' }).textContent()).toBe('second.csv: 2 answers read from 2 rows.');
		await expectClean(tracked);
	});

	it('scores every good row after an unclosed quote and names the line it could not read', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		const csv = [
			header,
			'Harbor Hardware,72,10,1,100,9,200,81',
			'"Millbrook Books,35,60,5,80,6,45,58',
			'Quay Garden,5,30,0,100,10,300,90',
			'Anchor Tools,50,40,3,90,7,150,',
		].join('\n');
		await page.getByLabel('Portfolio CSV file').setInputFiles({ name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		const status = page.locator('p[role="status"]', { hasText: 'Scored' });
		await expect
			.poll(() => status.textContent())
			.toContain("Scored 3 accounts from quote.csv, riskiest first. 1 of the file's 4 rows could not be scored; they are listed above.");
		expect(await page.locator('#health-file-problems').textContent()).toContain('line 3: could not be read (a quote is opened and not closed on this line)');
	});

	it('reads a Latin-1 export with its accents, says which encoding it used, and exports the names intact', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		const csv = Buffer.from(`${header}\nB\u00eata Soci\u00e9t\u00e9,72,10,1,100,9,200,81\n`, 'latin1');
		await page.getByLabel('Portfolio CSV file').setInputFiles({ name: 'latin1.csv', mimeType: 'text/csv', buffer: csv });
		const rows = page.getByRole('region', { name: 'Accounts by risk' }).locator('tbody th');
		await expect.poll(() => rows.allTextContents()).toEqual(['Bêta Société']);
		expect(await page.locator('.calc-notice', { hasText: 'Windows-1252' }).textContent()).toContain('read as Windows-1252');
		expect(await exportScores(page, 'latin1')).toContain('Bêta Société');
	});

	it('refuses a binary file with a short message and keeps the results it had', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/');
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		const input = page.getByLabel('Portfolio CSV file');
		await input.setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}\nHarbor Hardware,72,10,1,100,9,200,81\n`) });
		const status = page.locator('p[role="status"]', { hasText: 'Scored' });
		await expect.poll(() => status.textContent()).toMatch(/^Scored 1 accounts from good\.csv/);
		const binary = Buffer.from(Array.from({ length: 60_000 }, (_, i) => (i < 4 ? [0x50, 0x4b, 0x03, 0x04][i] : (i * 7919) % 256)));
		await input.setInputFiles({ name: 'report.xlsx', mimeType: 'application/octet-stream', buffer: binary });
		const error = page.locator('#health-file-error');
		await expect.poll(() => error.textContent()).toMatch(/^report\.xlsx: This file is not a CSV text file/);
		expect(((await error.textContent()) ?? '').length).toBeLessThan(400);
		expect(await error.textContent()).toContain('The results below are still those of good.csv.');
		expect(await status.textContent()).toMatch(/^Scored 1 accounts from good\.csv/);
	});

	it('honours an Excel "sep=;" first line in NPS answers', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/nps/');
		const { page } = tracked;
		await page.getByLabel('Individual 0–10 answers').check();
		const input = page.getByLabel(/Or import a CSV file/);
		await input.setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: Buffer.from('sep=;\nname;score\nAna, Inc.;10\nBo;9\nCy;3\n') });
		await expect.poll(() => page.locator('.calc-help', { hasText: 'answers read from' }).textContent()).toBe('excel.csv: 3 answers read from 3 rows.');
		expect(await readOutput(page, 'Net Promoter Score')).toBe('+33.3');
	});
});

/** Sections render their contents once opened (LazySection): wait until every open one has. */
async function waitForOpenSections(page: Page) {
	await page.waitForFunction(() => [...document.querySelectorAll('details.calc-section[open]')].every((d) => d.children.length > 1));
}

describe('every calculator page', () => {
	it.for(pages)('%s fits a 390 px screen without sideways scrolling', async (path, { openCalculator }) => {
		const tracked = await openCalculator(path, { viewport: { width: 390, height: 844 }, reuseTab: true });
		// Every section open, including the signal settings table.
		await tracked.page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
		await waitForOpenSections(tracked.page);
		const overflow = await tracked.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await expectClean(tracked);
	});

	/** Gzip size of built files by URL path. */
	const gzipped = (paths: Iterable<string>) => {
		let total = 0;
		for (const p of paths) {
			const file = join(inject('distDir'), p);
			if (existsSync(file)) total += gzipSync(readFileSync(file)).length;
		}
		return total;
	};
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

	it.for(pages)('%s loads at most 150 KB of JavaScript (gzip) when opened with the calculator in view', async (path, { openCalculator }) => {
		const tracked = await openCalculator(path);
		const { page } = tracked;
		// Everything it fetches, the island's lazy parts included (see TrackedPage.settled).
		await tracked.settled();
		const loaded = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.map((e) => new URL(e.name).pathname)
				.filter((p) => p.endsWith('.js')),
		);
		const onOpen = gzipped(new Set(loaded));
		// Everything a reader can pull in by using every feature: the chart (chart.js) and the CSV reader (papaparse).
		const astro = readdirSync(join(inject('distDir'), '_astro'));
		const onDemand = astro.filter((f) => /^(chart-setup|csv)\..*\.js$/.test(f)).map((f) => `/_astro/${f}`);
		const everything = gzipped(new Set([...loaded, ...onDemand]));
		console.info(`${path}: ${kb(onOpen)} on open; ${kb(everything)} with chart and CSV reader`);
		// The search UI loads only when a reader goes to search (see overrides/Search.astro).
		expect(
			loaded.some((p) => /\/ui-core\./.test(p)),
			'search UI loaded before anyone searched',
		).toBe(false);
		expect(onOpen).toBeGreaterThan(50 * 1024);
		expect(onOpen).toBeLessThanOrEqual(150 * 1024);
		expect(everything, 'calculator page with chart and CSV reader').toBeLessThanOrEqual(150 * 1024);
		await expectClean(tracked);
	});

	it.for(pages)('%s has no axe violations with every section open and an error showing, in light and dark themes', async (path, { openCalculator }) => {
		const tracked = await openCalculator(path);
		const { page } = tracked;
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
		await waitForOpenSections(page);
		const firstInput = page.locator('.calc input[type="text"]').first();
		await firstInput.fill('not a number');
		await page.waitForSelector('.calc-error');
		const { light, dark } = await runAxeBothThemes(page);
		expect(light, 'axe violations (light)').toEqual([]);
		expect(dark, 'axe violations (dark)').toEqual([]);
	});
});
