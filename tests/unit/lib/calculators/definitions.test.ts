import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkOutputs, calculatorIds, calculators } from '#src/lib/calculators/index.ts';
import { isWholeUnit, type InputSpec } from '#src/lib/calculators/inputs.ts';
import { inputNames } from '#src/lib/industry-presets.ts';
import { clvModels } from '#src/lib/metrics/clv-models.ts';
import { parseParams, readFieldValues, toParamSpecs } from '#src/lib/url-state.ts';
import { churnPresetSchema, clvPresetSchema, inputsSchema, npsPresetSchema } from '#src/schemas/calculators.ts';

/** Every declared input list: each calculator's own, and each CLV model's fields with the shared ones. */
const inputLists: [string, readonly InputSpec[]][] = [
	...calculatorIds.map((id): [string, readonly InputSpec[]] => [id, calculators[id].inputs]),
	...Object.values(clvModels).map((m): [string, readonly InputSpec[]] => [`clv model ${m.id}`, [...m.fields, ...calculators.clv.inputs]]),
];

describe.each(inputLists)('the %s inputs, declared once', (_name, inputs) => {
	it('have unique ids that work as link parameters', () => {
		const ids = inputs.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9_]*$/);
	});

	it('each have a documented range that holds their worked example', () => {
		for (const input of inputs) {
			expect(input.min, input.id).toBeLessThan(input.max);
			expect(input.default, input.id).toBeGreaterThanOrEqual(input.min);
			expect(input.default, input.id).toBeLessThanOrEqual(input.max);
		}
	});

	it('give the link parser, the typed fields and the zod schema the same range', () => {
		const specs = toParamSpecs(inputs);
		const schema = inputsSchema(inputs);
		fc.assert(
			fc.property(fc.constantFrom(...inputs), fc.double({ min: -1e13, max: 1e13, noNaN: true }), (input, value) => {
				const text = String(value);
				const link = parseParams(new URLSearchParams({ [input.id]: text }), specs);
				const typed = readFieldValues(
					{ [input.id]: text },
					specs.filter((s) => s.name === input.id),
				);
				const zod = schema.shape[input.id as keyof typeof schema.shape].safeParse(value);
				const fits = value >= input.min && value <= input.max && (!isWholeUnit(input.unit) || Number.isInteger(value));
				return link.present.includes(input.id) === fits && (typed.errors[input.id] === undefined) === fits && zod.success === fits;
			}),
		);
	});

	it('each have a generic name for industry pages', () => {
		for (const input of inputs) expect(inputNames[input.id], input.id).toBeTruthy();
	});
});

describe('presets name only declared inputs', () => {
	it.each([
		[
			'NPS',
			npsPresetSchema,
			{ values: { promotors: 10 } },
			'values.promotors',
			/unknown NPS input "promotors" \(did you mean "promoters"\?\): use one of "promoters", "passives"/,
		],
		['churn', churnPresetSchema, { values: { customers: 10 } }, 'values.customers', /unknown churn input "customers".*: use one of "start", "added"/],
		['churn labels', churnPresetSchema, { labels: { begin: 'Clients' } }, 'labels.begin', /a label for an unknown churn input "begin"/],
		[
			'CLV',
			clvPresetSchema,
			{ model: 'retail', values: { arpa: 10 } },
			'values.arpa',
			/unknown field of the "retail" CLV model "arpa".*: use one of "orderValue"/,
		],
		['CLV range', clvPresetSchema, { values: { arpa: 1e13 } }, 'values.arpa', /at most 1,000,000,000,000/],
		['NPS range', npsPresetSchema, { values: { promoters: 2.5 } }, 'values.promoters', /whole number/],
	])('%s: rejects an unknown or out-of-range value with the key named', (_name, schema, input, path, message) => {
		const result = schema.safeParse(input);
		expect(result.success).toBe(false);
		const issue = result.error!.issues.find((i) => i.path.join('.') === path);
		expect(issue?.message).toMatch(message);
	});
});

describe('results', () => {
	it('lets benchmarks compare only with results a calculator declares', () => {
		expect(benchmarkOutputs).toEqual(
			expect.arrayContaining(['Net Promoter Score', 'Churn rate', 'Gross revenue retention', 'Customer lifetime value', 'Health score']),
		);
		expect(benchmarkOutputs).not.toContain('Band');
	});
});
