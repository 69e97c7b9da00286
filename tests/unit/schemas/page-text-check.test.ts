import { describe, expect, it } from 'vitest';
import { checkPageText, resolveLink, type CompiledPage } from '#src/schemas/page-text-check.ts';

const page = (overrides: Partial<CompiledPage>): CompiledPage => ({
	file: 'src/content/docs/index.mdx',
	address: '/',
	anchors: new Set(),
	links: [],
	images: [],
	unknownComponents: [],
	importedNames: [],
	missingImports: [],
	...overrides,
});
const publicFiles = new Set(['public/favicon.svg']);
const check = (pages: CompiledPage[]) =>
	checkPageText({ pages, otherPages: [{ address: '/industries/saas/', anchors: new Set(['benchmarks']) }], fileExists: (path) => publicFiles.has(path) });

describe('links in page text', () => {
	it.each([
		['a link relative to the page', 'standards/', '/', '/standards/'],
		['a link up a folder', '../escalation/', '/plan/touchpoints/', '/plan/escalation/'],
		['an anchor on the same page', '#levels', '/plan/', '/plan/'],
	])('resolves %s', (_name, url, from, path) => {
		expect(resolveLink(url, from)?.path).toBe(path);
	});

	it.each(['https://example.com/', 'mailto:help@example.com', '//cdn.example.com/x.js', 'tel:+441234'])('leaves %s to other tools', (url) => {
		expect(resolveLink(url, '/')).toBeUndefined();
	});

	it('accepts links to pages, generated pages, their anchors and files in public/', () => {
		const home = page({
			links: [{ url: 'standards/' }, { url: '/industries/saas/#benchmarks' }, { url: '/favicon.svg' }, { url: '#intro' }],
			anchors: new Set(['intro']),
		});
		const standards = page({ file: 'src/content/docs/standards/index.mdx', address: '/standards/' });
		expect(check([home, standards])).toEqual([]);
	});

	it('names the frontmatter field for a hero action link that leads nowhere', () => {
		const home = page({ links: [{ url: 'standrds/', field: 'hero.actions[0].link' }] });
		const standards = page({ file: 'src/content/docs/standards/index.mdx', address: '/standards/' });
		expect(check([home, standards])).toEqual([
			{
				file: 'src/content/docs/index.mdx',
				field: 'hero.actions[0].link',
				line: undefined,
				column: undefined,
				message: expect.stringContaining('there is no page at /standrds/; did you mean "/standards/"?'),
			},
		]);
	});

	it('does not check anchors into a page that does not compile (its own syntax error is reported)', () => {
		const broken = page({ file: 'src/content/docs/plan/index.mdx', address: '/plan/', syntaxError: { message: 'Unexpected end of file', line: 3, column: 1 } });
		const home = page({ links: [{ url: '/plan/#levels', line: 5, column: 1 }] });
		expect(check([home, broken]).map((p) => p.file)).toEqual(['src/content/docs/plan/index.mdx']);
	});
});
