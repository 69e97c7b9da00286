/**
 * Glossary auto-linking: which words link where (src/lib/glossary-links.ts) and
 * the Markdown plugin that applies it (src/integrations/glossary-links.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlossaryMatcher, findGlossaryLinks, resolveWording } from '#src/lib/glossary-links.ts';
import { createGlossaryPlugin } from '#src/integrations/glossary-links.ts';

const matcher = compileGlossaryMatcher([
	{ id: 'nps', term: 'Net Promoter Score', abbreviation: 'NPS' },
	{ id: 'ces', term: 'Customer effort score', abbreviation: 'CES' },
	{ id: 'touchpoint', term: 'Customer touchpoint', aliases: ['touchpoint'] },
	{ id: 'fcr', term: 'First-contact resolution', abbreviation: 'FCR' },
	{ id: 'nrr', term: 'Net revenue retention', abbreviation: 'NRR' },
	{ id: 'retention-rate', term: 'Retention rate' },
	{ id: 'sla', term: 'Service-level agreement', abbreviation: 'SLA' },
]);

const linksIn = (text: string, linked = new Set<string>()) =>
	findGlossaryLinks(text, matcher, linked)
		.filter((s) => s.id)
		.map((s) => `${s.text}→${s.id}`);

describe('findGlossaryLinks', () => {
	it('links an abbreviation and a full term', () => {
		expect(linksIn('Our NPS rose; customer effort score fell.')).toEqual(['NPS→nps', 'customer effort score→ces']);
	});

	it('links each term once, on first use', () => {
		expect(linksIn('NPS is a score. Net Promoter Score again, and NPS again.')).toEqual(['NPS→nps']);
	});

	it('remembers across text runs of the same page through the shared set', () => {
		const linked = new Set<string>();
		expect(linksIn('Track NPS.', linked)).toEqual(['NPS→nps']);
		expect(linksIn('Then NPS again.', linked)).toEqual([]);
	});

	it('matches abbreviations only in their exact case', () => {
		expect(linksIn('The word ces or nps is not an abbreviation.')).toEqual([]);
	});

	it('ignores case for full terms and accepts a plural', () => {
		expect(linksIn('Touchpoints matter. So do SLAs.')).toEqual(['Touchpoints→touchpoint', 'SLAs→sla']);
	});

	it('matches whole words only', () => {
		expect(linksIn('NPSX and preNPS and CSLA are not terms.')).toEqual([]);
	});

	it('prefers the longest wording', () => {
		expect(linksIn('Net revenue retention differs from a retention rate.')).toEqual(['Net revenue retention→nrr', 'retention rate→retention-rate']);
	});

	it('treats a hyphen and a space alike inside a term', () => {
		expect(linksIn('first contact resolution')).toEqual(['first contact resolution→fcr']);
		expect(resolveWording(matcher, 'service level agreement')).toBe('sla');
	});

	it('returns the text unchanged when nothing matches', () => {
		expect(findGlossaryLinks('Nothing here.', matcher, new Set())).toEqual([{ text: 'Nothing here.' }]);
	});

	it('never loses or reorders text', () => {
		const words = fc.constantFrom('NPS', 'the', 'touchpoint', 'SLAs', ' ', ', ', 'retention rate', 'x');
		fc.assert(
			fc.property(fc.array(words, { maxLength: 20 }), (parts) => {
				const text = parts.join('');
				expect(
					findGlossaryLinks(text, matcher, new Set())
						.map((s) => s.text)
						.join(''),
				).toBe(text);
			}),
		);
	});
});

describe('the Markdown plugin', () => {
	/** A tiny stand-in for Sätteri's visitor context: parents by map, replacements recorded. */
	function run(texts: { value: string; parents: string[] }[]) {
		const plugin = createGlossaryPlugin(matcher, '/reference/glossary/');
		const replaced: unknown[] = [];
		for (const t of texts) {
			const node = { type: 'text', value: t.value };
			const chain = t.parents.map((type) => ({ type }));
			const parentOf = new Map<object, { type: string }>([
				[node, chain[0]],
				...chain.slice(0, -1).map((p, i) => [p, chain[i + 1]] as [object, { type: string }]),
			]);
			plugin.text(node, { parent: (n) => parentOf.get(n), replaceNode: (_n, r) => replaced.push(r) });
		}
		return replaced;
	}

	it('replaces the first use with a link to the glossary anchor', () => {
		const [replacement] = run([{ value: 'Ask for NPS.', parents: ['paragraph', 'root'] }]);
		expect(replacement).toEqual([
			{ type: 'text', value: 'Ask for ' },
			{ type: 'link', url: '/reference/glossary/#nps', children: [{ type: 'text', value: 'NPS' }], data: { hProperties: { className: ['pb-glossary-link'] } } },
			{ type: 'text', value: '.' },
		]);
	});

	it('leaves headings, links and components alone, and links the next plain use', () => {
		const replaced = run([
			{ value: 'NPS', parents: ['heading', 'root'] },
			{ value: 'NPS', parents: ['link', 'paragraph', 'root'] },
			{ value: 'NPS', parents: ['paragraph', 'mdxJsxFlowElement', 'root'] },
			{ value: 'Then NPS.', parents: ['strong', 'paragraph', 'root'] },
		]);
		expect(replaced).toHaveLength(1);
		expect(JSON.stringify(replaced[0])).toContain('#nps');
	});
});
