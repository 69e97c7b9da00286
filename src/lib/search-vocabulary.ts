/**
 * Staff vocabulary for search: the hidden words a page is indexed under, from
 * its own frontmatter (`search.keywords`, `search.synonyms`) and the site-wide
 * synonym list (src/content/data/search-synonyms.yaml), and which pages rank as
 * answers. MarkdownContent renders the result as Pagefind metadata, which is
 * searched and weighted (src/search-options.ts) but never shown.
 */

export interface SiteSynonym {
	term: string;
	synonyms: string[];
}

/** The kinds of page staff act on; plan rationale, proposals and training modules explain instead. */
const answerKinds = new Set(['service-standard', 'reference', 'tool', 'industry', 'guide']);

/**
 * True for pages that answer a question on the spot: standards, templates,
 * glossary and other reference, the main calculators, industry hubs and section
 * overviews. A calculator's industry variant is not: the main calculator or the
 * industry hub should come before it for the same words.
 */
export function isAnswerPage(page: { kind: string; industries?: readonly string[] }): boolean {
	if (!answerKinds.has(page.kind)) return false;
	return !(page.kind === 'tool' && (page.industries?.length ?? 0) > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Every page is checked against every site synonym's term: each term's pattern
// is compiled once, not once per page and text (a build of 1,000 pages
// compiled tens of thousands). Without the g flag, test() keeps no state.
const phrasePatterns = new Map<string, RegExp>();

function compilePhrase(phrase: string): RegExp {
	let pattern = phrasePatterns.get(phrase);
	if (!pattern) {
		const words = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'iu');
		phrasePatterns.set(phrase, pattern);
	}
	return pattern;
}

/** True when `phrase` occurs in `text` as whole words, ignoring case ("urgent" in "Urgent tickets", not in "urgently"). */
export function containsPhrase(text: string, phrase: string): boolean {
	return compilePhrase(phrase).test(text);
}

/**
 * The site synonyms that apply to a page: those of every term its title or
 * search keywords use. Body text and headings do not count, so "P1" finds the
 * page about urgent tickets, not every page with a paragraph about one.
 */
export function findSiteSynonyms(pageTexts: readonly string[], siteSynonyms: readonly SiteSynonym[]): string[] {
	const found = new Set<string>();
	for (const entry of siteSynonyms) {
		if (pageTexts.some((text) => containsPhrase(text, entry.term))) for (const s of entry.synonyms) found.add(s);
	}
	return [...found];
}

export interface SearchVocabulary {
	/** Words the page is for (frontmatter keywords). */
	keywords: string[];
	/** Other names for its subject: frontmatter synonyms and the site synonyms of its terms. */
	synonyms: string[];
	/** For answer pages, the title, keywords and synonyms again, so they outrank explanations for the same words. */
	answer: string[];
}

/** Everything a page is indexed under besides its text. */
export function buildSearchVocabulary(
	page: { title: string; kind: string; industries?: readonly string[]; search?: { keywords: string[]; synonyms: string[] } },
	siteSynonyms: readonly SiteSynonym[],
): SearchVocabulary {
	const keywords = page.search?.keywords ?? [];
	const own = page.search?.synonyms ?? [];
	const site = findSiteSynonyms([page.title, ...keywords, ...own], siteSynonyms);
	const synonyms = [...new Set([...own, ...site])];
	return { keywords, synonyms, answer: isAnswerPage(page) ? [page.title, ...keywords, ...synonyms] : [] };
}
