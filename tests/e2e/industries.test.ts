/**
 * Industry variants in the browser: the notes switcher (URL parameter wins,
 * choice remembered), calculator variants with the industry's labels and
 * defaults, `?industry=` on a generic calculator page, and results placed
 * against the industry's benchmark range.
 */
import { describe, expect } from 'vitest';
import { it } from './support/fixtures.ts';
import { openSearchWithFilters } from './support/search.ts';

/** Names of the notes currently shown, in order. */
async function visibleNotes(page: import('playwright-core').Page): Promise<string[]> {
	return page.locator('[data-industry-notes] .industry-note:visible').evaluateAll((notes) => notes.map((n) => (n as HTMLElement).dataset.industry!));
}

describe('industry notes', () => {
	it('shows the industry from the URL first, remembers the reader’s choice, and lets the URL win again', async ({ openPage }) => {
		const tracked = await openPage('/industries/?industry=retail');
		const { page } = tracked;
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
	});

	it('keeps every industry’s note readable without JavaScript', async ({ openPage }) => {
		const tracked = await openPage('/industries/');
		const html = await tracked.page.evaluate(async () => (await fetch(location.href)).text());
		for (const id of ['saas', 'professional-services', 'retail', 'financial-services']) {
			expect(html).toMatch(new RegExp(`<article[^>]*data-industry="${id}"(?![^>]*hidden)`));
		}
	});
});

describe('plan pages', () => {
	const planTopics = [
		'current-state',
		'segmentation-and-tiers',
		'feedback-and-listening',
		'service-standards',
		'touchpoints',
		'escalation',
		'retention-and-loyalty',
		'training-and-accountability',
		'kpis-and-reviews',
	];

	it.for(planTopics)('/plan/%s/ carries every industry’s note, the reader’s industry first', async (topic, { openPage }) => {
		const tracked = await openPage(`/plan/${topic}/?industry=professional-services`);
		await expect.poll(() => visibleNotes(tracked.page)).toEqual(['professional-services']);
		expect(await tracked.page.locator('[data-industry-notes] .industry-note').count()).toBe(4);
		expect(tracked.consoleErrors).toEqual([]);
	});
});

describe('industry hubs', () => {
	it('brings together guidance for all nine plan sections, presets, benchmarks and regulatory notes', async ({ openPage }) => {
		const tracked = await openPage('/industries/financial-services/');
		const { page } = tracked;
		expect(await page.locator('h3[id^="plan-"]').count()).toBe(9);
		await expect.poll(() => page.getByRole('heading', { name: 'Regulatory notes' }).count()).toBe(1);
		expect(await page.getByText(/eight weeks after receiving the complaint/).count()).toBe(1);
		expect(await page.getByRole('table', { name: /benchmark ranges/ }).count()).toBe(1);
		expect(await page.locator('a[href="/tools/clv/financial-services/"]').count()).toBeGreaterThan(0);
		expect(tracked.consoleErrors).toEqual([]);
		expect(tracked.foreignRequests).toEqual([]);
	});
});

describe('calculator variants', () => {
	it('selects the variant from ?industry= on the generic page, keeping the other link parameters', async ({ openPage }) => {
		const tracked = await openPage('/tools/nps/?industry=retail');
		const { page } = tracked;
		await page.waitForURL((url) => url.pathname === '/tools/nps/retail/');
		await expect
			.poll(() =>
				page
					.getByLabel(/^Promoters/)
					.first()
					.inputValue(),
			)
			.toBe('410');

		await page.goto(new URL('/tools/nps/?industry=saas&promoters=12', page.url()).href);
		await page.waitForURL((url) => url.pathname === '/tools/nps/saas/');
		expect(new URL(page.url()).searchParams.get('promoters')).toBe('12');
		await expect
			.poll(() =>
				page
					.getByLabel(/^Promoters/)
					.first()
					.inputValue(),
			)
			.toBe('12');
		expect(await page.locator('h1').textContent()).toMatch(/SaaS/);
		expect(tracked.consoleErrors).toEqual([]);
		expect(tracked.foreignRequests).toEqual([]);
	});

	it('places the live result against the industry benchmark range and follows the inputs', async ({ openPage }) => {
		const tracked = await openPage('/tools/nps/retail/');
		const { page } = tracked;
		const result = page.locator('[data-benchmark-result]').first();
		// Retail preset: 410 / 260 / 130 gives +35, inside the illustrative 30–60.
		await expect.poll(() => result.textContent()).toMatch(/35 is within the typical range of 30–60/);
		await page
			.getByLabel(/^Detractors/)
			.first()
			.fill('500');
		await expect.poll(() => result.textContent()).toMatch(/is below the typical range of 30–60/);
		expect(await page.getByText('Illustrative rule of thumb; not a published benchmark').count()).toBeGreaterThan(0);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it.for([
		{ industry: 'retail', label: 'Average basket value', value: '64' },
		{ industry: 'saas', label: 'Average MRR per account', value: '380' },
		{ industry: 'financial-services', label: 'Assets under management per relationship', value: '650000' },
	])('opens the $industry lifetime value calculator with its own labels and defaults', async ({ industry, label, value }, { openPage }) => {
		const tracked = await openPage(`/tools/clv/${industry}/`);
		await expect.poll(() => tracked.page.getByLabel(label).first().inputValue(), { timeout: 10_000 }).toBe(value);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it.for([
		{ industry: 'retail', label: 'Customers who lapsed past their purchase window', value: '1450' },
		{ industry: 'professional-services', label: 'Engagements not renewed', value: '6' },
	])('counts churn the $industry way, with its labels and defaults', async ({ industry, label, value }, { openPage }) => {
		const tracked = await openPage(`/tools/churn/${industry}/`);
		await expect.poll(() => tracked.page.getByLabel(label).first().inputValue(), { timeout: 10_000 }).toBe(value);
		expect(tracked.consoleErrors).toEqual([]);
	});
});

describe('search', () => {
	it('filters results by industry, by its display name', async ({ openPage }) => {
		const tracked = await openPage('/');
		const { page } = tracked;
		await openSearchWithFilters(page);
		await page.locator('.pagefind-ui__search-input').fill('complaint final response');
		const results = page.locator('.pagefind-ui__result-link');
		await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
		await page.locator('.pagefind-ui__filter-name', { hasText: /industry/i }).click();
		await page.getByLabel(/^Financial services/).check();
		// The result list re-renders after the filter applies: wait until it has settled on filtered results.
		const paths = () => results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
		await expect.poll(paths, { timeout: 10_000 }).toContain('/industries/financial-services/');
		await expect.poll(async () => (await paths()).filter((p) => !p.includes('financial-services')), { timeout: 10_000 }).toEqual([]);
		expect(tracked.consoleErrors).toEqual([]);
	});
});
