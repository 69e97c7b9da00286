/**
 * The print edition's plan: the plan-section pages in section order, with the
 * numbers that are missing or taken twice, so the edition says so instead of
 * printing a plan with a silent gap.
 */

import { ELEMENT_NODE, parse, renderSync, walkSync, type ElementNode } from 'ultrahtml';

/** Sections 1 to 9: the plan's fixed shape (see /plan/). */
export const PLAN_SECTION_COUNT = 9;

export interface PlanSectionOrder<T> {
	/** Entries sorted by section number (ties by title). */
	sections: T[];
	/** Section numbers 1–9 with no page. */
	missing: number[];
	/** Section numbers claimed by more than one page. */
	duplicates: number[];
}

export function orderPlanSections<T extends { section: number; title: string }>(entries: T[]): PlanSectionOrder<T> {
	const sections = [...entries].sort((a, b) => a.section - b.section || a.title.localeCompare(b.title));
	const seen = new Map<number, number>();
	for (const e of sections) seen.set(e.section, (seen.get(e.section) ?? 0) + 1);
	const all = Array.from({ length: PLAN_SECTION_COUNT }, (_, i) => i + 1);
	return {
		sections,
		missing: all.filter((n) => !seen.has(n)),
		duplicates: [...seen.entries()].filter(([, count]) => count > 1).map(([n]) => n),
	};
}

/** "4, 5 and 7" for a short list of section numbers. */
export function formatNumberList(numbers: number[]): string {
	if (numbers.length <= 1) return numbers.join('');
	return `${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/**
 * A plan section's title without its own leading number ("1. Current state"
 * becomes "Current state" in section 1), because the edition numbers every
 * section itself; a title that starts with another number is left alone.
 */
export function stripSectionNumber(title: string, section: number): string {
	return title.replace(new RegExp(`^\\s*${section}[.):]?\\s+`), '');
}

/**
 * Where the published playbook lives, for the cover: the configured site
 * address with the base path the build used. A site address that already
 * carries the path (https://acme.github.io/playbook/) is kept whole when the
 * build itself runs at the root.
 */
export function formatPublishedAddress(site: URL, base: string): string {
	const basePath = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	const sitePath = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
	if (basePath === '/') return new URL(sitePath, site.origin).href;
	return new URL(basePath, site.origin).href;
}

/** Attributes that name other elements by id, so they follow a renamed id. */
const idReferenceAttributes = [
	'for',
	'aria-labelledby',
	'aria-describedby',
	'aria-controls',
	'aria-owns',
	'aria-details',
	'aria-errormessage',
	'headers',
	'list',
	'form',
];

/**
 * One plan page's HTML made fit to sit in the edition beside the others:
 * - every id gets `prefix` ("section-2-why-it-matters"), so the nine pages'
 *   identical headings ("Why it matters") do not repeat ids, and every
 *   in-page link (#why-it-matters) and id reference (aria-labelledby, for)
 *   inside it is rewritten to match, so it jumps within its own section;
 * - headings move one level down (h2 to h3 ...), under the section's own h2.
 */
export function scopeSectionHtml(html: string, prefix: string): string {
	const tree = parse(html);
	const ids = new Set<string>();
	walkSync(tree, (node) => {
		if (node.type === ELEMENT_NODE && node.attributes.id) ids.add(node.attributes.id);
	});
	const scope = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
	walkSync(tree, (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const element = node as ElementNode;
		const attributes = element.attributes;
		if (attributes.id) attributes.id = scope(attributes.id);
		for (const name of idReferenceAttributes) {
			if (attributes[name]) attributes[name] = attributes[name].split(/\s+/).map(scope).join(' ');
		}
		if (attributes.href?.startsWith('#')) attributes.href = `#${scope(attributes.href.slice(1))}`;
		const level = /^h([1-5])$/i.exec(element.name);
		if (level) element.name = `h${Number(level[1]) + 1}`;
		// Starlight's heading wrapper styles by level; keep it in step with the heading.
		if (attributes.class) attributes.class = attributes.class.replace(/\blevel-h([1-5])\b/, (_, n: string) => `level-h${Number(n) + 1}`);
	});
	return renderSync(tree);
}
