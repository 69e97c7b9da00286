import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatNumberList, formatPublishedAddress, orderPlanSections, scopeSectionHtml, stripSectionNumber } from '#src/lib/print-edition.ts';

const entry = (section: number, title = `Section ${section}`) => ({ section, title });

describe('orderPlanSections', () => {
	it('puts the sections in plan order whatever order the pages come in', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7, 8, 9], { minLength: 0 }), (numbers) => {
				const { sections, missing } = orderPlanSections(numbers.map((n) => entry(n)));
				expect(sections.map((s) => s.section)).toEqual([...numbers].sort((a, b) => a - b));
				expect([...sections.map((s) => s.section), ...missing].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
			}),
		);
	});

	it('names the missing and doubled-up section numbers', () => {
		const result = orderPlanSections([entry(4, 'Service standards'), entry(1), entry(4, 'Response targets'), entry(9)]);
		expect(result.sections.map((s) => s.title)).toEqual(['Section 1', 'Response targets', 'Service standards', 'Section 9']);
		expect(result.missing).toEqual([2, 3, 5, 6, 7, 8]);
		expect(result.duplicates).toEqual([4]);
	});

	it('reports all nine as missing when no plan page exists yet', () => {
		expect(orderPlanSections([])).toEqual({ sections: [], missing: [1, 2, 3, 4, 5, 6, 7, 8, 9], duplicates: [] });
	});
});

describe('formatNumberList', () => {
	it.each([
		[[], ''],
		[[4], '4'],
		[[4, 5], '4 and 5'],
		[[3, 4, 5, 6], '3, 4, 5 and 6'],
	])('writes %j as "%s"', (numbers, text) => {
		expect(formatNumberList(numbers)).toBe(text);
	});
});

describe('stripSectionNumber', () => {
	it.each([
		['1. Current state assessment', 1, 'Current state assessment'],
		['4) Service standards', 4, 'Service standards'],
		['Current state assessment', 1, 'Current state assessment'],
		// Another number is part of the title, not the section's.
		['2. Segments', 3, '2. Segments'],
		['10 things to know', 1, '10 things to know'],
	])('turns "%s" in section %i into "%s"', (title, section, expected) => {
		expect(stripSectionNumber(title, section)).toBe(expected);
	});
});

describe('formatPublishedAddress', () => {
	it.each([
		['https://playbook.acme.example', '/', 'https://playbook.acme.example/'],
		['https://acme.github.io', '/playbook/', 'https://acme.github.io/playbook/'],
		['https://acme.github.io/playbook/', '/', 'https://acme.github.io/playbook/'],
		['https://acme.github.io/playbook', '/', 'https://acme.github.io/playbook/'],
		['https://acme.github.io/old/', '/playbook', 'https://acme.github.io/playbook/'],
	])('%s with base %s is %s', (site, base, expected) => {
		expect(formatPublishedAddress(new URL(site), base)).toBe(expected);
	});
});

describe('scopeSectionHtml', () => {
	const page =
		'<div class="sl-heading-wrapper level-h2"><h2 id="checklist">Checklist</h2><a class="sl-anchor-link" href="#checklist">#</a></div>' +
		'<p>See the <a href="#checklist">checklist</a>, <a href="#section-1">section 1</a> and <a href="/plan/">the plan</a>.</p>' +
		'<h3 id="owners">Owners</h3><label for="q">Q</label><input id="q" aria-describedby="q-help other"><p id="q-help">help</p><h6 id="deep">Deep</h6>';
	const scoped = scopeSectionHtml(page, 'section-2');

	it('prefixes every id, so the same heading in two sections gets two ids', () => {
		const ids = [...scoped.matchAll(/ id="([^"]*)"/g)].map(([, id]) => id);
		expect(ids).toEqual(['section-2-checklist', 'section-2-owners', 'section-2-q', 'section-2-q-help', 'section-2-deep']);
	});

	it('points in-section links and id references at the renamed ids, and leaves other links alone', () => {
		expect(scoped).toContain('href="#section-2-checklist">checklist</a>');
		expect(scoped).toContain('class="sl-anchor-link" href="#section-2-checklist"');
		expect(scoped).toContain('for="section-2-q"');
		expect(scoped).toContain('aria-describedby="section-2-q-help other"');
		expect(scoped).toContain('href="#section-1"');
		expect(scoped).toContain('href="/plan/"');
	});

	it('moves headings one level below the section title, keeping h6 the deepest', () => {
		expect([...scoped.matchAll(/<(h\d)\b/g)].map(([, tag]) => tag)).toEqual(['h3', 'h4', 'h6']);
		expect(scoped).toContain('class="sl-heading-wrapper level-h3"');
		expect(scoped).toContain('</h3>');
	});

	it('keeps the text and every other attribute as it was', () => {
		expect(
			scoped
				.replace(/section-2-/g, '')
				.replace(/h3/g, 'h2')
				.replace(/<h4 id="owners">Owners<\/h4>/, '<h3 id="owners">Owners</h3>'),
		).toBe(page);
	});
});
