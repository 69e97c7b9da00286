/**
 * Timings of the big imports, printed rather than asserted: how long a
 * 100,000-account portfolio takes from the file arriving to the table showing,
 * the longest gap between two animation frames meanwhile (how long the page
 * stopped answering), and the same for 200,000 and 1,000,000 NPS answers
 * (counted in the NPS page's Web Worker). `npm test` checks
 * that these imports are right and how their work is split
 * (tests/e2e/load.test.ts); the clock belongs here, where a slow or busy
 * machine gives a slow figure instead of a red build.
 *
 *   node scripts/bench-load.ts [--runs 3]     needs a build; part of `npm run bench`
 */
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.ts';
import { serveWithNginx } from './serve-nginx.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Math.max(1, Number(args.runs) || 1);
const dist = resolve(import.meta.dirname, '../dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('No built site in dist/: run `npm run build` first.');
	process.exit(1);
}

/** Make a CSV inside the page, hand it to the file input, and time until a result or status shows `done`. */
async function timeImport(
	page: Page,
	inputId: string,
	csv: { header: string; rows: number; kind: 'portfolio' | 'nps' },
	done: string,
): Promise<{ ms: number; gapMs: number }> {
	// The input renders once its section has opened, a render after the click.
	await page.locator(`#${inputId}`).waitFor({ state: 'attached' });
	return page.evaluate(
		({ inputId, csv, done }) =>
			new Promise<{ ms: number; gapMs: number }>((resolve) => {
				const lines = [csv.header];
				// The same rows as tests/e2e/load.test.ts.
				for (let i = 0; i < csv.rows; i++) lines.push(csv.kind === 'portfolio' ? `Account ${i},${i % 100},${i % 11},${50 + (i % 51)}` : `${i},${i % 11}`);
				const transfer = new DataTransfer();
				transfer.items.add(new File([lines.join('\n')], 'big.csv', { type: 'text/csv' }));
				const input = document.getElementById(inputId) as HTMLInputElement;
				input.files = transfer.files;
				let gapMs = 0;
				let last = performance.now();
				const started = last;
				// Done when a calculator result, a status line or a paragraph holds the text.
				const isDone = () => [...document.querySelectorAll('output, [role="status"], p')].some((e) => e.textContent?.includes(done));
				const tick = (now: number) => {
					gapMs = Math.max(gapMs, now - last);
					last = now;
					if (isDone()) resolve({ ms: performance.now() - started, gapMs });
					else requestAnimationFrame(tick);
				};
				input.dispatchEvent(new Event('change', { bubbles: true }));
				requestAnimationFrame(tick);
			}),
		{ inputId, csv, done },
	);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveWithNginx(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
	console.log(
		`\nImport timings (Chromium, no throttling), median of ${runs} run(s); load average at start ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
	);
	const cases = [
		{
			label: '100,000-account health portfolio',
			path: '/tools/health-score/',
			open: (page: Page) => page.getByText('Score a whole portfolio from a CSV file').click(),
			inputId: 'health-file',
			csv: { header: 'account,usage,nps,payment', rows: 100_000, kind: 'portfolio' as const },
			done: 'Scored 100,000 accounts',
		},
		// Not the progress line ("N rows read so far"): the summary under the column choice.
		...[200_000, 1_000_000].map((rows) => ({
			label: `${rows.toLocaleString('en-US')}-answer NPS survey`,
			path: '/tools/nps/',
			open: (page: Page) => page.getByLabel('Individual 0–10 answers').check(),
			inputId: 'nps-file',
			csv: { header: 'respondent,score', rows, kind: 'nps' as const },
			done: `${rows.toLocaleString('en-US')} answers read from`,
		})),
	];
	for (const c of cases) {
		const results: { ms: number; gapMs: number }[] = [];
		for (let i = 0; i < runs; i++) {
			const page = await browser.newPage();
			try {
				await page.goto(`${server.url}${c.path}`);
				await page.locator('astro-island').first().scrollIntoViewIfNeeded();
				await page.waitForSelector('astro-island:not([ssr])', { state: 'attached' });
				await c.open(page);
				results.push(await timeImport(page, c.inputId, c.csv, c.done));
			} finally {
				await page.close();
			}
		}
		console.log(
			`${c.label.padEnd(34)} shown in ${Math.round(median(results.map((r) => r.ms)))} ms; longest frame gap ${Math.round(median(results.map((r) => r.gapMs)))} ms (runs: ${results.map((r) => Math.round(r.ms)).join(', ')} ms)`,
		);
	}
} finally {
	await browser.close();
	await server.close();
}
