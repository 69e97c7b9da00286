/**
 * The browser tests' fixtures (vitest's `test.extend`): one Chromium per test
 * worker, and for each test pages as clean as new contexts (tabs emptied
 * between tests, see createTabPool in ./browser.ts) that are handed back or
 * closed when the test ends, passed or failed. A test asks for what it uses:
 *
 *   it('shows the plan', async ({ openPage }) => {
 *   	const { page, consoleErrors } = await openPage('/plan/');
 *   	…
 *   });
 *
 * Any page opened with `openPage` fails its test on a Content-Security-Policy
 * violation, whether or not the test looks (see `allowCspViolations`).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect, inject, test as base } from 'vitest';
import { chromiumArgs } from '../../../scripts/chromium.ts';
import { createReusedTabs, createTabPool, defaultViewport, type OpenOptions, type ReusedTabs, type TabPool, type TrackedPage } from './browser.ts';

export type OpenPage = (path: string, options?: OpenOptions) => Promise<TrackedPage>;

/**
 * A test whose tab cannot be reused, and the `page` fixture, open a new
 * context, and Chromium starts a new renderer process for each: on two
 * cores that start-up was a good part of a short test. Capped at two, later
 * pages reuse a running process (each context still keeps its own storage,
 * cache and cookies), which made the browser tests 10–15% faster here; two,
 * not one, so a test's second page or a concurrent test still gets a main
 * thread of its own.
 */
const testOnlyArgs = ['--renderer-process-limit=2'];

export const test = base
	/**
	 * Launched by the worker itself, not shared through the main process: a
	 * direct pipe takes one hop off every command a test sends, and with the
	 * e2e project's `isolate: false` a worker keeps its browser from file to file.
	 */
	.extend('browser', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
		const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: [...chromiumArgs, ...testOnlyArgs], headless: true });
		onCleanup(() => browser.close());
		return browser;
	})
	/** Clean tabs handed from test to test in place of new contexts (see createTabPool), kept for the worker's life. */
	.extend('tabPool', { scope: 'worker' }, async ({ browser }, { onCleanup }): Promise<TabPool> => {
		const pool = createTabPool(browser);
		onCleanup(() => pool.close());
		return pool;
	})
	/** The tabs `openPage(path, { reuseTab: true })` navigates, kept for one test file. */
	.extend('reusedTabs', { scope: 'file' }, async ({ browser }, { onCleanup }): Promise<ReusedTabs> => {
		const tabs = createReusedTabs(browser);
		onCleanup(() => tabs.close());
		return tabs;
	})
	/**
	 * Opens `path` in a tab as clean as a new context (or the file's reused
	 * tab) and waits until the islands in view have hydrated. The tab goes
	 * back to the pool, emptied, when the test ends.
	 */
	.extend('openPage', async ({ tabPool, reusedTabs, onTestFinished }, { onCleanup }): Promise<OpenPage> => {
		const releases: (() => Promise<void>)[] = [];
		onCleanup(async () => {
			await Promise.all(releases.map((release) => release()));
		});
		return async (path, options = {}) => {
			let tracked: TrackedPage;
			if (options.reuseTab) {
				tracked = await reusedTabs.open(path, options);
			} else {
				const acquired = await tabPool.acquire(options);
				releases.push(acquired.release);
				tracked = acquired.tracked;
				await acquired.open(path);
			}
			if (!options.allowCspViolations) {
				// Checked once the test is over, so a violation after its last look still fails it.
				onTestFinished(() => {
					expect(tracked.cspViolations, `Content-Security-Policy violations on ${path}`).toEqual([]);
				});
			}
			return tracked;
		};
	})
	/** A blank page in a new context, not tracked: for tests that listen to the browser themselves. */
	.extend('page', async ({ browser }, { onCleanup }): Promise<Page> => {
		const context = await browser.newContext({ viewport: defaultViewport });
		onCleanup(() => context.close());
		return context.newPage();
	});

export const it = test;
