/**
 * The browser tests hand tabs from test to test (support/browser.ts,
 * createTabPool). These check the promise that makes that safe: a tab handed
 * on is as clean as a new context, and a tab a test changed for good is not
 * handed on at all.
 */
import { describe, expect } from 'vitest';
import { createTabPool, navigate } from './support/browser.ts';
import { it } from './support/fixtures.ts';

describe('tabs handed from test to test', () => {
	it('come back with no storage, cookies, history, cache or listeners from the test before', async ({ browser }) => {
		const pool = createTabPool(browser);
		try {
			const first = await pool.acquire({});
			const { page } = first.tracked;
			await first.open('/');
			await navigate(page, '/tools/nps/');
			let heardAfterwards = 0;
			page.on('console', () => heardAfterwards++);
			await page.evaluate(async () => {
				localStorage.setItem('left', 'behind');
				sessionStorage.setItem('left', 'behind');
				document.cookie = 'left=behind; path=/';
				await caches.open('left').then((cache) => cache.put('/left', new Response('behind')));
				await new Promise<void>((resolve, reject) => {
					const request = indexedDB.open('left', 1);
					request.onupgradeneeded = () => request.result.createObjectStore('things');
					request.onsuccess = () => {
						request.result.close();
						resolve();
					};
					request.onerror = () => reject(request.error);
				});
			});
			await first.release();

			const second = await pool.acquire({});
			expect(second.tracked.page, 'the same tab, handed on').toBe(page);
			await second.open('/tools/nps/');
			const left = await page.evaluate(async () => ({
				local: localStorage.getItem('left'),
				session: sessionStorage.getItem('left'),
				cookie: document.cookie,
				caches: await caches.keys(),
				databases: (await indexedDB.databases()).map((d) => d.name),
				history: history.length,
				// A cold cache fetches the page's assets over the network again.
				fromCache: performance
					.getEntriesByType('resource')
					.filter((e) => (e as PerformanceResourceTiming).transferSize === 0 && new URL(e.name).pathname.startsWith('/_astro/'))
					.map((e) => e.name),
			}));
			expect(left).toEqual({ local: null, session: null, cookie: '', caches: [], databases: [], history: 1, fromCache: [] });
			await page.evaluate(() => console.log('after the hand-over'));
			expect(heardAfterwards, "the earlier test's listener").toBe(0);
			expect(second.tracked.consoleErrors).toEqual([]);
			await second.release();
		} finally {
			await pool.close();
		}
	});

	it('are closed, not handed on, after a test adds what a navigation keeps', async ({ browser }) => {
		const pool = createTabPool(browser);
		try {
			for (const spoil of [
				(page: import('playwright-core').Page) => page.addInitScript(() => ((window as unknown as { spoilt: boolean }).spoilt = true)),
				(page: import('playwright-core').Page) => page.route('**/nothing', (route) => route.abort()),
				(page: import('playwright-core').Page) => page.context().grantPermissions(['clipboard-read']),
				(page: import('playwright-core').Page) => page.emulateMedia({ media: 'print' }),
			]) {
				const first = await pool.acquire({});
				await spoil(first.tracked.page);
				await first.release();
				expect(first.tracked.page.isClosed(), `closed after ${spoil.toString()}`).toBe(true);
				const second = await pool.acquire({});
				expect(second.tracked.page).not.toBe(first.tracked.page);
				await second.release();
			}
		} finally {
			await pool.close();
		}
	});

	it('keep a viewport of their own: a phone-sized tab is not handed to a desktop test', async ({ browser }) => {
		const pool = createTabPool(browser);
		try {
			const phone = await pool.acquire({ viewport: { width: 390, height: 844 } });
			await phone.release();
			const desktop = await pool.acquire({});
			expect(desktop.tracked.page).not.toBe(phone.tracked.page);
			await desktop.open('/');
			expect(await desktop.tracked.page.evaluate(() => window.innerWidth)).toBe(1280);
			await desktop.release();
		} finally {
			await pool.close();
		}
	});
});
