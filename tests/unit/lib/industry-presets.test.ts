/**
 * Every industry preset is valid input for its calculator (checked with the
 * calculators' own schemas) and produces a finite result with the
 * calculators' own formulas; worked examples pin the industry CLV models.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	churnInputSchema,
	churnPresetSchema,
	clvCommonSchema,
	clvPresetSchema,
	healthPresetSchema,
	npsCountsSchema,
	npsPresetSchema,
	revenueRetentionSchema,
} from '#src/schemas/calculators.ts';
import { industrySchema, requireCompleteIndustry, type Industry } from '#src/schemas/industry.ts';
import { validateIndustryPresets } from '#src/schemas/industry-check.ts';
import { computeChurn, computeRevenueRetention } from '#src/lib/metrics/churn.ts';
import { computeClv } from '#src/lib/metrics/clv.ts';
import { clvModels } from '#src/lib/metrics/clv-models.ts';
import { computeHealth } from '#src/lib/metrics/health.ts';
import { computeNps } from '#src/lib/metrics/nps.ts';
import { listClvPresetRows, toCalculatorPreset } from '#src/lib/industry-presets.ts';

const DIR = 'src/content/data/industries';
const industries: [string, Industry][] = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => {
		const id = f.replace('.yaml', '');
		return [id, requireCompleteIndustry(id, industrySchema.parse(parse(readFileSync(`${DIR}/${f}`, 'utf8'))))];
	});

/** CLV of a preset with the calculator's engine; model defaults fill fields the preset leaves out. */
function clvOf(industry: Industry) {
	const preset = clvPresetSchema.parse(toCalculatorPreset('clv', industry));
	const model = clvModels[preset.model];
	const values = Object.fromEntries(model.fields.map((f) => [f.id, preset.values[f.id] ?? f.default]));
	const common = clvCommonSchema.parse({ discount: preset.values.discount, horizon: preset.values.horizon, cac: preset.values.cac });
	return { model, values, common, result: computeClv(model.toStream(values), common) };
}

describe.each(industries)('%s presets', (_id, industry) => {
	it('pass the industry cross-check with no issues', () => {
		expect(validateIndustryPresets(industry)).toEqual([]);
	});

	it('give a finite NPS between −100 and 100', () => {
		const preset = npsPresetSchema.parse(toCalculatorPreset('nps', industry));
		const result = computeNps(npsCountsSchema.parse(preset.values));
		expect(result).not.toBeNull();
		expect(result!.score).toBeGreaterThanOrEqual(-100);
		expect(result!.score).toBeLessThanOrEqual(100);
	});

	it('give a finite churn rate between 0 and 1, and finite revenue retention when shown', () => {
		const preset = churnPresetSchema.parse(toCalculatorPreset('churn', industry));
		const churn = computeChurn(churnInputSchema.parse({ ...preset.values, convention: preset.convention }));
		expect(Number.isFinite(churn.annualChurn)).toBe(true);
		expect(churn.annualChurn).toBeGreaterThanOrEqual(0);
		expect(churn.annualChurn).toBeLessThanOrEqual(1);
		if (preset.revenue) {
			const { mrr, expansion, contraction, churned } = preset.values;
			const money = computeRevenueRetention(revenueRetentionSchema.parse({ mrr, expansion, contraction, churned }));
			expect(Number.isFinite(money.nrr)).toBe(true);
		}
	});

	it('give a finite, positive lifetime value', () => {
		const { result } = clvOf(industry);
		expect(result.value).not.toBeNull();
		expect(Number.isFinite(result.value!)).toBe(true);
		expect(result.value!).toBeGreaterThan(0);
	});

	it('give the example account a finite health score from 0 to 100', () => {
		const preset = healthPresetSchema.parse(toCalculatorPreset('health-score', industry));
		const { score } = computeHealth(preset.config, preset.values);
		expect(score).not.toBeNull();
		expect(score!).toBeGreaterThanOrEqual(0);
		expect(score!).toBeLessThanOrEqual(100);
	});

	it('label every CLV starting value, with its unit', () => {
		const rows = listClvPresetRows(industry.presets.clv);
		expect(rows.map((r) => r.id).sort()).toEqual(Object.keys(industry.presets.clv.values).sort());
		for (const row of rows) expect(row.label).not.toBe(row.id);
	});
});

describe('industry CLV models, worked examples', () => {
	const byId = Object.fromEntries(industries);

	it('values a retail customer at order value × orders a year × years × margin: 64 × 3.2 × 2.5 × 42% = 215.04', () => {
		const retail = {
			...byId.retail,
			presets: { ...byId.retail.presets, clv: { ...byId.retail.presets.clv, values: { orderValue: 64, frequency: 3.2, lifespan: 2.5, margin: 42 } } },
		};
		expect(clvOf(retail).result.value).toBeCloseTo(215.04, 6);
	});

	it('values a retail customer net of returns: 64 × (1 − 10%) × 3.2 × 2.5 × 42% = 193.536', () => {
		const retail = {
			...byId.retail,
			presets: {
				...byId.retail.presets,
				clv: { ...byId.retail.presets.clv, values: { orderValue: 64, frequency: 3.2, lifespan: 2.5, margin: 42, returns: 10 } },
			},
		};
		expect(clvOf(retail).result.value).toBeCloseTo(193.536, 6);
	});

	it('values a SaaS account at ARPA × margin ÷ churn: 380 × 78% ÷ 1.1% ≈ 26,945.45 undiscounted', () => {
		const saas = { ...byId.saas, presets: { ...byId.saas.presets, clv: { ...byId.saas.presets.clv, values: { arpa: 380, margin: 78, churn: 1.1 } } } };
		expect(clvOf(saas).result.value).toBeCloseTo((380 * 0.78) / 0.011, 6);
	});

	it('hands the islands only the calculators’ preset fields, not the industry-only notes', () => {
		const preset = toCalculatorPreset('churn', byId.retail);
		expect(Object.keys(preset).sort()).toEqual(['convention', 'labels', 'revenue', 'title', 'values']);
		expect(preset.title).toBe(byId.retail.name);
	});

	it('counts a preset that never ends (no churn, no horizon) as a problem, not Infinity', () => {
		const saas = { ...byId.saas, presets: { ...byId.saas.presets, clv: { ...byId.saas.presets.clv, values: { arpa: 380, margin: 78, churn: 0 } } } };
		expect(validateIndustryPresets(saas)).toEqual([
			expect.objectContaining({ field: 'presets.clv.values', message: expect.stringMatching(/no finite lifetime value/) }),
		]);
	});
});
