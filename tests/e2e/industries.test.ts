/**
 * Industry variants in the browser: the notes switcher (URL parameter wins,
 * choice remembered), calculator variants with the industry's labels and
 * defaults, `?industry=` on a generic calculator page, and results placed
 * against the industry's benchmark range.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './support/browser.ts';

/** Names of the notes currently shown, in order. */
async function visibleNotes(page: import('playwright-core').Page): Promise<string[]> {
	return page.locator('[data-industry-notes] .industry-note:visible').evaluateAll((notes) => notes.map((n) => (n as HTMLElement).dataset.industry!));
}

describe('industry notes', () => {
	it('shows the industry from the URL first, remembers the reader’s choice, and lets the URL win again', async () => {
		const tracked = await openPage('/industries/?industry=retail');
		const { page } = tracked;
		try {
			const block = page.locator('[data-industry-notes]').first();
			const select = block.getByLabel('Your industry', { exact: true });
			await expect.poll(() => visibleNotes(page)).toEqual(['retail']);
			expect(await select.inputValue()).toBe('retail');
			await expect.poll(() => block.locator('.industry-note').first().textContent()).toMatch(/Retail \/ e-commerce[\s\S]*lapse|buy/);

			// Switching changes the note shown and is remembered in this browser.
			await select.selectOption('financial-services');
			await expect.poll(() => visibleNotes(page)).toEqual(['financial-services']);
			expect(await block.locator('.industry-note').first().textContent()).toMatch(/relationship manager/i);

			await page.goto(new URL('/industries/', page.url()).href);
			await expect.poll(() => visibleNotes(page)).toEqual(['financial-services']);

			// A link with ?industry= still wins over the remembered choice.
			await page.goto(new URL('/industries/?industry=saas', page.url()).href);
			await expect.poll(() => visibleNotes(page)).toEqual(['saas']);

			// Every industry stays one click away.
			await block.getByRole('button', { name: 'Show the other industries' }).click();
			expect((await visibleNotes(page)).length).toBe(4);
			expect(tracked.consoleErrors).toEqual([]);
			expect(tracked.foreignRequests).toEqual([]);
		} finally {
			await tracked.close();
		}
	});

	it('keeps every industry’s note readable without JavaScript', async () => {
		const tracked = await openPage('/industries/');
		try {
			const html = await tracked.page.evaluate(async () => (await fetch(location.href)).text());
			for (const id of ['saas', 'professional-services', 'retail', 'financial-services']) {
				expect(html).toMatch(new RegExp(`<article[^>]*data-industry="${id}"(?![^>]*hidden)`));
			}
		} finally {
			await tracked.close();
		}
	});
});

describe('industry hubs', () => {
	it('brings together guidance for all nine plan sections, presets, benchmarks and regulatory notes', async () => {
		const tracked = await openPage('/industries/financial-services/');
		const { page } = tracked;
		try {
			expect(await page.locator('h3[id^="plan-"]').count()).toBe(9);
			await expect.poll(() => page.getByRole('heading', { name: 'Regulatory notes' }).count()).toBe(1);
			expect(await page.getByText(/eight weeks after receiving the complaint/).count()).toBe(1);
			expect(await page.getByRole('table', { name: /benchmark ranges/ }).count()).toBe(1);
			expect(await page.locator('a[href="/tools/clv/financial-services/"]').count()).toBeGreaterThan(0);
			expect(tracked.consoleErrors).toEqual([]);
			expect(tracked.foreignRequests).toEqual([]);
		} finally {
			await tracked.close();
		}
	});
});
