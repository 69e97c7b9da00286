/**
 * The plan's data rendered into pages: tables and timelines show the values in
 * src/content/data, the template Copy button copies (or falls back) and says so,
 * and every automatic glossary link lands on a term that exists.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect } from 'vitest';
import { listBuiltPages, type TrackedPage } from './support/browser.ts';
import { test } from './support/fixtures.ts';
import { formatDuration, formatKpiValue } from '#src/lib/format.ts';
import { serviceLevelsSchema } from '#src/schemas/service-levels.ts';
import { escalationSchema } from '#src/schemas/escalation.ts';
import { kpisSchema } from '#src/schemas/kpis.ts';
import { glossarySchema } from '#src/schemas/glossary.ts';
import { templatesSchema } from '#src/schemas/templates.ts';
import { touchpointsSchema } from '#src/schemas/touchpoints.ts';
import { feedbackSchema } from '#src/schemas/feedback.ts';
import { ownersSchema } from '#src/schemas/owners.ts';

const readData = <T>(file: string, schema: { parse: (v: unknown) => T }): T => schema.parse(parse(readFileSync(`src/content/data/${file}`, 'utf8')));

const serviceLevels = readData('service-levels.yaml', serviceLevelsSchema);
const escalation = readData('escalation.yaml', escalationSchema);
const kpis = readData('kpis.yaml', kpisSchema);
const glossary = readData('glossary.yaml', glossarySchema);
const templates = readData('templates.yaml', templatesSchema);
const touchpoints = readData('touchpoints.yaml', touchpointsSchema);
const feedback = readData('feedback.yaml', feedbackSchema);
const owners = readData('owners.yaml', ownersSchema);
const ownerName = (id: string) => owners.find((o) => o.id === id)?.name ?? id;

/** The browser fixtures, plus `withPage`: open a page, run checks on it, then check it asked no other host for anything. */
const it = test.extend('withPage', async ({ openPage }) => async <T>(path: string, run: (tracked: TrackedPage) => Promise<T>): Promise<T> => {
	const tracked = await openPage(path);
	const result = await run(tracked);
	expect(tracked.foreignRequests, 'requests to other hosts').toEqual([]);
	return result;
});

describe('rendered plan data', () => {
	it('shows every service level from service-levels.yaml in the response-times tables', async ({ withPage }) => {
		await withPage('/standards/response-times/', async ({ page }) => {
			const captions = await page.locator('table caption').allTextContents();
			expect(captions).toEqual(expect.arrayContaining(['Strategic tier: response and resolution targets', 'Core tier: response and resolution targets']));
			for (const level of serviceLevels.levels) {
				for (const target of level.targets) {
					const row = page.locator(`table[data-tier="${level.tier}"] tbody[data-channel="${level.channel}"] tr[data-priority="${target.priority}"]`);
					const cells = await row.locator('td').allTextContents();
					expect(cells, `${level.tier}/${level.channel}/${target.priority}`).toEqual([
						formatDuration(target.firstResponse, target.clock),
						formatDuration(target.resolution, target.clock),
					]);
				}
			}
			// A worked example, so a formatting change that keeps data and page in step still shows up here.
			const strategicEmailUrgent = page.locator('table[data-tier="strategic"] tbody[data-channel="email"] tr[data-priority="urgent"] td');
			expect(await strategicEmailUrgent.allTextContents()).toEqual(['1 calendar hour', '8 calendar hours']);
			// Row and column headers are marked up for screen readers.
			expect(await page.locator('table[data-tier="core"] th[scope="rowgroup"]').count()).toBeGreaterThan(0);
			expect(await page.locator('.pb-table-scroll[tabindex="0"][role="region"][aria-label]').count()).toBe(3);
		});
	});

	it('lists the four escalation levels with thresholds and owners from escalation.yaml', async ({ withPage }) => {
		await withPage('/standards/escalation/', async ({ page }) => {
			const levels = page.locator('.pb-escalation > li');
			expect(await levels.count()).toBe(escalation.levels.length);
			for (const level of escalation.levels) {
				const text = (await page.locator(`.pb-escalation > li[data-level="${level.level}"]`).textContent()) ?? '';
				expect(text).toContain(`Level ${level.level}: ${level.name}`);
				expect(text).toContain(ownerName(level.owner));
				for (const t of level.thresholds) if (t.after.amount > 0) expect(text).toContain(formatDuration(t.after, t.clock));
			}
		});
	});

	it('shows every touchpoint in the timeline and every feedback moment in the table', async ({ withPage }) => {
		await withPage('/standards/touchpoints/', async ({ page }) => {
			const ids = await page.locator('[data-touchpoint]').evaluateAll((els) => els.map((e) => e.getAttribute('data-touchpoint')));
			expect(ids.sort()).toEqual(touchpoints.map((t) => t.id).sort());
			expect(await page.locator('[data-touchpoint="quick-start"]').textContent()).toContain('Day 1');
		});
		await withPage('/standards/feedback/', async ({ page }) => {
			for (const f of feedback) {
				const row = page.locator(`tr[data-feedback="${f.id}"]`);
				expect(await row.locator('th[scope="row"]').textContent()).toBe(f.moment);
				expect(await row.textContent()).toContain(ownerName(f.owner));
			}
		});
	});

	it('prints KPI values inline where prose uses <Value>', async ({ withPage }) => {
		// The glossary page has none; the response-times page prints business hours from data.
		await withPage('/standards/response-times/', async ({ page }) => {
			const hours = serviceLevels.businessHours;
			expect(await page.locator('.sl-markdown-content').textContent()).toContain(`${hours.days}, ${hours.opens}–${hours.closes} ${hours.timeZone}`);
		});
		// Sanity check of the formatter against the north star, used by plan pages.
		const nps = kpis.find((k) => k.northStar);
		expect(nps && formatKpiValue(nps.baseline, nps.unit)).toBe('18');
	});
});

describe('template copy button', () => {
	const kickoff = templates.find((t) => t.id === 'kickoff-email')!;

	it('renders all eight templates with placeholders highlighted', async ({ withPage }) => {
		await withPage('/standards/templates/', async ({ page }) => {
			const ids = await page.locator('figure[data-template]').evaluateAll((els) => els.map((e) => e.getAttribute('data-template')));
			expect(ids.sort()).toEqual(templates.map((t) => t.id).sort());
			expect(await page.locator('#template-kickoff-email pre mark').first().textContent()).toBe('{customer_first_name}');
		});
	});

	it('copies the subject and body when pressed with the keyboard, and announces "Copied"', async ({ withPage }) => {
		await withPage('/standards/templates/', async ({ page }) => {
			const origin = new URL(page.url()).origin;
			await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
			const button = page.locator('#template-kickoff-email button[data-copy]');
			await button.focus();
			await page.keyboard.press('Enter');
			const status = page.locator('#template-kickoff-email [role="status"]');
			await expect.poll(() => status.textContent()).toBe('Copied');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied.startsWith(`Subject: ${kickoff.subject}`)).toBe(true);
			expect(copied).toContain(kickoff.body.trim().split('\n')[0]);
			expect(copied).toContain('{customer_goal}');
		});
	});

	it('selects the text and says how to copy it when the clipboard is unavailable', async ({ withPage }) => {
		await withPage('/standards/templates/', async ({ page }) => {
			await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
			await page.locator('#template-promise button[data-copy]').click();
			const status = page.locator('#template-promise [role="status"]');
			await expect.poll(() => status.textContent()).toContain('the text is selected');
			const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
			expect(selected).toContain('Not included: {out_of_scope}');
		});
	});
});

describe('glossary links', () => {
	it('gives every glossary term its own anchor', async ({ withPage }) => {
		await withPage('/reference/glossary/', async ({ page }) => {
			for (const term of glossary) {
				expect(await page.locator(`dt[id="${term.id}"]`).count(), term.id).toBe(1);
			}
			// The glossary page does not link to itself.
			expect(await page.locator('.sl-markdown-content a.pb-glossary-link').count()).toBe(0);
		});
	});

	it('links terms on first use only, and every link lands on a term that exists', () => {
		const ids = new Set(glossary.map((t) => t.id));
		const dist = 'dist';
		let total = 0;
		for (const path of listBuiltPages()) {
			const html = readFileSync(`${dist}${path}index.html`, 'utf8');
			const targets = [...html.matchAll(/<a href="\/reference\/glossary\/#([^"]+)" class="pb-glossary-link">/g)].map((m) => m[1]);
			total += targets.length;
			for (const id of targets) expect(ids.has(id), `${path} links to #${id}`).toBe(true);
			// The print edition strings many pages together; each keeps its own first-use links.
			if (path !== '/print/') expect(new Set(targets).size, `${path} links a term more than once`).toBe(targets.length);
		}
		expect(total, 'no automatic glossary links found in the built site').toBeGreaterThan(0);
	});

	it('links a known term on the feedback page and not inside headings', async ({ withPage }) => {
		await withPage('/standards/feedback/', async ({ page }) => {
			expect(await page.locator('.sl-markdown-content a.pb-glossary-link[href="/reference/glossary/#nps"]').count()).toBe(1);
			expect(await page.locator('.sl-markdown-content :is(h1,h2,h3,h4) a.pb-glossary-link').count()).toBe(0);
		});
	});
});
