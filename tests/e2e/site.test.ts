/**
 * Every built page, in real Chromium: loads without console errors, asks no
 * other host for anything, has zero axe-core violations (WCAG 2.2 A and AA),
 * Starlight's own parts included, and leaves no link in the browser's default
 * blue in either theme (see support/link-colours.ts); colour contrast in light
 * and dark themes on the pages that between them hold every style (see
 * support/style-cover.ts); and then, resized to a 390 px phone screen, that
 * every table fits or scrolls in a usable region (see support/table-fit.ts).
 * One visit per page does all of it: each visit is most of the cost of a
 * check on a 2-core machine.
 */
import { describe, expect, inject } from 'vitest';
import { runAxeBothThemes } from './support/axe.ts';
import { defaultViewport, listBuiltPages } from './support/browser.ts';
import { it } from './support/fixtures.ts';
import { listDefaultColouredLinks, readBrowserLinkColour } from './support/link-colours.ts';
import { listStyleTokens, selectStyleCover } from './support/style-cover.ts';
import { listTableProblems } from './support/table-fit.ts';

// PAGES=/plan/,/tools/nps/ sweeps only those pages: the checks workflow's
// fast lane for content-only pull requests (the full suite sweeps them all).
const only = process.env.PAGES?.split(',').filter(Boolean);
const pages = only?.length ? listBuiltPages().filter((p) => only.includes(p)) : listBuiltPages();
/** Pages that hold every style the site renders: colour contrast is checked on these (see style-cover.ts). */
const colourPages = new Set(selectStyleCover(inject('distDir'), pages));
const phone = { width: 390, height: 844 };

describe('every page', () => {
	it('includes the home page and each section landing page', () => {
		for (const path of ['/', '/plan/', '/standards/', '/training/', '/tools/', '/industries/', '/reference/', '/contribute/']) {
			expect(pages).toContain(path);
		}
	});

	it('checks colour contrast on a few pages that between them hold every style', () => {
		expect(colourPages.size).toBeGreaterThan(5);
		expect(colourPages.size).toBeLessThan(pages.length / 2);
		// A page with a style no other page has must be among them.
		expect(listStyleTokens('<p class="a b">x</p><span style="color:red">')).toEqual(new Set(['p', 'p.a', 'p.b', 'span', 'span[style=color:red]']));
		expect(colourPages).toContain('/print/');
	});

	it("reads the browser's default link colour from a link with its styles reverted", async ({ openPage }) => {
		const tracked = await openPage('/', { reuseTab: true });
		expect(await readBrowserLinkColour(tracked.page, 'light')).toBe('rgb(0, 0, 238)');
		// Were the probe to read a theme colour, the check below would compare links with the wrong blue.
		expect(await readBrowserLinkColour(tracked.page, 'dark')).not.toBe(
			await tracked.page
				.locator('main a[href]')
				.first()
				.evaluate((a) => getComputedStyle(a).color),
		);
		// A link outside every style, and a skip-style link clipped until focused: both are reported.
		await tracked.page.evaluate(() => {
			document.body.insertAdjacentHTML(
				'beforeend',
				'<a href="/stray/" style="all: revert">Stray</a><a href="/hidden/" style="all: revert; position: absolute; clip: rect(0 0 0 0)">Hidden</a>',
			);
		});
		const stray = await listDefaultColouredLinks(tracked.page, 'light');
		expect(stray).toEqual([expect.stringContaining('"Stray" → /stray/'), expect.stringContaining('"Hidden" → /hidden/')]);
	});

	it('finds the pages with the widest tables among those it checks on a phone', () => {
		for (const path of [
			'/industries/saas/',
			'/tools/health-score/',
			'/proposals/',
			'/training/kit/cohort/',
			'/standards/response-times/',
			'/contribute/content-health/',
		]) {
			expect(pages).toContain(path);
		}
	});

	it('reports a table too wide for a phone once the tab is resized to one', async ({ openPage }) => {
		const tracked = await openPage('/standards/', { reuseTab: true });
		try {
			await tracked.page.setViewportSize(phone);
			await tracked.page.evaluate(() => {
				document.querySelector('main')!.insertAdjacentHTML('beforeend', '<table style="width: 900px"><tr><th>Too wide</th></tr></table>');
			});
			expect(await listTableProblems(tracked.page)).toEqual([expect.stringMatching(/"Too wide"\) (runs \d+ px past the edge of the screen|is cut off by)/)]);
		} finally {
			await tracked.page.setViewportSize(defaultViewport);
		}
	});

	// One at a time in one reused tab, with axe-core loaded into every page it opens: see reuseTab and axe in support/browser.ts.
	it.for(pages)(
		'%s loads cleanly, stays on this host, passes axe, colours every link from the theme and fits its tables on a phone',
		async (path, { openPage }) => {
			const tracked = await openPage(path, { reuseTab: true, axe: true });
			expect(tracked.consoleErrors, 'console errors').toEqual([]);
			expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
			const { light, dark } = await runAxeBothThemes(tracked.page, { colours: colourPages.has(path) });
			expect(light, 'axe violations (light theme)').toEqual([]);
			expect(dark, 'axe violations (dark theme)').toEqual([]);
			expect(await listDefaultColouredLinks(tracked.page, 'light'), 'links in the browser default colour (light theme)').toEqual([]);
			expect(await listDefaultColouredLinks(tracked.page, 'dark'), 'links in the browser default colour (dark theme)').toEqual([]);
			// Last, as it opens every closed section; the tab goes back to desktop size for the next page.
			try {
				await tracked.page.setViewportSize(phone);
				expect(await listTableProblems(tracked.page), 'tables on a 390 px phone screen').toEqual([]);
			} finally {
				await tracked.page.setViewportSize(defaultViewport);
			}
		},
	);
});

describe('on a phone', () => {
	it('opens the navigation menu and reaches a section', async ({ openPage }) => {
		// The home page is a splash page without a sidebar, so start from a section page.
		const tracked = await openPage('/reference/', { viewport: { width: 390, height: 844 } });
		const { page } = tracked;
		await page.getByRole('button', { name: 'Menu' }).click();
		// Other sections appear as links to their landing pages (see src/lib/sidebar-prune.ts).
		await page.locator('#starlight__sidebar a[href="/standards/"]').click();
		await page.waitForURL(/\/standards\/$/);
		expect(await page.locator('h1').textContent()).toBe('Service standards');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'page wider than the phone screen').toBeLessThanOrEqual(0);
	});
});
