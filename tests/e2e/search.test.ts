/** Search (Pagefind through Starlight) finds pages and filters by section and audience. */
import { describe, expect, it } from 'vitest';
import { baseUrl, connectBrowser, openPage } from './support/browser.ts';

describe('search', () => {
	it('finds a known page, offers section and audience filters, and narrows by section', async () => {
		const tracked = await openPage('/');
		const { page } = tracked;
		try {
			await page.getByRole('button', { name: /^Search/ }).click();
			const input = page.getByRole('textbox', { name: 'Search' });
			await input.fill('review date owner');
			const results = page.locator('.pagefind-ui__result-link');
			await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
			const hrefs = await results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
			expect(hrefs).toContain('/contribute/content-health/');

			// Pagefind loads the filters after the first results.
			const filterNames = page.locator('.pagefind-ui__filter-name');
			await expect
				.poll(async () => (await filterNames.allTextContents()).map((n) => n.trim().toLowerCase()))
				.toEqual(expect.arrayContaining(['section', 'audience', 'industry']));

			// Restricting to the Training section drops the Contribute page from the results.
			await page.locator('.pagefind-ui__filter-name', { hasText: /section/i }).click();
			await page.getByLabel(/^Training/).check();
			await expect
				.poll(async () => results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname)), { timeout: 10_000 })
				.not.toContain('/contribute/content-health/');
			expect(tracked.consoleErrors).toEqual([]);
		} finally {
			await tracked.close();
		}
	});

	it('loads the search UI only when asked, then opens with Ctrl+K and focuses the search box', async () => {
		const tracked = await openPage('/plan/escalation/', { waitUntil: 'networkidle' });
		const { page } = tracked;
		try {
			const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
			expect((await scripts()).some((p) => /\/ui-core\./.test(p)), 'search UI loaded on arrival').toBe(false);
			await page.keyboard.press('Control+k');
			const input = page.getByRole('textbox', { name: 'Search' });
			await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
			await page.keyboard.type('escalation');
			await expect.poll(() => page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
			expect(tracked.consoleErrors).toEqual([]);
		} finally {
			await tracked.close();
		}
	});

	it('keeps the first search, under the CSP, within 300 KB (Pagefind script, WebAssembly and index)', async () => {
		const browser = await connectBrowser();
		const context = await browser.newContext();
		const page = await context.newPage();
		const sizes = new Map<string, number>();
		// Listen before navigating (Pagefind's UI script loads as soon as the page is
		// idle), and on the whole context so the search worker's fetches count too.
		context.on('response', async (response) => {
			if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
			sizes.set(new URL(response.url()).pathname, (await response.body().catch(() => Buffer.alloc(0))).length);
		});
		try {
			await page.goto(new URL('/', baseUrl()).href, { waitUntil: 'networkidle' });
			await page.getByRole('button', { name: /^Search/ }).click();
			await page.getByRole('textbox', { name: 'Search' }).fill('escalation');
			await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
			await page.waitForLoadState('networkidle');
			const total = [...sizes.values()].reduce((a, b) => a + b, 0);
			console.log(
				`First search loads ${sizes.size} Pagefind files, ${(total / 1024).toFixed(1)} KB as served:\n` +
					[...sizes].map(([path, bytes]) => `  ${path} ${(bytes / 1024).toFixed(1)} KB`).join('\n'),
			);
			expect([...sizes.keys()]).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', expect.stringMatching(/^\/pagefind\/wasm\./)]));
			expect(total).toBeLessThan(300 * 1024);
		} finally {
			await context.close();
		}
	});
});
