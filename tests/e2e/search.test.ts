/** Search (Pagefind through Starlight) finds pages and filters by section and audience. */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';

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

			const filterNames = await page.locator('.pagefind-ui__filter-name').allTextContents();
			expect(filterNames.map((n) => n.trim().toLowerCase())).toEqual(expect.arrayContaining(['section', 'audience']));

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
});
