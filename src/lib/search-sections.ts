/**
 * Which sections of a page the search box offers under it. Pagefind splits a
 * page into sections at headings and at titled anchors (each glossary term,
 * each template) and the default UI keeps the three with the most matching
 * words, in page order. Counting words favors long sections that repeat
 * "what" and "email"; this keeps the three whose matches weigh most (a term's
 * own entry, a template's title) and puts the best first.
 */

/** The parts of a Pagefind sub-result this needs. */
export interface SectionLike {
	url: string;
	anchor?: { id: string };
	locations: number[];
	weighted_locations?: { balanced_score: number }[];
}

/** Sections shown under a page. */
export const SHOWN_SECTIONS = 3;

/** Sum of the weighted matches in a section; plain matches when Pagefind gives no weights. */
export function scoreSection(section: SectionLike): number {
	return section.weighted_locations?.reduce((sum, w) => sum + w.balanced_score, 0) ?? section.locations.length;
}

/**
 * The page's own entry (matches before its first heading), if Pagefind gives
 * one, then the best `limit` sections by weighted matches, best first.
 */
export function pickSections<T extends SectionLike>(sections: readonly T[], pageUrl: string, limit = SHOWN_SECTIONS): T[] {
	const root = sections.filter((s) => s.url === pageUrl && !s.anchor).slice(0, 1);
	const ranked = sections
		.filter((s) => !root.includes(s))
		.map((section, index) => ({ section, index, score: scoreSection(section) }))
		.sort((a, b) => b.score - a.score || a.index - b.index)
		.slice(0, limit)
		.map((r) => r.section);
	return [...root, ...ranked];
}
