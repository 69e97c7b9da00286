/**
 * The plan's data files are registered once (src/schemas/plan-data-files.ts):
 * every registered file exists and passes its schema, each content collection
 * and each check spec is derived from the registry, and a build parses each
 * file once, however many readers ask for it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Loader } from 'astro/loaders';
import { DATA, entryIdOf, fileOf, isListSchema, planDataFiles, planDataFileSpecs, readPlanData } from '#src/schemas/plan-data-files.ts';
import { createPlanCollections, loadDataEntries } from '#src/schemas/data-file-loader.ts';
import { parseDataFile } from '#src/schemas/data-file-cache.ts';
import { dataFileSpecs, checkContent } from '#src/schemas/check.ts';
import { readContent } from '#src/integrations/content-check.ts';

// content.config.ts imports Astro's virtual module; outside Astro defineCollection only has to hand the config back.
vi.mock('astro:content', () => ({ defineCollection: (config: object) => config }));
vi.mock('@astrojs/starlight/loaders', () => ({ docsLoader: () => ({ name: 'docs', load: async () => undefined }) }));

/** Runs a loader the way Astro does, against the real project, and returns what it stored. */
async function runLoader(loader: Loader): Promise<Map<string, unknown>> {
	const stored = new Map<string, unknown>();
	const quiet = { info: () => undefined, warn: () => undefined, debug: () => undefined, error: (message: string) => stored.set('(error)', message) };
	await loader.load({
		config: { root: new URL(`file://${process.cwd()}/`) },
		logger: quiet,
		collection: 'test',
		parseData: async ({ data }: { data: unknown }) => data,
		store: { clear: () => stored.clear(), set: ({ id, data }: { id: string; data: unknown }) => stored.set(id, data) },
	} as unknown as Parameters<Loader['load']>[0]);
	return stored;
}

describe('the plan data registry', () => {
	it('registers ten files, each once, under one collection name each', () => {
		const collections = planDataFiles.map((f) => f.collection);
		const files = planDataFiles.map((f) => f.file);
		expect(new Set(collections).size).toBe(planDataFiles.length);
		expect(new Set(files).size).toBe(planDataFiles.length);
		expect(files).toEqual([
			'plan.yaml',
			'channels.yaml',
			'tiers.yaml',
			'service-levels.yaml',
			'escalation.yaml',
			'touchpoints.yaml',
			'feedback.yaml',
			'kpis.yaml',
			'templates.yaml',
			'glossary.yaml',
		]);
	});

	it.each(planDataFiles.map((f) => [f.collection, f] as const))('%s: the file exists and passes its schema', (_, { collection, file, schema }) => {
		const path = `${DATA}/${file}`;
		expect(existsSync(path), `${path} is registered but missing`).toBe(true);
		expect(fileOf(collection)).toBe(path);
		const parsed = parseDataFile(path, readFileSync(path, 'utf8'));
		expect(parsed.parseError).toBeUndefined();
		expect(schema.safeParse(parsed.data).success).toBe(true);
	});

	it('gives the content check every file as required, with the registered schema', () => {
		expect(planDataFileSpecs).toEqual(planDataFiles.map(({ file, schema }) => ({ path: file, schema, required: true })));
		for (const spec of planDataFileSpecs) expect(dataFileSpecs).toContain(spec);
	});

	it('hands the rules each file under its collection name, and leaves out a file that failed its schema', () => {
		const raw = readContent(process.cwd());
		const { content } = checkContent(raw);
		const data = readPlanData(content);
		for (const { collection, file } of planDataFiles) expect(data[collection]).toBe(content.data.get(file));
		content.data.delete('tiers.yaml');
		expect(readPlanData(content).tiers).toBeUndefined();
	});
});

describe('the plan data collections', () => {
	it('derive one collection per registered file in content.config.ts, validated by the file’s own schema', async () => {
		const { collections } = await import('#src/content.config.ts');
		expect(Object.keys(createPlanCollections())).toEqual(planDataFiles.map((f) => f.collection));
		for (const { collection, file, schema } of planDataFiles) {
			const config = collections[collection] as unknown as { loader: Loader; schema: { parse: (v: unknown) => unknown } };
			expect(config, `collection ${collection}`).toBeDefined();
			expect(config.loader.name).toBe('file-loader');
			// A list is stored as { items }, an object as itself; either way the file's own schema decides what it holds.
			const { data } = parseDataFile(`${DATA}/${file}`, readFileSync(`${DATA}/${file}`, 'utf8'));
			const expected = schema.parse(data);
			expect(config.schema.parse(isListSchema(schema) ? { items: data } : data)).toEqual(isListSchema(schema) ? { items: expected } : expected);
		}
	});

	it.each(planDataFiles.map((f) => [f.collection, f] as const))(
		'%s: stores the whole file as one entry, in file order',
		async (_, { collection, file, schema }) => {
			const stored = await runLoader(createPlanCollections()[collection].loader);
			const { data } = parseDataFile(`${DATA}/${file}`, readFileSync(`${DATA}/${file}`, 'utf8'));
			expect([...stored.keys()]).toEqual([entryIdOf(collection)]);
			expect(stored.get(entryIdOf(collection))).toEqual(isListSchema(schema) ? { items: data } : data);
		},
	);
});

describe('parsing each data file once', () => {
	it('gives the content check and the collection loader the same parsed data, parsed once', async () => {
		const raw = readContent(process.cwd());
		for (const { collection, file, schema } of planDataFiles) {
			const checked = raw.data.get(file)?.data;
			const stored = (await runLoader(createPlanCollections()[collection].loader)).get(entryIdOf(collection));
			// The same object, not an equal copy: the loader's parse was answered from the check's.
			expect(isListSchema(schema) ? (stored as { items: unknown }).items : stored).toBe(checked);
		}
	});

	it('gives the owners collection the check’s own parse too, one entry per owner', async () => {
		const owners = readContent(process.cwd()).data.get('owners.yaml')?.data as { id: string }[];
		const stored = await runLoader(loadDataEntries(`${DATA}/owners.yaml`));
		expect([...stored.keys()]).toEqual(owners.map((o) => o.id));
		owners.forEach((owner) => expect(stored.get(owner.id)).toBe(owner));
	});

	it('parses a file again when its text changes (the dev server reloads edits)', () => {
		const first = parseDataFile('tests/fixture-only.yaml', '- id: a\n');
		expect(parseDataFile('tests/fixture-only.yaml', '- id: a\n')).toBe(first);
		const edited = parseDataFile('tests/fixture-only.yaml', '- id: b\n');
		expect(edited.data).toEqual([{ id: 'b' }]);
		expect(parseDataFile('tests/fixture-only.yaml', '- id: a\n')).not.toBe(first);
	});

	it('keeps the first line of the YAML error, and never a half-parsed value', () => {
		const parsed = parseDataFile('tests/broken-only.yaml', 'a: [1, 2\n');
		expect(parsed.data).toBeUndefined();
		expect(parsed.parseError).toMatch(/^\S.*$/);
	});

	it('freezes what it hands out, since every reader shares it', () => {
		const { data } = parseDataFile('tests/frozen-only.yaml', 'levels:\n  - tier: key\n');
		expect(() => ((data as { levels: { tier: string }[] }).levels[0].tier = 'x')).toThrow(TypeError);
	});
});
