/** Staff vocabulary in frontmatter (`search:`) and the site-wide synonyms file: valid input passes, mistakes say how to fix them. */
import { describe, expect, it } from 'vitest';
import { pageSearchSchema } from '#src/schemas/page.ts';
import { searchSynonymsSchema } from '#src/schemas/search-synonyms.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('page search frontmatter', () => {
	it('accepts keywords alone and defaults synonyms to none', () => {
		expect(pageSearchSchema.parse({ keywords: ['refund'] })).toEqual({ keywords: ['refund'], synonyms: [] });
	});

	it('rejects a misspelt field, saying what the block holds', () => {
		expect(messages(pageSearchSchema.safeParse({ keywrods: ['refund'] }))).toEqual([
			': search must hold keywords and/or synonyms, for example search: { keywords: [refund, return] }',
		]);
	});

	it('rejects an empty keyword, naming it', () => {
		expect(messages(pageSearchSchema.safeParse({ keywords: ['refund', ' '] }))).toEqual(['keywords.1: search.keywords entry must not be empty']);
	});
});

describe('search-synonyms.yaml', () => {
	it('accepts a term with what staff type instead', () => {
		expect(searchSynonymsSchema.parse([{ term: 'urgent', synonyms: ['P1', 'sev 1'] }])).toHaveLength(1);
	});

	it.each([
		[[{ term: 'urgent' }], '0.synonyms: synonyms must be a list, for example synonyms: [P1, sev 1]'],
		[[{ term: 'urgent', synonyms: [] }], '0.synonyms: synonyms must list at least one word staff type instead of the term'],
		[[{ synonyms: ['P1'] }], '0.term: term is required: write the word the playbook uses, for example term: urgent'],
		[{ urgent: ['P1'] }, ': search-synonyms.yaml must be a list of entries, each starting with "- term: ..."'],
	])('explains %j', (input, message) => {
		expect(messages(searchSynonymsSchema.safeParse(input))).toContain(message);
	});
});
