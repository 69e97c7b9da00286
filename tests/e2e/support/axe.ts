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

/** Rules whose outcome depends on the colour theme. */
const themeRules = ['color-contrast', 'link-in-text-block'];

/**
 * Violations as "rule: help (selectors)"; `include` limits the check to a part
 * of the page, `rules` to some rules (default: every WCAG 2.2 A/AA rule).
 */
export async function runAxe(page: Page, { include, rules }: { include?: string; rules?: string[] } = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = (await page.evaluate(
		([tags, selector, only]) =>
			(window as unknown as { axe: { run: (ctx: unknown, o: object) => Promise<AxeResult> } }).axe
				.run(selector ? { include: [[selector]] } : document, only ? { runOnly: { type: 'rule', values: only } } : { runOnly: { type: 'tag', values: tags } })
				.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
		[wcagTags, include, rules] as const,
	)) as AxeResult['violations'];
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

/**
 * Every rule in the light theme, then the theme-dependent rules (contrast) in
 * the dark one: the rest cannot change with the theme, and running them twice
 * doubled the cost of checking every page.
 */
export async function runAxeBothThemes(page: Page, options: { include?: string } = {}) {
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
	const light = await runAxe(page, options);
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
	const dark = await runAxe(page, { ...options, rules: themeRules });
	return { light, dark };
}
