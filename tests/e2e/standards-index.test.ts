/** The standards landing page is a tappable index: every standard a link, with its answer from data. */
import { describe, expect } from 'vitest';
import { listBuiltPages } from './support/browser.ts';
import { it } from './support/fixtures.ts';

describe('standards index', () => {
	it('links every standard, each with a one-line answer, and leads with the urgent first-response target per tier', async ({ openPage }) => {
		const standards = listBuiltPages().filter((p) => p.startsWith('/standards/') && p !== '/standards/');
		const tracked = await openPage('/standards/', { viewport: { width: 390, height: 844 } });
		const { page } = tracked;
		const items = page.locator('.pb-standards-index li');
		const links = await items.locator('a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
		expect(links.sort()).toEqual(standards.sort());
		for (const answer of await items.locator('.pb-standards-index__answer').allInnerTexts()) expect(answer.trim().length).toBeGreaterThan(10);
		const responseTimes = page.locator('[data-standard="standards/response-times"]');
		await expect.poll(() => responseTimes.innerText()).toMatch(/Urgent first response: Strategic \d+ \w+ \([\w ]+\), Growth .+, Core .+\./);
		// Tappable on a phone: each link at least 44 px tall (WCAG 2.5.5 enhanced target size).
		for (const box of await items.locator('a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height))) expect(box).toBeGreaterThanOrEqual(44);
		await items.locator('a', { hasText: 'Escalation path' }).click();
		await expect.poll(() => new URL(page.url()).pathname).toBe('/standards/escalation/');
		expect(tracked.consoleErrors).toEqual([]);
	});
});
