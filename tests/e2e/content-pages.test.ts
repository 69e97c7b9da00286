/**
 * The written plan, standards and reference pages in Chromium: readable on a phone (no
 * sideways scrolling, every scrolling table reachable by keyboard), nothing
 * from other hosts. Console errors and axe are checked on every page by
 * site.test.ts, so they are not repeated here.
 */
import { describe, expect } from 'vitest';
import { it } from './support/fixtures.ts';

const pages = [
	'/plan/',
	'/plan/current-state/',
	'/plan/segmentation-and-tiers/',
	'/plan/feedback-and-listening/',
	'/plan/service-standards/',
	'/plan/touchpoints/',
	'/plan/escalation/',
	'/plan/retention-and-loyalty/',
	'/plan/training-and-accountability/',
	'/plan/kpis-and-reviews/',
	'/plan/filling-in-the-plan/',
	'/plan/common-mistakes/',
	'/reference/',
	'/reference/faq/',
	'/reference/comparisons/',
	'/reference/relationship-types/',
	'/reference/plan-parts/',
	'/reference/small-business/',
	'/reference/this-week/',
	'/reference/glossary/',
	'/standards/response-times/',
	'/standards/escalation/',
	'/standards/touchpoints/',
	'/standards/feedback/',
	'/standards/channels/',
	'/standards/templates/',
];

describe('written pages on a 390 px phone', () => {
	it.for(pages)('%s fits the screen', async (path, { openPage }) => {
		const tracked = await openPage(path, { viewport: { width: 390, height: 844 }, reuseTab: true });
		expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
		const overflow = await tracked.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'page wider than the phone screen').toBeLessThanOrEqual(0);
		// Scrollable boxes must be reachable by keyboard (WCAG 2.1.1): any table or
		// block that scrolls sideways has to be focusable or hold something focusable.
		const unreachable = await tracked.page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('.sl-markdown-content *')]
				.filter((el) => el.scrollWidth > el.clientWidth + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
				.filter((el) => el.tabIndex < 0 && !el.querySelector('a, button, input, select, textarea, [tabindex]'))
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
		);
		expect(unreachable, 'sideways-scrolling boxes without keyboard access').toEqual([]);
	});
});

describe('plan section pages', () => {
	it('show the six headings of a plan section in the table of contents', async ({ openPage }) => {
		const tracked = await openPage('/plan/escalation/');
		const toc = await tracked.page.locator('starlight-toc a').allTextContents();
		for (const heading of ['Why it matters', 'What to decide and write down', 'Worked example', 'Checklist', 'Mistakes to avoid', 'Tools that help']) {
			expect(toc.map((t) => t.trim())).toContain(heading);
		}
	});
});
