/**
 * The print edition (/print/) as one document: nine pages strung together
 * must still have unique ids, links that stay in their own section, one
 * number per section, a heading outline under each section title, and the
 * address where readers find the playbook online.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { parse } from 'yaml';
import { findContentAfterHtml } from '../../scripts/validate-html.ts';
import { it } from './support/fixtures.ts';

const organization = parse(readFileSync('src/content/data/organization.yaml', 'utf8')) as { siteUrl?: string };

describe('the print edition as one document', () => {
	it('has its script inside the page, and the script runs (the print button appears)', async ({ openPage }) => {
		const html = readFileSync(join(inject('distDir'), 'print', 'index.html'), 'utf8');
		expect(findContentAfterHtml(html)).toBeUndefined();
		const tracked = await openPage('/print/');
		await expect.poll(() => tracked.page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(true);
		expect(tracked.consoleErrors).toEqual([]);
	});

	it('numbers each section once, gives every element its own id and keeps in-section links in their section', async ({ openPage }) => {
		const tracked = await openPage('/print/', { reuseTab: true });
		const result = await tracked.page.evaluate(() => {
			const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
			const sections = [...document.querySelectorAll<HTMLElement>('.plan-section')].map((section) => {
				const number = section.dataset.section!;
				const title = section.querySelector('.plan-section-title')!.textContent!.trim();
				const strayLinks = [...section.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
					.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1)))
					.filter((id) => !/^section-\d+$/.test(id))
					.filter((id) => {
						const target = document.getElementById(id);
						return !target || !section.contains(target);
					});
				const headingLevels = [...section.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName.toLowerCase());
				return { number, title, strayLinks, headingLevels, inSectionLinks: section.querySelectorAll('a[href^="#section-"]').length };
			});
			const contents = [...document.querySelectorAll('.contents-list a')].map((a) => a.textContent!.trim());
			return { duplicateIds: ids.filter((id, i) => ids.indexOf(id) !== i), sections, contents };
		});
		expect(result.duplicateIds).toEqual([]);
		expect(result.sections.length).toBeGreaterThan(1);
		for (const section of result.sections) {
			expect(section.title, 'the section number appears once').toMatch(new RegExp(`^${section.number}\\.\\s+[^\\d\\s]`));
			expect(section.strayLinks, `section ${section.number} links outside itself`).toEqual([]);
			expect(section.inSectionLinks, `section ${section.number} has in-section links to check`).toBeGreaterThan(0);
			// The section title is the one h2; the page's own headings sit below it.
			expect(section.headingLevels[0]).toBe('h2');
			expect(section.headingLevels.slice(1).filter((tag) => tag === 'h2' || tag === 'h1')).toEqual([]);
		}
		// The contents list numbers entries itself; the titles carry no number of their own.
		for (const entry of result.contents) expect(entry).not.toMatch(/^\d+[.)]\s/);
	});

	it("shows the playbook's published address on the cover, never a local one", async ({ openPage }) => {
		const tracked = await openPage('/print/', { reuseTab: true });
		const facts = await tracked.page.locator('.cover-facts').textContent();
		expect(organization.siteUrl, 'organization.yaml names where the playbook is published').toBeDefined();
		expect(facts).toContain(organization.siteUrl);
		expect(facts).not.toMatch(/localhost|127\.0\.0\.1/);
	});
});
