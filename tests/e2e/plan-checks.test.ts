/**
 * "How the plan checks itself" (/contribute/plan-checks/) lists every rule in
 * the registry, in the registry's words, with what it reads; it is in the
 * Contribute sidebar, ships no framework island and has no axe violations.
 */
import { describe, expect } from 'vitest';
import { runAxe } from './support/axe.ts';
import { it } from './support/fixtures.ts';
import { planRules } from '#src/lib/plan-rules/index.ts';

describe('How the plan checks itself', () => {
	it('lists every registered rule with its summary, why and the files it reads', async ({ openPage }) => {
		const tracked = await openPage('/contribute/plan-checks/');
		const { page } = tracked;
		expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('How the plan checks itself');
		const items = page.locator('.pb-plan-checks > li');
		expect(await items.count()).toBe(planRules.length);
		for (const rule of planRules) {
			const text = (await page.locator(`#rule-${rule.id}`).textContent()) ?? '';
			expect(text).toContain(rule.summary);
			expect(text).toContain(rule.why);
			for (const read of rule.reads) expect(text.replace(/\s+/g, ' ')).toContain(read.split(' (')[0]);
		}
		expect(await page.locator('nav[aria-label="Main"] a[href$="/contribute/plan-checks/"]').count()).toBe(1);
		// Generated at build time: no framework island on the page.
		expect(await page.locator('main astro-island').count()).toBe(0);
		expect(await runAxe(page, { include: 'main' })).toEqual([]);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it('shows escalation thresholds per priority and update rhythms on the escalation standard', async ({ openPage }) => {
		const tracked = await openPage('/standards/escalation/');
		const executive = (await tracked.page.locator('.pb-escalation > li[data-level="4"]').textContent()) ?? '';
		expect(executive).toMatch(/urgent\s*1 calendar day/);
		expect(executive).toMatch(/low\s*10 business days/);
		const updates = (await tracked.page.locator('ul.pb-escalation__updates').textContent()) ?? '';
		expect(updates).toContain('Urgent: every 2 calendar hours');
	});
});
