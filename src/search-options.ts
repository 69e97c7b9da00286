/**
 * How Pagefind ranks results on this site. Starlight passes these to the search
 * box (astro.config.mjs, `pagefind`), and the query-set test and
 * `npm run search-report` search with the same ones, so what they measure is
 * what readers get. See https://pagefind.app/docs/ranking/.
 */
export const pagefindRanking = {
	/**
	 * Boosts for words matched in a page's metadata, on top of its text. The
	 * hidden fields come from src/lib/search-vocabulary.ts.
	 */
	metaWeights: {
		/** Pagefind's default: a page named for the words typed wins. */
		title: 5,
		/** The page's `search.keywords`: staff words for what the page is for. */
		keywords: 6,
		/** Other names for the subject (page and site synonyms): enough to find the page, less than naming it. */
		synonyms: 3,
		/** Title, keywords and synonyms again on standards, templates, glossary, main calculators and hubs: they win ties with explanations. */
		answer: 4,
		/** Every glossary term, abbreviation and alias, on the glossary page (Glossary.astro): a term's definition beats its uses. */
		terms: 6,
	},
};

/** Metadata fields that only steer ranking: the search box never shows them. */
export const hiddenMetaFields = ['keywords', 'synonyms', 'answer', 'terms'];

/** Options given to Pagefind in the browser (`pagefind.options()`). */
export const pagefindOptions = { ranking: pagefindRanking };
