/** Search (Pagefind through Starlight): finds pages, filters, opens by keyboard, fits a phone, hides staff vocabulary. */
import { describe, expect } from 'vitest';
import { baseUrl } from './support/browser.ts';
import { it } from './support/fixtures.ts';
import { openSearchWithFilters } from './support/search.ts';
import { loadPagefind } from '../../scripts/search-queries.ts';

describe('search', () => {
	it('finds a known page, offers section and audience filters, and narrows by section', async ({ openPage }) => {
		const tracked = await openPage('/');
		const { page } = tracked;
		await openSearchWithFilters(page);
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
	});

	it('loads the search UI only when asked, then opens with Ctrl+K and focuses the search box', async ({ openPage }) => {
		const tracked = await openPage('/plan/escalation/');
		const { page } = tracked;
		await tracked.settled();
		const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
		expect(
			(await scripts()).some((p) => /\/ui-core\./.test(p)),
			'search UI loaded on arrival',
		).toBe(false);
		await page.keyboard.press('Control+k');
		const input = page.getByRole('textbox', { name: 'Search' });
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.type('escalation');
		await expect.poll(() => page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it('keeps the first search, under the CSP, within 300 KB (Pagefind script, WebAssembly and index)', async ({ page }) => {
		const sizes = new Map<string, number>();
		let bodiesToRead = 0;
		// Listen before navigating (were Pagefind to load on arrival again, that would
		// count too), and on the whole context so the search worker's fetches count too.
		page.context().on('response', async (response) => {
			if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
			bodiesToRead++;
			sizes.set(new URL(response.url()).pathname, (await response.body().catch(() => Buffer.alloc(0))).length);
			bodiesToRead--;
		});
		await page.goto(new URL('/', baseUrl()).href);
		await page.getByRole('button', { name: /^Search/ }).click();
		await page.getByRole('textbox', { name: 'Search' }).fill('escalation');
		await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 10_000 });
		await expect.poll(() => bodiesToRead).toBe(0);
		const total = [...sizes.values()].reduce((a, b) => a + b, 0);
		console.log(
			`First search loads ${sizes.size} Pagefind files, ${(total / 1024).toFixed(1)} KB as served:\n` +
				[...sizes].map(([path, bytes]) => `  ${path} ${(bytes / 1024).toFixed(1)} KB`).join('\n'),
		);
		expect([...sizes.keys()]).toEqual(expect.arrayContaining(['/pagefind/pagefind.js', expect.stringMatching(/^\/pagefind\/wasm\./)]));
		expect(total).toBeLessThan(300 * 1024);
	});

	it('opens with "/" as the home page says, and not while the reader types "/" into a field', async ({ openPage }) => {
		const tracked = await openPage('/standards/');
		const { page } = tracked;
		const input = page.getByRole('textbox', { name: 'Search' });
		const dialogOpen = () => page.locator('site-search dialog').evaluate((d) => (d as HTMLDialogElement).open);
		// A field on the page, as a calculator or the progress import has: "/" typed there is text.
		await page.evaluate(() => {
			const field = Object.assign(document.createElement('input'), { type: 'text', id: 'typing-field' });
			field.setAttribute('aria-label', 'Notes');
			document.querySelector('main')!.prepend(field);
		});
		await page.locator('#typing-field').focus();
		await page.keyboard.press('/');
		expect(await page.locator('#typing-field').inputValue()).toBe('/');
		expect(await dialogOpen()).toBe(false);
		await page.locator('#typing-field').evaluate((el) => (el as HTMLElement).blur());
		await page.keyboard.press('/');
		await expect.poll(() => input.evaluate((el) => el === document.activeElement), { timeout: 30_000 }).toBe(true);
		// The "/" opened search; it was not typed into the box.
		expect(await input.inputValue()).toBe('');
		await page.keyboard.press('Escape');
		await expect.poll(dialogOpen).toBe(false);
		await page.keyboard.press('Control+k');
		await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it('shows the first result without scrolling on a 390 px phone, the filter groups folded into one row', async ({ openPage }) => {
		const tracked = await openPage('/', { viewport: { width: 390, height: 844 } });
		const { page } = tracked;
		await openSearchWithFilters(page);
		await page.getByRole('textbox', { name: 'Search' }).fill('escalate');
		const first = page.locator('.pagefind-ui__result').first();
		// The first search fetches Pagefind's WebAssembly and index: slow on a busy machine.
		await first.waitFor({ timeout: 30_000 });
		// Wait for the filters too: they arrive after the first results and used to push them down.
		await expect.poll(() => page.locator('.pagefind-ui__filter-name').count()).toBe(3);
		await expect.poll(() => first.locator('.pagefind-ui__result-link').first().getAttribute('href')).toBe('/standards/escalation/');
		const box = (await first.locator('.pagefind-ui__result-link').first().boundingBox())!;
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		const rows = await page
			.locator('.pagefind-ui__filter-name')
			.evaluateAll((names) => new Set(names.map((n) => Math.round(n.getBoundingClientRect().top))).size);
		expect(rows).toBe(1);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it('finds a page by staff words it never shows, and never shows them in results', async ({ openPage }) => {
		const tracked = await openPage('/');
		const { page } = tracked;
		await page.getByRole('button', { name: /^Search/ }).click();
		await page.getByRole('textbox', { name: 'Search' }).fill('P1');
		const first = page.locator('.pagefind-ui__result').first();
		await expect.poll(() => first.locator('.pagefind-ui__result-link').first().getAttribute('href'), { timeout: 30_000 }).toBe('/standards/response-times/');
		const shown = await page.locator('#starlight__search').innerText();
		expect(shown).not.toMatch(/keywords|synonyms|answer:|terms:/i);
		// Nor on the page itself: the words live in metadata, not in visible text.
		await page.goto(new URL('/standards/response-times/', baseUrl()).href);
		expect(await page.locator('main').innerText()).not.toMatch(/\bsev 1\b|priority one/i);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it('offers a glossary term as its own result with its anchor, and keeps table cells apart in the index', async ({ openPage }) => {
		const tracked = await openPage('/');
		const { page } = tracked;
		await loadPagefind(page);
		const found = await page.evaluate(async () => {
			type Result = { data: () => Promise<{ url: string; content: string; sub_results: { url: string; title: string }[] }> };
			const pagefind = (globalThis as unknown as { playbookPagefind: { search: (term: string) => Promise<{ results: Result[] }> } }).playbookPagefind;
			const glossary = await (await pagefind.search('NRR')).results[0].data();
			const times = (await pagefind.search('resolved within')).results;
			const standard = await Promise.all(times.map((r) => r.data()));
			return {
				glossaryUrl: glossary.url,
				subResults: glossary.sub_results.map((s) => `${s.title} ${s.url}`),
				content: standard.find((d) => d.url === '/standards/response-times/')?.content ?? '',
			};
		});
		expect(found.glossaryUrl).toBe('/reference/glossary/');
		expect(found.subResults).toContain('Net revenue retention /reference/glossary/#nrr');
		expect(found.content).toContain('Channel Priority First response within Resolved within');
		expect(tracked.consoleErrors).toEqual([]);
	});
});
