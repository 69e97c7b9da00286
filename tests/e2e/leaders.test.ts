/**
 * What leaders rely on, in the built site: edit and suggest links that point at
 * the page's own file, change history and What's new, the proposals index and
 * its filter, Content health, the print edition in plan order, and `npm run pdf`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { parse } from 'yaml';
import { runAxeBothThemes } from './support/axe.ts';
import { type TrackedPage } from './support/browser.ts';
import { test } from './support/fixtures.ts';
import { readContent } from '#src/integrations/content-check.ts';
import { checkContent } from '#src/schemas/check.ts';
import { stripSectionNumber } from '#src/lib/print-edition.ts';

const organization = parse(readFileSync('src/content/data/organization.yaml', 'utf8')) as { name: string; repository: { url: string; branch?: string } };
const repo = organization.repository.url.replace(/\/+$/, '');
const branch = organization.repository.branch ?? 'main';

/**
 * axe on the page's main content, where this feature's parts are, in the
 * light theme and then the dark one (colour rules only: see support/axe.ts);
 * Starlight's header and sidebar are covered by the site-wide test
 * (tests/e2e/site.test.ts). Leaves the page in the light theme.
 */
async function axeBothThemes({ page }: TrackedPage): Promise<{ light: string[]; dark: string[] }> {
	const result = await runAxeBothThemes(page, { include: 'main' });
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
	return result;
}

/** The browser fixtures, plus `withPage`: open a page, run checks on it, then check it logged no error and asked no other host for anything. */
const it = test.extend(
	'withPage',
	async ({ openPage }) =>
		async <T>(path: string, fn: (tracked: TrackedPage) => Promise<T>, viewport?: { width: number; height: number }): Promise<T> => {
			const tracked = await openPage(path, viewport ? { viewport } : {});
			const result = await fn(tracked);
			expect(tracked.consoleErrors, 'console errors').toEqual([]);
			expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
			return result;
		},
);

describe('edit and suggest links', () => {
	it.for([
		['/standards/', 'src/content/docs/standards/index.mdx', 'Service standards', 'Service standards'],
		[
			'/proposals/close-the-loop-with-detractors/',
			'src/content/docs/proposals/close-the-loop-with-detractors.mdx',
			'Call back every detractor personally',
			'Proposals',
		],
		['/contribute/whats-new/', 'src/content/docs/contribute/whats-new.mdx', "What's new", 'Contribute'],
	])('%s links to its own file, %s', async ([path, file, title, section], { withPage }) => {
		expect(existsSync(file), `${file} exists`).toBe(true);
		await withPage(path, async ({ page }) => {
			const edit = await page.getByRole('link', { name: 'Edit page' }).getAttribute('href');
			expect(edit).toBe(`${repo}/edit/${branch}/${file}`);
			const suggest = new URL((await page.getByRole('link', { name: 'Suggest a change' }).getAttribute('href')) ?? '');
			expect(`${suggest.origin}${suggest.pathname}`).toBe(`${repo}/issues/new`);
			expect(suggest.searchParams.get('title')).toBe(`Suggestion for "${title}" (${section})`);
			const body = suggest.searchParams.get('body') ?? '';
			expect(body).toContain(`**Page:** ${title} (${path})`);
			expect(body).toContain(`**Section:** ${section}`);
			expect(body).toContain(`**File:** ${file}`);
		});
	});
});

/** The change notes readers should see, newest first (typo fixes are listed nowhere). */
const listedNotes = readContent('.')
	.changes!.map((f) => ({ id: f.file, ...(f.data as { date: Date; kind?: string; summary: string; pages: string[] }) }))
	.filter((n) => n.kind !== 'typo');

describe('change history', () => {
	it('lists the change notes that name the page, written for staff', async ({ withPage }) => {
		await withPage('/standards/feedback/', async ({ page }) => {
			const history = page.locator('#page-history');
			await expect(history.getByRole('heading', { name: 'Change history' }).count()).resolves.toBe(1);
			const shown = await history.locator('li strong').allTextContents();
			const expected = listedNotes.filter((n) => n.pages.includes('standards/feedback')).map((n) => n.summary);
			expect(shown.length).toBe(Math.min(5, expected.length));
			for (const summary of shown) expect(expected).toContain(summary);
			const fileHistory = await history.getByRole('link', { name: "Every edit to this page's file" }).getAttribute('href');
			expect(fileHistory).toBe(`${repo}/commits/${branch}/src/content/docs/standards/feedback.mdx`);
		});
	});

	it("renders What's new from the change notes", async ({ withPage }) => {
		await withPage('/contribute/whats-new/', async (tracked) => {
			const { page } = tracked;
			expect(await page.locator('h1').textContent()).toBe("What's new");
			const items = await page.locator('.whats-new li').count();
			expect(items).toBe(Math.min(30, listedNotes.length));
			const summaries = await page.locator('.whats-new .change-summary').allTextContents();
			expect(summaries.every((s) => listedNotes.some((n) => n.summary === s))).toBe(true);
			expect(await page.locator('.whats-new li').first().locator('.change-pages a[href]').count()).toBeGreaterThan(0);
			expect(await axeBothThemes(tracked)).toEqual({ light: [], dark: [] });
			expect(await page.locator('.new-badge:visible').count(), 'nothing is new on a first visit').toBe(0);
			await page.evaluate(() => localStorage.setItem('playbook:visits', JSON.stringify({ '/contribute/whats-new/#changes': '2000-01-01T00:00:00.000Z' })));
			// The marks are set by the page's module script, which has run by "load".
			await page.reload();
			expect(await page.locator('.new-badge:visible').count()).toBe(items);
			expect(await page.locator('.whats-new .new-summary').textContent()).toBe(`${items} change${items === 1 ? '' : 's'} since your last visit.`);
			await page.reload();
			expect(await page.locator('.new-badge:visible').count(), 'seen changes are no longer new').toBe(0);
		});
	});

	it('tells a returning reader what changed since their last visit, then forgets once they have seen it', async ({ withPage }) => {
		await withPage('/standards/feedback/', async ({ page }) => {
			const marker = page.locator('.changed-marker');
			expect(await marker.count()).toBe(1);
			expect(await marker.isVisible(), 'no marker on a first visit').toBe(false);
			await page.evaluate(() => localStorage.setItem('playbook:visits', JSON.stringify({ '/standards/feedback/': '2000-01-01T00:00:00.000Z' })));
			// The marker is set by the page's module script, which has run by "load".
			await page.reload();
			expect(await marker.isVisible()).toBe(true);
			const latest = await page.locator('#page-history li strong').first().textContent();
			expect(await marker.textContent()).toMatch(/Changed since your last visit on .*2000.*: .+\. See what changed/);
			expect(await marker.textContent()).toContain(latest);
			await page.reload();
			expect(await marker.isVisible(), 'no marker once the reader has seen the change').toBe(false);
		});
	});
});

describe("a leader's change, end to end", () => {
	it("Start a proposal opens GitHub's editor with a new proposal file filled in from the template", async ({ withPage }) => {
		await withPage('/proposals/', async ({ page }) => {
			const href = await page.getByRole('link', { name: 'Start a proposal' }).getAttribute('href');
			const url = new URL(href ?? '');
			expect(`${url.origin}${url.pathname}`).toBe(`${repo}/new/${branch}`);
			expect(url.searchParams.get('filename')).toMatch(/^src\/content\/docs\/proposals\/[a-z-]+\.mdx$/);
			expect(url.searchParams.get('value')).toBe(readFileSync('src/content/docs/proposals/_template.mdx', 'utf8'));
		});
	});

	it('Contribute links CONTRIBUTING.md on the repository and names the buttons as they appear', async ({ withPage }) => {
		await withPage('/contribute/', async ({ page }) => {
			const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(links).toContain(`${repo}/blob/${branch}/CONTRIBUTING.md`);
			const text = (await page.locator('main .sl-markdown-content').textContent()) ?? '';
			for (const button of ['Edit page', 'Suggest a change', 'Start a proposal']) expect(text).toContain(button);
			expect(text).not.toContain('Edit this page');
			// The buttons themselves carry the same words.
			expect(await page.getByRole('link', { name: 'Edit page' }).count()).toBe(1);
			expect(await page.getByRole('link', { name: 'Suggest a change' }).count()).toBe(1);
		});
	});
});

describe('proposals', () => {
	it('lists every proposal and filters by status, announcing the result', async ({ withPage }) => {
		await withPage('/proposals/', async (tracked) => {
			const { page } = tracked;
			const rows = page.locator('.proposal-index tbody tr');
			expect(await rows.count()).toBe(3);
			await page.getByRole('radio', { name: /^Rejected/ }).check();
			expect(await page.locator('.proposal-index tbody tr:not([hidden])').count()).toBe(1);
			expect(await page.locator('.proposal-index tbody tr:not([hidden]) a').textContent()).toBe(
				'Replace quarterly check-ins with an annual survey for Core accounts',
			);
			expect(await page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).toBe('Showing 1 of 3 proposals: rejected.');
			await page.getByRole('radio', { name: /^All/ }).check();
			expect(await page.locator('.proposal-index tbody tr:not([hidden])').count()).toBe(3);
			expect(await axeBothThemes(tracked)).toEqual({ light: [], dark: [] });
		});
	});

	it('shows all proposals without JavaScript', () => {
		const html = readFileSync('dist/proposals/index.html', 'utf8');
		expect(html.match(/<tr data-status=/g)).toHaveLength(3);
		expect(html).toMatch(/<fieldset class="proposal-filter[^"]*"[^>]* hidden/);
	});

	it('links an accepted proposal from the pages it changed', async ({ withPage }) => {
		await withPage('/standards/feedback/', async ({ page }) => {
			const link = page.locator('.changed-by a');
			expect(await link.getAttribute('href')).toBe('/proposals/close-the-loop-with-detractors/');
		});
	});

	it('shows the decision record on the proposal page, in light and dark themes', async ({ withPage }) => {
		await withPage('/proposals/annual-survey-for-core-accounts/', async (tracked) => {
			const record = tracked.page.locator('.proposal-record');
			expect(await record.locator('.proposal-status').textContent()).toBe('Rejected');
			expect(await record.locator('dd a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
				'/plan/segmentation-and-tiers/',
				'/plan/feedback-and-listening/',
				'/standards/touchpoints/',
			]);
			expect(await axeBothThemes(tracked)).toEqual({ light: [], dark: [] });
		});
	});
});

describe('content health', () => {
	it('shows overdue, due within 30 days and by-owner summaries', async ({ withPage }) => {
		await withPage('/contribute/content-health/', async (tracked) => {
			const { page } = tracked;
			for (const name of ['Overdue', 'Due within 30 days', 'By owner', 'All pages']) {
				expect(await page.getByRole('heading', { name, exact: true }).count(), name).toBe(1);
			}
			const ownerRows = await page.getByRole('region', { name: 'Review status by owner' }).locator('tbody th').allTextContents();
			expect(ownerRows).toContain('Grace Adeyemi');
			expect(await axeBothThemes(tracked)).toEqual({ light: [], dark: [] });
		});
	});
});

/** Plan-section titles as the print edition should list them: by section number, each numbered once (by the edition). */
function expectedPlanTitles(): string[] {
	const { content } = checkContent(readContent(process.cwd()));
	return content.pages
		.filter((p) => p.frontmatter.kind === 'plan-section' && p.frontmatter.status !== 'retired')
		.sort((a, b) => (a.frontmatter.section ?? 0) - (b.frontmatter.section ?? 0))
		.map((p) => stripSectionNumber(String((p.frontmatter as { title: string }).title), p.frontmatter.section ?? 0));
}

describe('the print edition', () => {
	it('has a cover, contents and every plan section in order', async ({ withPage }) => {
		await withPage('/print/', async (tracked) => {
			const { page } = tracked;
			expect(await page.locator('.cover-org').textContent()).toBe(organization.name);
			expect(await page.locator('.cover time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(await page.getByRole('heading', { name: 'Contents' }).count()).toBe(1);
			const expected = expectedPlanTitles();
			const numbers = (await page.locator('.plan-section').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-section'))))) as number[];
			const titles = await page.locator('.plan-section-title').evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/^\s*\d+\.\s*/, '').trim()));
			expect(titles).toEqual(expected);
			expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
			if (expected.length === 0) {
				expect(await page.locator('.no-sections').textContent()).toMatch(/No plan sections have been written yet/);
			} else {
				expect(await page.locator('.contents-list li a[href^="#section-"]').count()).toBe(expected.length);
			}
			// axe on this page is site.test.ts's: it checks /print/ as loaded here, whole, with every
			// rule and the colour rules in the dark theme too (it is among the colour pages there).
		});
	});

	it('prints without navigation, one section per page, with link addresses', async ({ withPage }) => {
		await withPage('/print/', async ({ page }) => {
			await page.emulateMedia({ media: 'print' });
			const hidden = await page.evaluate(() =>
				['header', '#starlight__sidebar', '.sidebar-pane', 'footer .meta', '.print-button-row'].map((s) => {
					const el = document.querySelector(s);
					return el === null || getComputedStyle(el).display === 'none';
				}),
			);
			expect(hidden).toEqual([true, true, true, true, true]);
			const style = await page.evaluate(() => {
				const root = document.querySelector('.print-edition')!;
				const section = document.createElement('section');
				section.className = 'plan-section';
				const link = document.createElement('a');
				link.href = '/standards/';
				link.dataset.printUrl = 'https://example.org/standards/';
				link.textContent = 'standards';
				const local = document.createElement('a');
				local.href = '#section-1';
				section.append(link, local);
				root.append(section);
				// The style scope (class or attribute) Astro adds to the component's own elements.
				for (const c of root.classList) if (c.startsWith('astro-')) section.classList.add(c);
				for (const a of root.attributes) if (a.name.startsWith('data-astro-cid')) section.setAttribute(a.name, '');
				return {
					breakBefore: getComputedStyle(section).breakBefore,
					after: getComputedStyle(link, '::after').content,
					anchorAfter: getComputedStyle(local, '::after').content,
				};
			});
			expect(style).toEqual({ breakBefore: 'page', after: '" (https://example.org/standards/)"', anchorAfter: 'none' });
		});
	});

	it('is readable on a phone without sideways scrolling', async ({ withPage }) => {
		await withPage(
			'/print/',
			async ({ page }) => {
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow).toBeLessThanOrEqual(0);
			},
			{ width: 390, height: 844 },
		);
	});
});

describe('npm run pdf', () => {
	it('writes a PDF of the print edition with pages', () => {
		const dir = mkdtempSync(join(tmpdir(), 'playbook-pdf-test-'));
		const output = join(dir, 'plan.pdf');
		try {
			const run = spawnSync('npm', ['run', '--silent', 'pdf', '--', output], { encoding: 'utf8', timeout: 60_000 });
			expect(run.status, run.stderr).toBe(0);
			const pdf = readFileSync(output);
			expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
			// At least the cover and the contents; one more per plan section.
			expect(pages.length).toBeGreaterThanOrEqual(2 + expectedPlanTitles().length);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
