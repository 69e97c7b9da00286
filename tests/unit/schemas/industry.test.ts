/**
 * Industry files: every file in src/content/data/industries/ is valid, and a
 * bad file is rejected with its file name, the field and how to fix it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContent, type Problem, type RawContent } from '#src/schemas/check.ts';
import { industrySchema, planTopics, requireCompleteIndustry } from '#src/schemas/industry.ts';
import { readContent } from '#src/integrations/content-check.ts';

const DIR = 'src/content/data/industries';
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
const load = (file: string) => parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Record<string, any>;

/** The real project's content with one industry file replaced by `data`. */
function checkWith(file: string, data: unknown): Problem[] {
	const raw: RawContent = readContent('.');
	raw.data.set(`industries/${file}`, { file: `${DIR}/${file}`, data });
	return checkContent(raw).problems;
}

const clone = <T>(value: T): T => structuredClone(value);

describe('industry files', () => {
	it('has the four agreed industries', () => {
		expect(files.map((f) => f.replace('.yaml', '')).sort()).toEqual(['financial-services', 'professional-services', 'retail', 'saas']);
	});

	it.each(files)('%s matches the schema and passes every cross-check', (file) => {
		const result = industrySchema.safeParse(load(file));
		expect(result.success ? [] : result.error.issues).toEqual([]);
		expect(checkWith(file, load(file))).toEqual([]);
	});

	it.each(files)('%s has guidance for all nine plan sections', (file) => {
		const data = industrySchema.parse(load(file));
		expect(Object.keys(data.guidance ?? {}).sort()).toEqual([...planTopics].sort());
	});

	it('gives financial services complaint timelines with regulator and source, and the UK eight-week rule', () => {
		const fs = requireCompleteIndustry('financial-services', industrySchema.parse(load('financial-services.yaml')));
		const uk = fs.regulatory.find((r) => r.jurisdiction === 'United Kingdom');
		expect(uk?.regulator).toMatch(/FCA/);
		expect(uk?.source).toMatch(/DISP 1\.6/);
		expect(uk?.timelines.join(' ')).toMatch(/eight weeks/);
		const us = fs.regulatory.find((r) => r.jurisdiction === 'United States');
		expect(us?.regulator).toMatch(/CFPB/);
		expect(us?.timelines.join(' ')).toMatch(/15 days[\s\S]*60 days/);
	});
});

describe('bad industry files are rejected with file, field and fix', () => {
	const file = 'retail.yaml';
	const good = load(file);
	const cases: { rule: string; change: (d: any) => void; field: string; message: RegExp }[] = [
		{ rule: 'a missing plan section', change: (d) => delete d.guidance.escalation, field: 'guidance.escalation', message: /missing: add it with a lead/ },
		{
			rule: 'a benchmark with no source that is not illustrative',
			change: (d) => (d.benchmarks[0] = { ...d.benchmarks[0], illustrative: false }),
			field: 'benchmarks[0].source',
			message: /source and year.*illustrative: true/,
		},
		{ rule: 'a benchmark range upside down', change: (d) => (d.benchmarks[0].low = 90), field: 'benchmarks[0].high', message: /must be at least low/ },
		{
			rule: 'a benchmark naming a result its calculator does not show',
			change: (d) => (d.benchmarks[0].output = 'LTV:CAC'),
			field: 'benchmarks[0].output',
			message: /unknown nps calculator result "LTV:CAC": use one of "Net Promoter Score"/,
		},
		{ rule: 'an unknown churn definition', change: (d) => (d.presets.churn.definition = 'gone'), field: 'presets.churn.definition', message: /"lapsed"/ },
		{ rule: 'churn over 100%', change: (d) => (d.presets.churn.values.lost = 99999), field: 'presets.churn.values.lost', message: /cannot exceed/ },
		{
			rule: 'a CLV field the model does not have',
			change: (d) => (d.presets.clv.values.arpa = 10),
			field: 'presets.clv.values.arpa',
			message: /unknown field of the "retail" CLV model "arpa"/,
		},
		{ rule: 'an unknown CLV model', change: (d) => (d.presets.clv.model = 'vibes'), field: 'presets.clv.model', message: /recurring/ },
		{
			rule: 'a negative order value',
			change: (d) => (d.presets.clv.values.orderValue = -1),
			field: 'presets.clv.values.orderValue',
			message: /cannot be negative/,
		},
		{
			rule: 'fewer than three health signals',
			change: (d) => d.presets.health.config.signals.splice(1),
			field: 'presets.health.config.signals',
			message: /at least three/,
		},
		{
			rule: 'health thresholds in the wrong direction',
			change: (d) => (d.presets.health.config.signals[1].good = 0),
			field: 'presets.health.config.signals[1].good',
			message: /higher-is-better/,
		},
		{ rule: 'an unknown owner', change: (d) => (d.owner = 'nobody-here'), field: 'owner', message: /unknown owner "nobody-here"/ },
		{ rule: 'a review date before the last review', change: (d) => (d.reviewBy = '2020-01-01'), field: 'reviewBy', message: /later than reviewed/ },
		{
			rule: 'a regulatory note with no source',
			change: (d) => (d.regulatory = [{ jurisdiction: 'X', regulator: 'Y', scope: 'Z', timelines: ['soon'] }]),
			field: 'regulatory[0].source',
			message: /cite the rule/,
		},
	];

	it.each(cases)('rejects $rule', ({ change, field, message }) => {
		const data = clone(good);
		change(data);
		const problems = checkWith(file, data);
		const hit = problems.find((p) => p.field === field);
		expect(hit, `expected a problem on ${field}, got ${JSON.stringify(problems)}`).toBeDefined();
		expect(hit!.file).toBe(`${DIR}/${file}`);
		expect(hit!.message).toMatch(message);
	});

	it('lists every missing section of a new file that has only a name and summary', () => {
		const problems = checkWith('brand-new.yaml', { name: 'Brand new', summary: 'A test.' });
		expect(new Set(problems.map((p) => p.file))).toEqual(new Set([`${DIR}/brand-new.yaml`]));
		expect(problems.map((p) => p.field)).toEqual(['owner', 'reviewed', 'reviewBy', 'vocabulary', 'serviceModel', 'presets', 'guidance']);
		expect(problems.find((p) => p.field === 'presets')?.message).toMatch(/copy an existing industry file/);
	});

	it('accepts a file with only a name and summary in the core schema, so pages can reference an industry being written', () => {
		expect(industrySchema.safeParse({ name: 'Brand new', summary: 'A test.' }).success).toBe(true);
	});

	it('refuses to render an incomplete industry, naming its file', () => {
		expect(() => requireCompleteIndustry('brand-new', industrySchema.parse({ name: 'Brand new', summary: 'A test.' }))).toThrow(
			/src\/content\/data\/industries\/brand-new\.yaml: owner is required/,
		);
	});
});
