/**
 * Cross-checks for industry files (registered in crossChecks, src/schemas/check.ts):
 * every preset must be valid input for its calculator — checked with the
 * calculators' own schemas (src/schemas/calculators.ts) — and must produce a
 * finite result; the owner must exist and the review dates must be in order;
 * each benchmark must compare a result its calculator actually shows.
 * A bad preset fails the build naming the file and the field.
 */
import type { z } from 'zod';
import { benchmarkOutputsByCalculator, type CalculatorId } from '../lib/calculators/index.ts';
import { churnCalculator } from '../lib/calculators/churn.ts';
import { listInputIds } from '../lib/calculators/inputs.ts';
import { toCalculatorPreset } from '../lib/industry-presets.ts';
import { computeChurn, computeRevenueRetention } from '../lib/metrics/churn.ts';
import { computeClv } from '../lib/metrics/clv.ts';
import { clvModels } from '../lib/metrics/clv-models.ts';
import { computeHealth } from '../lib/metrics/health.ts';
import { computeNps } from '../lib/metrics/nps.ts';
import { describeUnknown } from '../lib/check-messages.ts';
import { formatPath, type CheckedContent, type Problem } from './check.ts';
import {
	churnInputSchema,
	churnPresetSchema,
	clvCommonSchema,
	clvPresetSchema,
	healthConfigSchema,
	healthPresetSchema,
	npsCountsSchema,
	npsPresetSchema,
	revenueRetentionSchema,
} from './calculators.ts';
import { completeIndustryFields, listMissingIndustryFields, type Industry, type IndustryFile } from './industry.ts';

/** One problem inside an industry file: dotted field path and message. */
export interface PresetIssue {
	field: string;
	message: string;
}

// Which keys a preset may set, their ranges and the results benchmarks may
// name all come from the calculators' definitions (src/lib/calculators/).
const CHURN_COUNT_KEYS = listInputIds(churnCalculator.inputs, 'counts');
const CHURN_REVENUE_KEYS = listInputIds(churnCalculator.inputs, 'revenue');

function zodIssues(prefix: string, error: z.ZodError): PresetIssue[] {
	return error.issues.map((issue) => ({ field: [prefix, formatPath(issue.path)].filter(Boolean).join('.'), message: issue.message }));
}

/**
 * Every problem with one industry's presets: each is checked with its
 * calculator's preset schema (unknown inputs, ranges), then as the calculator
 * reads it (cross-field rules) and for a finite result.
 */
export function validateIndustryPresets(industry: Pick<Industry, 'name' | 'presets'>): PresetIssue[] {
	const issues: PresetIssue[] = [];
	const preset = (c: CalculatorId) => toCalculatorPreset(c, industry);

	// NPS: the preset shape, then the counts as the calculator reads them.
	{
		const shape = npsPresetSchema.safeParse(preset('nps'));
		if (!shape.success) issues.push(...zodIssues('presets.nps', shape.error));
		else {
			const counts = npsCountsSchema.safeParse(shape.data.values);
			if (!counts.success) issues.push(...zodIssues('presets.nps.values', counts.error));
			else if (computeNps(counts.data) === null)
				issues.push({ field: 'presets.nps.values', message: 'the counts add up to 0 responses, which gives no score: give at least one response' });
		}
	}

	// Churn: counts always; revenue movements when the revenue view is on.
	{
		const shape = churnPresetSchema.safeParse(preset('churn'));
		if (!shape.success) issues.push(...zodIssues('presets.churn', shape.error));
		else {
			const { values, revenue, convention } = shape.data;
			if (!revenue) {
				for (const key of Object.keys(values).filter((k) => CHURN_REVENUE_KEYS.includes(k))) {
					issues.push({
						field: `presets.churn.values.${key}`,
						message: `"${key}" is a revenue input, but revenue: false hides the revenue view: remove the value or set revenue: true`,
					});
				}
			}
			const counts = churnInputSchema.safeParse({ ...Object.fromEntries(CHURN_COUNT_KEYS.map((k) => [k, values[k]])), convention });
			if (!counts.success) issues.push(...zodIssues('presets.churn.values', counts.error));
			else if (!Number.isFinite(computeChurn(counts.data).annualChurn))
				issues.push({ field: 'presets.churn.values', message: 'these values give no finite churn rate' });
			if (revenue) {
				const money = revenueRetentionSchema.safeParse(Object.fromEntries(CHURN_REVENUE_KEYS.map((k) => [k, values[k]])));
				if (!money.success) issues.push(...zodIssues('presets.churn.values', money.error));
				else if (!Number.isFinite(computeRevenueRetention(money.data).nrr))
					issues.push({ field: 'presets.churn.values', message: 'these values give no finite revenue retention' });
			}
		}
	}

	// CLV: a known model, its fields and the shared ones within their ranges (the preset schema), a finite value.
	{
		const shape = clvPresetSchema.safeParse(preset('clv'));
		if (!shape.success) issues.push(...zodIssues('presets.clv', shape.error));
		else {
			const model = clvModels[shape.data.model];
			const { values } = shape.data;
			const full = Object.fromEntries(model.fields.map((f) => [f.id, values[f.id] ?? f.default]));
			const common = clvCommonSchema.parse(
				Object.fromEntries(
					Object.keys(clvCommonSchema.shape)
						.filter((k) => values[k] !== undefined)
						.map((k) => [k, values[k]]),
				),
			);
			const result = computeClv(model.toStream(full), common);
			if (result.value === null || !Number.isFinite(result.value)) {
				issues.push({
					field: 'presets.clv.values',
					message: 'these values give no finite lifetime value (nothing ever ends): set churn or retention so customers leave, or add a horizon',
				});
			}
		}
	}

	// Health: the calculators' config rules, values only for known signals (the preset schema), a finite score.
	{
		const shape = healthPresetSchema.safeParse(preset('health-score'));
		if (!shape.success) issues.push(...zodIssues('presets.health', shape.error));
		else {
			const config = healthConfigSchema.parse(shape.data.config);
			const score = computeHealth(config, shape.data.values).score;
			if (score === null || !Number.isFinite(score))
				issues.push({ field: 'presets.health.values', message: 'give a value for at least one weighted signal so the example account gets a score' });
		}
	}
	return issues;
}

/** Benchmarks must name an output their calculator shows. */
export function validateBenchmarks(industry: Pick<Industry, 'benchmarks'>): PresetIssue[] {
	return industry.benchmarks.flatMap((b, i) =>
		benchmarkOutputsByCalculator[b.calculator].includes(b.output)
			? []
			: [
					{
						field: `benchmarks[${i}].output`,
						message: describeUnknown(`${b.calculator} calculator result`, b.output, benchmarkOutputsByCalculator[b.calculator]),
					},
				],
	);
}

/** The cross-check: completeness, presets, benchmarks, owner and review dates of every industry file. */
export function checkIndustries(content: CheckedContent): Problem[] {
	const owners = new Set(content.owners.map((o) => o.id));
	const problems: Problem[] = [];
	for (const [key, value] of content.data) {
		if (!key.startsWith('industries/')) continue;
		const industry = value as IndustryFile;
		const file = `src/content/data/${key}`;
		for (const field of listMissingIndustryFields(industry)) problems.push({ file, field, message: completeIndustryFields[field] });
		if (industry.presets) problems.push(...validateIndustryPresets(industry as Pick<Industry, 'name' | 'presets'>).map((issue) => ({ file, ...issue })));
		problems.push(...validateBenchmarks(industry).map((issue) => ({ file, ...issue })));
		if (industry.owner && owners.size > 0 && !owners.has(industry.owner)) {
			problems.push({
				file,
				field: 'owner',
				message: describeUnknown('owner', industry.owner, owners, { orElse: 'add this person to src/content/data/owners.yaml' }),
			});
		}
		if (industry.reviewed && industry.reviewBy && industry.reviewBy.getTime() <= industry.reviewed.getTime()) {
			problems.push({ file, field: 'reviewBy', message: 'reviewBy must be later than reviewed: set the next review date after the last one' });
		}
	}
	return problems;
}
