import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	churnInputSchema,
	churnPresetSchema,
	clvCommonSchema,
	clvPresetSchema,
	clvRecurringSchema,
	collectFieldErrors,
	healthConfigSchema,
	healthPresetSchema,
	npsCountsSchema,
	npsPresetSchema,
	numberInput,
	revenueRetentionSchema,
} from '#src/schemas/calculators.ts';
import { toParamSpecs, churnParams, npsParams, parseNumberText, readFieldValues } from '#src/lib/url-state.ts';
import { clvCommonFields, recurringModel } from '#src/lib/metrics/clv-models.ts';
import { defaultHealthConfig } from '#src/lib/metrics/health.ts';
import { checkChurnCounts } from '#src/lib/calculator-rules.ts';

describe('number fields', () => {
	const pct = numberInput('Monthly churn', { min: 0, max: 100, hint: 'a percent, e.g. 2.5 for 2.5%' });
	it.each([
		[undefined, 'Monthly churn is required: enter a number (a percent, e.g. 2.5 for 2.5%)'],
		['2', 'Monthly churn must be a number (a percent, e.g. 2.5 for 2.5%)'],
		[-1, 'Monthly churn cannot be negative'],
		[101, 'Monthly churn must be at most 100 (a percent, e.g. 2.5 for 2.5%)'],
		[Number.NaN, 'Monthly churn must be a number (a percent, e.g. 2.5 for 2.5%)'],
	])('explains %s as %j', (input, message) => {
		const r = pct.safeParse(input);
		expect(r.success).toBe(false);
		expect(r.error!.issues[0].message).toBe(message);
	});
	it('rejects Infinity', () => {
		expect(pct.safeParse(Number.POSITIVE_INFINITY).success).toBe(false);
	});
});

describe('calculator inputs', () => {
	it('names each bad field', () => {
		const r = churnInputSchema.safeParse({ start: 10, added: 0, lost: 20, months: 1 });
		expect(collectFieldErrors(r.error!)).toEqual({ lost: expect.stringMatching(/churn over 100% is impossible/) });
		expect(revenueRetentionSchema.safeParse({ mrr: 0, expansion: 0, contraction: 0, churned: 0 }).error!.issues[0].path).toEqual(['mrr']);
	});
	it('defaults the churn convention to customers at start and the CLV extras to none', () => {
		expect(churnInputSchema.parse({ start: 10, added: 0, lost: 1, months: 1 })).toMatchObject({ convention: 'start', lostNew: 0 });
		expect(clvCommonSchema.parse({})).toEqual({ discount: 0, horizon: 0, cac: 0 });
	});
	it('accepts the default presets and health configuration', () => {
		expect(npsPresetSchema.parse({})).toEqual({ values: {} });
		expect(churnPresetSchema.parse({}).convention).toBe('start');
		expect(clvPresetSchema.parse({}).model).toBe('recurring');
		expect(healthPresetSchema.safeParse({ config: defaultHealthConfig }).success).toBe(true);
		expect(clvPresetSchema.safeParse({ model: 'insurance' }).error!.issues[0].message).toMatch(/model must be one of recurring, retail/);
	});
	it('refuses reserved signal ids', () => {
		const r = healthConfigSchema.safeParse({ signals: [{ id: 'previous', name: 'P', weight: 1, direction: 'higher-is-better', poor: 0, good: 1 }] });
		expect(r.error!.issues[0].message).toMatch(/reserved/);
	});
});

/**
 * The islands check typed input with readFieldValues and the shared rules
 * (no zod in the browser); the schemas check presets. Both must agree.
 */
describe('browser checks and schemas agree', () => {
	/** What the schema sees for typed text: nothing for empty, the number, or the raw text. */
	const toSchemaInput = (raw: Record<string, string>) =>
		Object.fromEntries(
			Object.entries(raw).map(([k, t]) => {
				const p = parseNumberText(t);
				return [k, t.trim() === '' ? undefined : p.ok ? p.value : t];
			}),
		);
	const text = fc.oneof(
		fc.integer({ min: -5, max: 300 }).map(String),
		fc.double({ min: -5, max: 300, noNaN: true }).map((n) => n.toFixed(2)),
		fc.constantFrom('', 'abc', '1e3'),
	);

	it('for NPS counts', () => {
		fc.assert(
			fc.property(text, text, text, (promoters, passives, detractors) => {
				const raw = { promoters, passives, detractors };
				const browser = readFieldValues(raw, npsParams.slice(0, 3));
				const schema = npsCountsSchema.safeParse(toSchemaInput(raw));
				return (Object.keys(browser.errors).length === 0) === schema.success;
			}),
		);
	});

	it('for the recurring CLV inputs', () => {
		const specs = toParamSpecs(recurringModel.fields);
		fc.assert(
			fc.property(text, text, text, (arpa, margin, churn) => {
				const raw = { arpa, margin, churn };
				const browser = readFieldValues(raw, specs);
				const schema = clvRecurringSchema.safeParse(toSchemaInput(raw));
				return (Object.keys(browser.errors).length === 0) === schema.success;
			}),
		);
	});

	it('for the common CLV inputs', () => {
		// As on the page: all three may be left empty.
		const specs = toParamSpecs(clvCommonFields);
		fc.assert(
			fc.property(text, text, text, (discount, horizon, cac) => {
				const raw = { discount, horizon, cac };
				const browser = readFieldValues(raw, specs);
				const schema = clvCommonSchema.safeParse(toSchemaInput(raw));
				return (Object.keys(browser.errors).length === 0) === schema.success;
			}),
		);
	});

	it('for churn counts', () => {
		const specs = churnParams.filter((p) => ['start', 'added', 'lost', 'months'].includes(p.name));
		fc.assert(
			fc.property(text, text, text, text, (start, added, lost, months) => {
				const raw = { start, added, lost, months };
				const browser = readFieldValues(raw, specs);
				const rules = Object.keys(browser.errors).length === 0 ? checkChurnCounts(browser.values as { start: number; added: number; lost: number }) : [];
				const schema = churnInputSchema.safeParse(toSchemaInput(raw));
				return (Object.keys(browser.errors).length === 0 && rules.length === 0) === schema.success;
			}),
		);
	});
});
