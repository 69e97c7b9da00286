/**
 * Site-wide search synonyms: src/content/data/search-synonyms.yaml. Staff type
 * "P1" where the playbook says "urgent"; at build, every page whose title,
 * headings or search keywords use a term also answers to its synonyms (indexed,
 * never shown). See src/lib/search-vocabulary.ts.
 */
import { z } from 'zod';
import { textField } from './fields.ts';

export const searchSynonymSchema = z.strictObject({
	/** The word or phrase the playbook uses ("urgent"); matched as whole words, ignoring case. */
	term: textField('term', 'write the word the playbook uses, for example term: urgent'),
	/** What staff type instead: abbreviations, jargon, common misspellings ("P1", "sev 1", "priority one"). */
	synonyms: z
		.array(textField('synonyms entry'), { error: 'synonyms must be a list, for example synonyms: [P1, sev 1]' })
		.min(1, { message: 'synonyms must list at least one word staff type instead of the term' }),
});

export const searchSynonymsSchema = z.array(searchSynonymSchema, {
	error: 'search-synonyms.yaml must be a list of entries, each starting with "- term: ..."',
});

export type SearchSynonym = z.infer<typeof searchSynonymSchema>;
