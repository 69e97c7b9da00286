/**
 * Reliability under load: big imports in the calculators. These check what a
 * reader gets (every row read, the right result) and how the work is split,
 * never how long it took: a stopwatch measures the machine as much as the
 * page. The timings are printed by `npm run bench` (scripts/bench-load.ts).
 */
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/calculator.ts';
import { PORTFOLIO_SLICE_ROWS, SHOWN_ROWS } from '#src/lib/portfolio.ts';
import { NPS_SLICE_ROWS } from '#src/lib/nps-import.ts';

/**
 * What the page heard from a Web Worker: progress counts (accounts scored or
 * rows read), or the size of an answer (accounts scored and shown, or answers counted).
 */
type HeardMessage = { type: 'progress'; count: number } | { type: 'answer'; total?: number; shown?: number; answers?: number };

/**
 * Hand the file input a CSV made in the page, as a file picker would: sending
 * megabytes through the test harness is slow, and on a busy machine slower
 * than the import itself. `kind` picks the rows (the same as scripts/bench-load.ts).
 */
async function chooseCsvMadeInPage(page: Page, inputId: string, kind: 'portfolio' | 'nps', rows: number) {
	// The input renders once its section has opened, a render after the click.
	await page.locator(`#${inputId}`).waitFor({ state: 'attached' });
	await page.evaluate(
		({ inputId, kind, rows }) => {
			const lines = [kind === 'portfolio' ? 'account,usage,nps,payment' : 'respondent,score'];
			for (let i = 0; i < rows; i++) lines.push(kind === 'portfolio' ? `Account ${i},${i % 100},${i % 11},${50 + (i % 51)}` : `${i},${i % 11}`);
			const transfer = new DataTransfer();
			transfer.items.add(new File([lines.join('\n')], `${kind}.csv`, { type: 'text/csv' }));
			const input = document.getElementById(inputId) as HTMLInputElement;
			input.files = transfer.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
		},
		{ inputId, kind, rows },
	);
}

/** Long enough for a machine with every core busy; a hang still fails. */
const patience = 180_000;

/**
 * Record every message the page's Web Workers send it, before the island
 * creates its worker (the health island does so when the import section is
 * opened, the NPS island when a file is chosen).
 */
async function listenToWorkers(page: Page): Promise<() => Promise<HeardMessage[]>> {
	await page.evaluate(() => {
		const w = window as unknown as { __heard: unknown[] };
		w.__heard = [];
		const Original = window.Worker;
		window.Worker = class extends Original {
			constructor(...args: ConstructorParameters<typeof Worker>) {
				super(...args);
				this.addEventListener('message', (event: MessageEvent) => {
					const data = event.data ?? {};
					const outcome = data.outcome ?? {};
					w.__heard.push(
						data.type === 'progress'
							? { type: 'progress', count: data.scored ?? data.read }
							: { type: 'answer', total: outcome.total, shown: outcome.shown?.length, answers: outcome.answers },
					);
				});
			}
		};
	});
	return () => page.evaluate(() => (window as unknown as { __heard: HeardMessage[] }).__heard);
}

describe('health-score portfolio import', () => {
	it(
		'scores 100,000 accounts off the page, reporting progress slice by slice, and hands the page only what it shows',
		async ({ openCalculator }) => {
			const tracked = await openCalculator('/tools/health-score/');
			const { page } = tracked;
			const heard = await listenToWorkers(page);
			await page.getByText('Score a whole portfolio from a CSV file').click();
			await chooseCsvMadeInPage(page, 'health-file', 'portfolio', 100_000);
			await page.waitForFunction(() => /Scored 100,000 accounts/.test(document.body.textContent ?? ''), null, { timeout: patience });
			// The scoring ran in the worker, which told the page after every
			// slice: the page never waits on more than one slice of work, on any
			// machine, and the count is what a reader sees while it runs.
			const messages = await heard();
			const progress = messages.filter((m) => m.type === 'progress').map((m) => (m as { count: number }).count);
			expect(progress).toEqual(Array.from({ length: 100_000 / PORTFOLIO_SLICE_ROWS }, (_, i) => (i + 1) * PORTFOLIO_SLICE_ROWS));
			// Then one answer: the counts and the riskiest rows only, not 100,000 rows to copy.
			expect(messages.at(-1)).toEqual({ type: 'answer', total: 100_000, shown: SHOWN_ROWS });
			expect(await page.getByRole('region', { name: 'Accounts by risk' }).locator('tbody tr').count()).toBe(SHOWN_ROWS);
			expect(tracked.consoleErrors).toEqual([]);
		},
		patience + 30_000,
	);

	it(
		'scores a 200,000-row portfolio and lists the 100 riskiest accounts',
		async ({ openCalculator }) => {
			const tracked = await openCalculator('/tools/health-score/');
			const { page } = tracked;
			await page.getByText('Score a whole portfolio from a CSV file').click();
			await chooseCsvMadeInPage(page, 'health-file', 'portfolio', 200_000);
			await page.waitForFunction(() => /Scored 200,000 accounts/.test(document.body.textContent ?? ''), null, { timeout: patience });
			expect(await page.getByRole('region', { name: 'Accounts by risk' }).locator('tbody tr').count()).toBe(100);
		},
		patience + 30_000,
	);
});

describe('NPS survey import', () => {
	it(
		'counts 200,000 scores from a CSV file off the page, reporting progress slice by slice, and computes the score from all of them',
		async ({ openCalculator }) => {
			const tracked = await openCalculator('/tools/nps/');
			const { page } = tracked;
			const heard = await listenToWorkers(page);
			await page.getByLabel('Individual 0–10 answers').check();
			// Scores cycle 0..10: per 11 answers, 2 promoters, 2 passives and 7 detractors.
			await chooseCsvMadeInPage(page, 'nps-file', 'nps', 200_000);
			const responses = page.getByRole('status', { name: 'Responses', exact: true });
			await expect.poll(() => responses.textContent(), { timeout: patience }).toBe('200,000');
			// 200,000 answers = 18,181 full cycles of 0–10 plus 0–8 once more:
			// 36,362 promoters and 127,274 detractors, so NPS = −45.456…
			expect((await page.getByRole('status', { name: 'Net Promoter Score', exact: true }).textContent())?.trim()).toMatch(/^[-−]45\.5$/);
			// The counting ran in the worker, which told the page after every
			// slice of rows, then sent the counts alone, not 200,000 answers.
			const messages = await heard();
			const progress = messages.filter((m) => m.type === 'progress').map((m) => (m as { count: number }).count);
			expect(progress).toEqual(Array.from({ length: 200_000 / NPS_SLICE_ROWS }, (_, i) => (i + 1) * NPS_SLICE_ROWS));
			expect(messages.at(-1)).toEqual({ type: 'answer', answers: 200_000 });
			expect(tracked.consoleErrors).toEqual([]);
		},
		patience + 30_000,
	);
});
