/**
 * Cross-checks for industry files (registered in crossChecks, src/schemas/check.ts):
 * every preset must be valid input for its calculator — checked with the
 * calculators' own schemas (src/schemas/calculators.ts) — and must produce a
 * finite result; the owner must exist and the review dates must be in order;
 * each benchmark must compare a result its calculator actually shows.
 * A bad preset fails the build naming the file and the field.
 */
import type { z } from 'zod';
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
	type FieldSpec,
} from './calculators.ts';
import { computeChurn, computeRevenueRetention } from '../lib/metrics/churn.ts';
import { computeClv } from '../lib/metrics/clv.ts';
import { clvCommonFields, clvModels } from '../lib/metrics/clv-models.ts';
import { computeHealth } from '../lib/metrics/health.ts';
import { computeNps } from '../lib/metrics/nps.ts';
import { toCalculatorPreset } from '../lib/industry-presets.ts';
import { formatPath, type CheckedContent, type Problem } from './check.ts';
import { completeIndustryFields, listMissingIndustryFields, type CalculatorId, type Industry, type IndustryFile } from './industry.ts';

/** One problem inside an industry file: dotted field path and message. */
export interface PresetIssue {
	field: string;
	message: string;
}

const CHURN_COUNT_KEYS = ['start', 'added', 'lost', 'lostNew', 'months'] as const;
const CHURN_REVENUE_KEYS = ['mrr', 'expansion', 'contraction', 'churned'] as const;
const NPS_KEYS = ['promoters', 'passives', 'detractors'] as const;

/** Which outputs each calculator shows, so a benchmark cannot point at a result its page never has. */
const outputsByCalculator: Record<CalculatorId, readonly string[]> = {
	nps: ['Net Promoter Score'],
	churn: ['Churn rate', 'Annual churn rate', 'Gross revenue retention', 'Net revenue retention'],
	clv: ['Customer lifetime value', 'LTV:CAC', 'CAC payback'],
	'health-score': ['Health score'],
};

function zodIssues(prefix: string, error: z.ZodError): PresetIssue[] {
	return error.issues.map((issue) => ({ field: [prefix, formatPath(issue.path)].filter(Boolean).join('.'), message: issue.message }));
}

function unknownKeys(prefix: string, keys: string[], allowed: readonly string[], what: string): PresetIssue[] {
	return keys
		.filter((key) => !allowed.includes(key))
		.map((key) => ({ field: `${prefix}.${key}`, message: `"${key}" is not a ${what}: use one of ${allowed.join(', ')}` }));
}

function checkField(prefix: string, field: FieldSpec, value: number | undefined): PresetIssue[] {
	if (value === undefined) return [];
	const issues: PresetIssue[] = [];
	if (!Number.isFinite(value)) issues.push({ field: `${prefix}.${field.id}`, message: `${field.label} must be a finite number` });
	else if (value < field.min) issues.push({ field: `${prefix}.${field.id}`, message: `${field.label} must be at least ${field.min} (it is ${value})` });
	else if (field.max !== undefined && value > field.max) issues.push({ field: `${prefix}.${field.id}`, message: `${field.label} must be at most ${field.max} (it is ${value})` });
	return issues;
}

/** Every problem with one industry's presets, as valid calculator input and as a finite result. */
export function validateIndustryPresets(industry: Pick<Industry, 'name' | 'presets'>): PresetIssue[] {
	const issues: PresetIssue[] = [];
	const preset = (c: CalculatorId) => toCalculatorPreset(c, industry);

	// NPS: the preset shape, then the counts as the calculator reads them.
	{
		const shape = npsPresetSchema.safeParse(preset('nps'));
		if (!shape.success) issues.push(...zodIssues('presets.nps', shape.error));
		const values = industry.presets.nps.values;
		issues.push(...unknownKeys('presets.nps.values', Object.keys(values), NPS_KEYS, 'NPS input'));
		const counts = npsCountsSchema.safeParse(values);
		if (!counts.success) issues.push(...zodIssues('presets.nps.values', counts.error));
		else if (computeNps(counts.data) === null) issues.push({ field: 'presets.nps.values', message: 'the counts add up to 0 responses, which gives no score: give at least one response' });
	}

	// Churn: counts always; revenue movements when the revenue view is on.
	{
		const p = preset('churn');
		const shape = churnPresetSchema.safeParse(p);
		if (!shape.success) issues.push(...zodIssues('presets.churn', shape.error));
		const { values, labels, revenue } = industry.presets.churn;
		const allowed = [...CHURN_COUNT_KEYS, ...(revenue ? CHURN_REVENUE_KEYS : [])];
		issues.push(...unknownKeys('presets.churn.values', Object.keys(values), allowed, revenue ? 'churn input' : 'churn input (revenue: false, so no revenue inputs)'));
		issues.push(...unknownKeys('presets.churn.labels', Object.keys(labels), allowed, 'churn input to label'));
		const counts = churnInputSchema.safeParse({ ...Object.fromEntries(CHURN_COUNT_KEYS.map((k) => [k, values[k]])), convention: shape.success ? shape.data.convention : undefined });
		if (!counts.success) issues.push(...zodIssues('presets.churn.values', counts.error));
		else if (!Number.isFinite(computeChurn(counts.data).annualChurn)) issues.push({ field: 'presets.churn.values', message: 'these values give no finite churn rate' });
		if (revenue) {
			const money = revenueRetentionSchema.safeParse(Object.fromEntries(CHURN_REVENUE_KEYS.map((k) => [k, values[k]])));
			if (!money.success) issues.push(...zodIssues('presets.churn.values', money.error));
			else if (!Number.isFinite(computeRevenueRetention(money.data).nrr)) issues.push({ field: 'presets.churn.values', message: 'these values give no finite revenue retention' });
		}
	}

	// CLV: a known model, its own fields within their bounds, the shared fields, a finite value.
	{
		const shape = clvPresetSchema.safeParse(preset('clv'));
		if (!shape.success) {
			issues.push(...zodIssues('presets.clv', shape.error));
		} else {
			const model = clvModels[shape.data.model];
			const { values, labels } = industry.presets.clv;
			const modelIds = model.fields.map((f) => f.id);
			const commonIds = clvCommonFields.map((f) => f.id);
			issues.push(...unknownKeys('presets.clv.values', Object.keys(values), [...modelIds, ...commonIds], `field of the "${model.id}" CLV model`));
			issues.push(...unknownKeys('presets.clv.labels', Object.keys(labels), [...modelIds, ...commonIds], `field of the "${model.id}" CLV model`));
			for (const field of model.fields) issues.push(...checkField('presets.clv.values', field, values[field.id]));
			const common = clvCommonSchema.safeParse(Object.fromEntries(commonIds.filter((k) => values[k] !== undefined).map((k) => [k, values[k]])));
			if (!common.success) issues.push(...zodIssues('presets.clv.values', common.error));
			if (issues.every((i) => !i.field.startsWith('presets.clv')) && common.success) {
				const full = Object.fromEntries(model.fields.map((f) => [f.id, values[f.id] ?? f.default]));
				const result = computeClv(model.toStream(full), common.data);
				if (result.value === null || !Number.isFinite(result.value)) {
					issues.push({ field: 'presets.clv.values', message: 'these values give no finite lifetime value (nothing ever ends): set churn or retention so customers leave, or add a horizon' });
				}
			}
		}
	}

	// Health: the calculators' config rules, values only for known signals, a finite score.
	{
		const shape = healthPresetSchema.safeParse(preset('health-score'));
		if (!shape.success) {
			issues.push(...zodIssues('presets.health', shape.error));
		} else {
			const ids = shape.data.config.signals.map((s) => s.id);
			issues.push(...unknownKeys('presets.health.values', Object.keys(industry.presets.health.values), ids, 'signal id'));
			const config = healthConfigSchema.parse(shape.data.config);
			const score = computeHealth(config, shape.data.values).score;
			if (score === null || !Number.isFinite(score)) issues.push({ field: 'presets.health.values', message: 'give a value for at least one weighted signal so the example account gets a score' });
		}
	}
	return issues;
}

/** Benchmarks must name an output their calculator shows. */
export function validateBenchmarks(industry: Pick<Industry, 'benchmarks'>): PresetIssue[] {
	return industry.benchmarks.flatMap((b, i) =>
		outputsByCalculator[b.calculator].includes(b.output)
			? []
			: [{ field: `benchmarks[${i}].output`, message: `the ${b.calculator} calculator shows no "${b.output}": use one of ${outputsByCalculator[b.calculator].join(', ')}` }],
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
			problems.push({ file, field: 'owner', message: `unknown owner "${industry.owner}": use an id from src/content/data/owners.yaml` });
		}
		if (industry.reviewed && industry.reviewBy && industry.reviewBy.getTime() <= industry.reviewed.getTime()) {
			problems.push({ file, field: 'reviewBy', message: 'reviewBy must be later than reviewed: set the next review date after the last one' });
		}
	}
	return problems;
}
