/**
 * axe-core in the page, WCAG 2.2 A and AA. The source is evaluated over the
 * DevTools protocol rather than added as a <script>, because the test server
 * sends the site's own Content-Security-Policy, which rightly blocks that.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** Violations as "rule: help (selectors)"; `include` limits the check to a part of the page. */
export async function runAxe(page: Page, { include }: { include?: string } = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = (await page.evaluate(
		([tags, selector]) =>
			(window as unknown as { axe: { run: (ctx: unknown, o: object) => Promise<AxeResult> } }).axe
				.run(selector ? { include: [[selector]] } : document, { runOnly: { type: 'tag', values: tags } })
				.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
		[wcagTags, include] as const,
	)) as AxeResult['violations'];
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/** Violations in the light theme, then in the dark one. */
export async function runAxeBothThemes(page: Page, options: { include?: string } = {}) {
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
	const light = await runAxe(page, options);
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
	const dark = await runAxe(page, options);
	return { light, dark };
}
