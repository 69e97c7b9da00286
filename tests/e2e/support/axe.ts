/**
 * axe-core in the page, WCAG 2.2 A and AA. The source is evaluated over the
 * DevTools protocol rather than added as a <script>, because the test server
 * sends the site's own Content-Security-Policy, which rightly blocks that.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/** Rules whose outcome depends on colours, and so on the theme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export interface AxeOptions {
	/** Check only this part of the page (a CSS selector). */
	include?: string;
	/** Run only these rules (default: every WCAG 2.2 A/AA rule). */
	rules?: string[];
	/** Leave out these rules. */
	skip?: string[];
}

/** Violations as "rule: help (selectors)". */
export async function runAxe(page: Page, { include, rules, skip = [] }: AxeOptions = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = (await page.evaluate(
		([tags, selector, only, off]) =>
			(window as unknown as { axe: { run: (ctx: unknown, o: object) => Promise<AxeResult> } }).axe
				.run(selector ? { include: [[selector]] } : document, {
					runOnly: only ? { type: 'rule', values: only } : { type: 'tag', values: tags },
					rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
				})
				.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
		[wcagTags, include, rules, skip] as const,
	)) as AxeResult['violations'];
	return violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join('; ')})`,
	);
}

/**
 * Every rule in the light theme, then the colour rules in the dark one: the
 * rest cannot change with the theme, and running them twice doubled the cost
 * of checking every page. With `colours: false` the colour rules are left
 * out in both (for pages whose styles another page already covers).
 */
export async function runAxeBothThemes(page: Page, { include, colours = true }: { include?: string; colours?: boolean } = {}) {
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
	if (!colours) return { light: await runAxe(page, { include, skip: colourRules }), dark: [] };
	const light = await runAxe(page, { include });
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
	const dark = await runAxe(page, { include, rules: colourRules });
	return { light, dark };
}
