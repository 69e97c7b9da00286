import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeCodeowners, findDataOwners, formatCodeowners } from '#src/lib/codeowners.ts';
import { CODEOWNERS_PATH, generateCodeowners, readCommittedCodeowners } from '../../../scripts/codeowners.ts';
import { readContent } from '#src/integrations/content-check.ts';
import { pageIdFromPath } from '#src/schemas/check.ts';
import { dataPagesSchema, findDataPage } from '#src/schemas/data-pages.ts';

const handles = new Map([
	['grace-adeyemi', 'grace-adeyemi'],
	['daniel-okafor', 'dokafor'],
	['mei-tanaka', 'mei-t'],
]);

describe('computeCodeowners', () => {
	it('puts the default owner first so every later, more specific line wins', () => {
		const rules = computeCodeowners({
			pages: [{ file: 'src/content/docs/standards/index.mdx', owners: ['daniel-okafor'] }],
			dataFiles: [],
			handles,
			defaultOwner: 'grace-adeyemi',
		});
		expect(rules).toEqual([
			{ pattern: '*', handles: ['@grace-adeyemi'] },
			{ pattern: '/src/content/docs/standards/index.mdx', handles: ['@dokafor'] },
		]);
	});

	it("uses each owner's GitHub user name, not their owner id", () => {
		const rules = computeCodeowners({
			pages: [{ file: 'src/content/docs/standards/escalation.mdx', owners: ['mei-tanaka'] }],
			dataFiles: [],
			handles,
			defaultOwner: 'grace-adeyemi',
		});
		expect(rules[1].handles).toEqual(['@mei-t']);
	});

	it('lists every owner named in a data file, once each', () => {
		const rules = computeCodeowners({
			pages: [],
			dataFiles: [{ file: 'src/content/data/escalation.yaml', owners: ['mei-tanaka', 'daniel-okafor', 'mei-tanaka'] }],
			handles,
			defaultOwner: 'grace-adeyemi',
		});
		expect(rules[1]).toEqual({ pattern: '/src/content/data/escalation.yaml', handles: ['@dokafor', '@mei-t'] });
	});

	it('falls back to the default owner for a file with no owner', () => {
		const rules = computeCodeowners({ pages: [{ file: 'src/content/docs/x.mdx', owners: [] }], dataFiles: [], handles, defaultOwner: 'grace-adeyemi' });
		expect(rules[1].handles).toEqual(['@grace-adeyemi']);
	});

	it('names the file and the fix when an owner is unknown', () => {
		expect(() =>
			computeCodeowners({ pages: [{ file: 'src/content/docs/a.mdx', owners: ['nobody'] }], dataFiles: [], handles, defaultOwner: 'grace-adeyemi' }),
		).toThrow('src/content/docs/a.mdx: owner "nobody" is not in src/content/data/owners.yaml');
	});

	it('escapes spaces in paths and sorts lines by path whatever the input order', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(['b.mdx', 'a b.mdx', 'c/d.mdx', 'a.mdx'], { minLength: 1 }), (files) => {
				const rules = computeCodeowners({
					pages: files.map((file) => ({ file, owners: ['mei-tanaka'] })),
					dataFiles: [],
					handles,
					defaultOwner: 'grace-adeyemi',
				});
				const patterns = rules.slice(1).map((r) => r.pattern);
				expect(patterns).toEqual([...patterns].sort());
				expect(patterns.every((p) => p.startsWith('/') && !/(?<!\\) /.test(p))).toBe(true);
			}),
		);
	});
});

describe('findDataOwners', () => {
	it.each([
		['a whole-file owner', { owner: 'jonas-berg', kpis: [] }, ['jonas-berg']],
		[
			'owners of list entries',
			[
				{ id: 'nps', owner: 'jonas-berg' },
				{ id: 'csat', owner: 'mei-tanaka' },
			],
			['jonas-berg', 'mei-tanaka'],
		],
		[
			'owners one list down',
			{
				levels: [
					{ level: 1, owner: 'mei-tanaka' },
					{ level: 2, owner: 'mei-tanaka' },
				],
			},
			['mei-tanaka'],
		],
		['no owner at all', { name: 'Tidewater Analytics' }, []],
		['a scalar file', 'text', []],
	])('finds %s', (_label, data, expected) => {
		expect(findDataOwners(data)).toEqual(expected);
	});
});

describe('formatCodeowners', () => {
	it('writes one line per rule under a do-not-edit header', () => {
		const text = formatCodeowners([
			{ pattern: '*', handles: ['@grace-adeyemi'] },
			{ pattern: '/src/content/docs/standards/index.mdx', handles: ['@dokafor', '@mei-t'] },
		]);
		expect(text).toContain('Do not edit by hand');
		expect(text.trimEnd().split('\n').slice(-2)).toEqual(['* @grace-adeyemi', '/src/content/docs/standards/index.mdx @dokafor @mei-t']);
	});
});

describe('the committed CODEOWNERS file', () => {
	it('matches the page owners (run `npm run codeowners` and commit if this fails)', () => {
		const committed = readCommittedCodeowners(process.cwd());
		expect(committed, `${CODEOWNERS_PATH} is missing: run npm run codeowners`).toBeDefined();
		expect(committed).toBe(generateCodeowners(process.cwd()));
	});

	it('asks the owner of every page to review it', () => {
		const committed = readCommittedCodeowners(process.cwd()) ?? '';
		expect(committed).toMatch(/^\/src\/content\/docs\/standards\/index\.mdx @daniel-okafor$/m);
	});
});

describe('owners of data files', () => {
	const raw = readContent(process.cwd());
	const committed = readCommittedCodeowners(process.cwd()) ?? '';
	const github = new Map((raw.data.get('owners.yaml')?.data as { id: string; github: string }[]).map((o) => [o.id, o.github]));
	const pageOwner = new Map(raw.pages.map((p) => [pageIdFromPath(p.file.replace('src/content/docs/', '')) || 'index', (p.data as { owner: string }).owner]));
	const mapping = dataPagesSchema.parse(raw.data.get('data-pages.yaml')?.data);
	const lineFor = (file: string) => committed.split('\n').find((line) => line.startsWith(`/${file} `));

	it('asks only the owner of the page that renders a data file to approve it', () => {
		const checked = [...raw.data.entries()].flatMap(([key, file]) => {
			const owner = pageOwner.get(findDataPage(mapping, key) ?? '');
			return owner ? [[file.file, `/${file.file} @${github.get(owner)}`]] : [];
		});
		expect(checked.length).toBeGreaterThan(10);
		for (const [file, expected] of checked) expect(lineFor(file), file).toBe(expected);
	});

	it.each([
		['response-time targets', 'src/content/data/service-levels.yaml', 'standards/response-times'],
		['the glossary', 'src/content/data/glossary.yaml', 'reference/glossary'],
		['training paths', 'src/content/data/training/paths.yaml', 'training'],
		['a training module', 'src/content/data/training/modules/segments-and-tiers.yaml', 'training/modules/segments-and-tiers'],
	])('gives %s to the owner of %s', (_, file, page) => {
		expect(lineFor(file)).toBe(`/${file} @${github.get(pageOwner.get(page)!)}`);
	});

	it('gives an industry file to the owner it names, since its page is generated from it', () => {
		const saas = raw.data.get('industries/saas.yaml')?.data as { owner: string };
		expect(lineFor('src/content/data/industries/saas.yaml')).toBe(`/src/content/data/industries/saas.yaml @${github.get(saas.owner)}`);
	});

	it('leaves no data file to the default owner by accident', () => {
		const unowned = [...raw.data.values()].filter((file) => !lineFor(file.file)).map((f) => f.file);
		expect(unowned).toEqual([]);
	});
});
