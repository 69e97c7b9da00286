/** Staff vocabulary: the hidden words a page is searched under, and which pages rank as answers. */
import { describe, expect, it } from 'vitest';
import { buildSearchVocabulary, containsPhrase, findSiteSynonyms, isAnswerPage } from '#src/lib/search-vocabulary.ts';

const site = [
	{ term: 'urgent', synonyms: ['P1', 'sev 1'] },
	{ term: 'escalation', synonyms: ['escelate'] },
	{ term: 'assets under management', synonyms: ['AUM'] },
];

describe('containsPhrase', () => {
	it.each([
		['Urgent tickets', 'urgent', true],
		['urgently', 'urgent', false],
		['Assets  under management per relationship', 'assets under management', true],
		['non-urgent', 'urgent', true],
		['P10', 'P1', false],
	])('"%s" contains "%s": %s', (text, phrase, expected) => {
		expect(containsPhrase(text, phrase)).toBe(expected);
	});
});

describe('findSiteSynonyms', () => {
	it('gives a page the synonyms of the terms it names', () => {
		expect(findSiteSynonyms(['Response and resolution times', 'urgent'], site)).toEqual(['P1', 'sev 1']);
	});
	it('gives nothing for terms the page does not name', () => {
		expect(findSiteSynonyms(['Templates'], site)).toEqual([]);
	});
});

describe('buildSearchVocabulary', () => {
	const standard = { title: 'Escalation path', kind: 'service-standard', search: { keywords: ['angry customer'], synonyms: ['irate'] } };

	it('indexes keywords, page and site synonyms, and repeats them as an answer on a standard', () => {
		expect(buildSearchVocabulary(standard, site)).toEqual({
			keywords: ['angry customer'],
			synonyms: ['irate', 'escelate'],
			answer: ['Escalation path', 'angry customer', 'irate', 'escelate'],
		});
	});

	it('applies site synonyms from the title, not only from keywords', () => {
		expect(buildSearchVocabulary({ title: 'Urgent tickets', kind: 'guide' }, site).synonyms).toEqual(['P1', 'sev 1']);
	});

	it('gives a proposal the same words but no answer boost', () => {
		expect(buildSearchVocabulary({ ...standard, kind: 'proposal' }, site).answer).toEqual([]);
	});
});

describe('isAnswerPage', () => {
	it.each([
		[{ kind: 'service-standard' }, true],
		[{ kind: 'reference' }, true],
		[{ kind: 'tool' }, true],
		[{ kind: 'tool', industries: ['saas'] }, false],
		[{ kind: 'industry', industries: ['saas'] }, true],
		[{ kind: 'plan-section' }, false],
		[{ kind: 'proposal' }, false],
		[{ kind: 'training' }, false],
	])('%o is an answer page: %s', (page, expected) => {
		expect(isAnswerPage(page)).toBe(expected);
	});
});
