/** The sections the search box shows under a page: the page's own entry, then the weightiest matches. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pickSections, scoreSection, SHOWN_SECTIONS, type SectionLike } from '#src/lib/search-sections.ts';

const page = '/reference/glossary/';
const section = (id: string, scores: number[]) => ({
	url: `${page}#${id}`,
	anchor: { id },
	locations: scores.map((_, i) => i),
	weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
});

describe('pickSections', () => {
	it('prefers a glossary term whose own entry matches over sections that only repeat common words', () => {
		const picked = pickSections([section('cac', [1, 1]), section('ces', [1, 1]), section('fcr', [25]), section('nrr', [1, 1])], page);
		expect(picked[0].anchor?.id).toBe('fcr');
	});

	it('keeps the page entry first and at most three sections after it', () => {
		const root: SectionLike = { url: page, locations: [0], weighted_locations: [{ balanced_score: 1 }] };
		const picked = pickSections<SectionLike>([root, section('a', [1]), section('b', [2]), section('c', [3]), section('d', [4])], page);
		expect(picked.map((s) => s.anchor?.id ?? 'page')).toEqual(['page', 'd', 'c', 'b']);
	});

	it('falls back to counting matches when Pagefind gives no weights', () => {
		expect(scoreSection({ url: page, locations: [1, 2, 3] })).toBe(3);
	});

	it('returns only sections it was given, never more than the page entry and three', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.float({ min: 0, max: 100, noNaN: true }), { maxLength: 5 }), { maxLength: 10 }), (scoreLists) => {
				const sections = scoreLists.map((scores, i) => section(`s${i}`, scores));
				const picked = pickSections(sections, page);
				expect(picked.length).toBeLessThanOrEqual(SHOWN_SECTIONS);
				for (const s of picked) expect(sections).toContain(s);
			}),
		);
	});
});
