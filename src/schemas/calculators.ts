/**
 * Inputs of the four calculators (NPS, churn and retention, customer lifetime
 * value, account health) and the preset shapes that industry variants feed
 * them. The formulas live in src/lib/metrics/; these schemas say what a valid
 * input is and, when it is not, which field is wrong and how to fix it.
 *
 * Presets are plain data (YAML under src/content/data/industries/ or props in
 * MDX), so an industry variant is a preset, never a code branch.
 */
import { z } from 'zod';
import { checkChurnCounts, checkHealthSignal, checkHealthSignals, checkRevenueMovements, ID_PATTERN, type RuleIssue } from '../lib/calculator-rules.ts';
import { formatQuantity } from '../lib/format.ts';
import { churnCalculator } from '../lib/calculators/churn.ts';
import { clvCalculator } from '../lib/calculators/clv.ts';
import { describeUnit, isWholeUnit, listInputIds, type InputSpec } from '../lib/calculators/inputs.ts';
import { npsCalculator } from '../lib/calculators/nps.ts';
import { clvModelIds, clvModels, recurringModel } from '../lib/metrics/clv-models.ts';
import { currencyField } from './organization.ts';
import { describeUnknown } from '../lib/check-messages.ts';

/** Report rule issues (from src/lib/calculator-rules.ts) as zod issues. */
function addIssues(ctx: z.RefinementCtx, issues: RuleIssue[]) {
	for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}

interface NumberRule {
	/** Smallest allowed value (inclusive). */
	min?: number;
	/** Largest allowed value (inclusive). */
	max?: number;
	/** Whole numbers only (counts of people or accounts). */
	int?: boolean;
	/** How to write the value, appended to messages ("a percent, e.g. 2.5 for 2.5%"). */
	hint?: string;
}

/**
 * A number field whose every message names the field and says how to fix it.
 * Rejects NaN and Infinity, which would otherwise leak into results.
 */
export function numberInput(label: string, rule: NumberRule = {}) {
	const hint = rule.hint ? ` (${rule.hint})` : '';
	let schema = z.number({
		error: (issue) =>
			issue.input === undefined || issue.input === null || issue.input === ''
				? `${label} is required: enter a number${hint}`
				: `${label} must be a number${hint}`,
	});
	schema = schema.refine(Number.isFinite, { message: `${label} must be a finite number${hint}` });
	if (rule.int) schema = schema.int({ message: `${label} must be a whole number${hint}` });
	if (rule.min !== undefined) {
		schema = schema.min(rule.min, {
			message: rule.min === 0 ? `${label} cannot be negative` : `${label} must be at least ${formatQuantity(rule.min)}${hint}`,
		});
	}
	if (rule.max !== undefined) schema = schema.max(rule.max, { message: `${label} must be at most ${formatQuantity(rule.max)}${hint}` });
	return schema;
}

/** The schema of one declared input: its label, range, whole-number rule and hint; optional inputs take their default. */
function inputSchema(input: InputSpec) {
	const schema = numberInput(input.label, { min: input.min, max: input.max, int: isWholeUnit(input.unit), hint: describeUnit(input.unit) });
	return input.optional ? schema.default(input.default) : schema;
}

type InputShape<T extends readonly InputSpec[]> = {
	[I in T[number] as I['id']]: I extends { optional: true } ? z.ZodDefault<z.ZodNumber> : z.ZodNumber;
};

/** An object schema for a list of declared inputs (src/lib/calculators/): one field per input. */
export function inputsSchema<const T extends readonly InputSpec[]>(inputs: T) {
	return z.object(Object.fromEntries(inputs.map((input) => [input.id, inputSchema(input)])) as InputShape<T>);
}

type Group<T extends readonly InputSpec[], G extends string> = Extract<T[number], { group: G }>[];
const pickGroup = <const T extends readonly InputSpec[], G extends string>(inputs: T, group: G) => inputs.filter((i) => i.group === group) as Group<T, G>;

/**
 * A preset's `values`: numbers keyed by input id. A key that is no input of
 * the calculator (usually a typo) and a value out of the input's range fail
 * with the key named and the allowed ids or range given.
 */
export function presetValuesSchema(inputs: readonly InputSpec[], what: string) {
	return z
		.record(z.string(), z.number({ error: 'preset values must be numbers (percentages as percents: 2.5 means 2.5%)' }))
		.default({})
		.superRefine((values, ctx) => addValueIssues(values, inputs, what, ctx, []));
}

function addValueIssues(values: Record<string, number>, inputs: readonly InputSpec[], what: string, ctx: z.RefinementCtx, path: string[]) {
	for (const [key, value] of Object.entries(values)) {
		const input = inputs.find((i) => i.id === key);
		if (!input) {
			ctx.addIssue({ code: 'custom', path: [...path, key], message: describeUnknown(what, key, listInputIds(inputs)) });
			continue;
		}
		const checked = inputSchema(input).safeParse(value);
		if (!checked.success) ctx.addIssue({ code: 'custom', path: [...path, key], message: `${checked.error.issues[0].message} (it is ${value})` });
	}
}

/** Label overrides keyed by input id; a key that is no input fails like a value's. */
function presetLabelsSchema(inputs: readonly InputSpec[], what: string) {
	return z
		.record(z.string(), z.string().trim().min(1, { message: 'a label must not be empty' }))
		.default({})
		.superRefine((labels, ctx) => {
			for (const key of Object.keys(labels)) {
				if (!inputs.some((i) => i.id === key))
					ctx.addIssue({ code: 'custom', path: [key], message: `a label for an ${describeUnknown(what, key, listInputIds(inputs))}` });
			}
		});
}

// ---------------------------------------------------------------- NPS

/** Survey answers counted by group (0–6 detractors, 7–8 passives, 9–10 promoters): the "counts" inputs of src/lib/calculators/nps.ts. */
export const npsCountsSchema = inputsSchema(pickGroup(npsCalculator.inputs, 'counts'));
export type NpsCounts = z.infer<typeof npsCountsSchema>;

/** Options for the NPS interval and sample-size calculations. */
export const npsOptionsSchema = z.object({
	/** Confidence level for the interval, e.g. 0.95. */
	confidence: numberInput('Confidence level', { min: 0.5, max: 0.999 }).default(0.95),
	/** Fewer responses than this shows a small-sample warning (a commonly cited rule of thumb). */
	minSample: numberInput('Minimum sample', { min: 0, int: true }).default(30),
});
export type NpsOptions = z.infer<typeof npsOptionsSchema>;

// ---------------------------------------------------------------- Churn

/**
 * Which customers the churn rate divides by.
 * - `start`: customers at the start of the period (a cohort view; joiners are
 *   left out of both numerator and denominator).
 * - `average`: the average of customers at start and end (includes joiners).
 */
export const churnConventions = ['start', 'average'] as const;
export type ChurnConvention = (typeof churnConventions)[number];

/** Customer counts for one period (the "counts" inputs of src/lib/calculators/churn.ts) and the denominator convention. */
export const churnInputSchema = inputsSchema(pickGroup(churnCalculator.inputs, 'counts'))
	.extend({
		/** Denominator convention: see churnConventions. */
		convention: z.enum(churnConventions, { error: 'Denominator must be "start" or "average"' }).default('start'),
	})
	// Cross-field rules shared with the island: src/lib/calculator-rules.ts.
	.superRefine((v, ctx) => addIssues(ctx, checkChurnCounts(v)));
export type ChurnInput = z.input<typeof churnInputSchema>;
export type ChurnInputParsed = z.output<typeof churnInputSchema>;

/** Recurring revenue movements for one period (the "revenue" inputs; any currency, same unit throughout). */
export const revenueRetentionSchema = inputsSchema(pickGroup(churnCalculator.inputs, 'revenue')).superRefine((v, ctx) =>
	addIssues(ctx, checkRevenueMovements(v)),
);
export type RevenueRetentionInput = z.infer<typeof revenueRetentionSchema>;

// ---------------------------------------------------------------- CLV

/** Inputs every CLV model shares (on top of the model's own): src/lib/calculators/clv.ts. */
export const clvCommonSchema = inputsSchema(clvCalculator.inputs);
export type ClvCommon = z.infer<typeof clvCommonSchema>;

/** The recurring-revenue (SaaS) model's own inputs: arpa, margin, churn. */
export const clvRecurringSchema = inputsSchema(recurringModel.fields);

/**
 * A CLV preset: which model, its starting values and optional relabelling.
 * Values are keyed by field id (arpa, margin, churn, orderValue, …) plus the
 * common discount, horizon and cac.
 */
export const clvPresetSchema = z
	.object({
		/** Model id: one of src/lib/metrics/clv-models.ts's models. */
		model: z.enum(clvModelIds, { error: `model must be one of ${clvModelIds.join(', ')}` }).default('recurring'),
		/** Initial values by field id (checked against the model's fields below). */
		values: z.record(z.string(), z.number({ error: 'preset values must be numbers (percentages as percents: 2.5 means 2.5%)' })).default({}),
		/** Label overrides by field id (e.g. { arpa: "Average subscription per month" }). */
		labels: z.record(z.string(), z.string().trim().min(1, { message: 'a label must not be empty' })).default({}),
		/** Short heading for the variant, e.g. "Retail: repeat purchases". */
		title: z.string().optional(),
		/** Currency of the amounts when it differs from the organization's (ISO 4217, e.g. EUR). */
		currency: currencyField.optional(),
	})
	.superRefine((preset, ctx) => {
		const inputs = [...clvModels[preset.model].fields, ...clvCalculator.inputs];
		const what = `field of the "${preset.model}" CLV model`;
		addValueIssues(preset.values, inputs, what, ctx, ['values']);
		for (const key of Object.keys(preset.labels)) {
			if (!inputs.some((i) => i.id === key))
				ctx.addIssue({ code: 'custom', path: ['labels', key], message: `a label for an ${describeUnknown(what, key, listInputIds(inputs))}` });
		}
	});
export type ClvPreset = z.input<typeof clvPresetSchema>;

/** A churn preset: starting values, convention and label overrides. */
export const churnPresetSchema = z.object({
	/** Initial values by input id (src/lib/calculators/churn.ts). */
	values: presetValuesSchema(churnCalculator.inputs, 'churn input'),
	/** Denominator convention. */
	convention: z.enum(churnConventions, { error: 'convention must be "start" or "average"' }).default('start'),
	/** Label overrides by input id (e.g. { start: "Clients at start of year" }). */
	labels: presetLabelsSchema(churnCalculator.inputs, 'churn input'),
	/** Show the revenue (GRR/NRR) view. */
	revenue: z.boolean().default(true),
	/** Short heading for the variant. */
	title: z.string().optional(),
});
export type ChurnPreset = z.input<typeof churnPresetSchema>;

/** An NPS preset: starting counts and an optional comparison survey. */
export const npsPresetSchema = z.object({
	/** Initial values by input id (src/lib/calculators/nps.ts). */
	values: presetValuesSchema(npsCalculator.inputs, 'NPS input'),
	/** Short heading for the variant. */
	title: z.string().optional(),
});
export type NpsPreset = z.input<typeof npsPresetSchema>;

// ---------------------------------------------------------------- Health

/** Whether a larger value of a signal is healthier. */
export const signalDirections = ['higher-is-better', 'lower-is-better'] as const;
export type SignalDirection = (typeof signalDirections)[number];

/**
 * One health signal. Its value maps linearly to 0–100 points: `poor` or worse
 * scores 0, `good` or better scores 100. A `critical` value (or worse) forces
 * the whole account red, whatever the other signals say.
 */
export const healthSignalSchema = z
	.object({
		/** Id used as CSV column and URL parameter, e.g. "usage". */
		id: z
			.string()
			.regex(ID_PATTERN, { message: 'signal id must start with a lowercase letter and use letters and digits only, e.g. "usage" or "daysSinceContact"' }),
		/** Display name, e.g. "Weekly active users (%)". */
		name: z.string().trim().min(1, { message: 'signal name must not be empty' }),
		/** Relative weight; weights need not add up to 100 (they are normalised). */
		weight: numberInput('Signal weight', { min: 0, max: 1000 }),
		/** higher-is-better or lower-is-better. */
		direction: z.enum(signalDirections, { error: 'direction must be "higher-is-better" or "lower-is-better"' }),
		/** Value scoring 0 points (this or worse). */
		poor: numberInput('Poor threshold'),
		/** Value scoring 100 points (this or better). */
		good: numberInput('Good threshold'),
		/** Optional value at or beyond which the account is red regardless of score. */
		critical: numberInput('Critical threshold').optional(),
	})
	.superRefine((s, ctx) => addIssues(ctx, checkHealthSignal(s)));
export type HealthSignal = z.infer<typeof healthSignalSchema>;

/** Band boundaries: score >= green is green, >= yellow is yellow, below is red. */
export const healthBandsSchema = z
	.object({
		/** Lowest score that is green. */
		green: numberInput('Green boundary', { min: 0, max: 100 }).default(70),
		/** Lowest score that is yellow; anything below is red. */
		yellow: numberInput('Yellow boundary', { min: 0, max: 100 }).default(40),
	})
	.refine((b) => b.yellow < b.green, { message: 'The yellow boundary must be below the green boundary', path: ['yellow'] });
export type HealthBands = z.infer<typeof healthBandsSchema>;

/** A whole health configuration: the signals and band boundaries. */
export const healthConfigSchema = z
	.object({
		/** At least one signal; the playbook recommends three or more leading indicators. */
		signals: z.array(healthSignalSchema).min(1, { message: 'add at least one signal (three or more leading indicators are recommended)' }),
		/** Band boundaries. */
		bands: healthBandsSchema.default({ green: 70, yellow: 40 }),
	})
	.superRefine((c, ctx) => addIssues(ctx, checkHealthSignals(c.signals)));
export type HealthConfig = z.infer<typeof healthConfigSchema>;
export type HealthConfigInput = z.input<typeof healthConfigSchema>;

/** A health preset: the configuration plus optional starting values per signal id. */
export const healthPresetSchema = z
	.object({
		/** Signals and bands. */
		config: healthConfigSchema,
		/** Initial values by signal id (missing ids start empty). */
		values: z.record(z.string(), z.number({ error: 'preset values must be numbers' })).default({}),
		/** Short heading for the variant. */
		title: z.string().optional(),
	})
	.superRefine((preset, ctx) => {
		const ids = preset.config.signals.map((s) => s.id);
		for (const key of Object.keys(preset.values)) {
			if (!ids.includes(key)) ctx.addIssue({ code: 'custom', path: ['values', key], message: describeUnknown('signal id', key, ids) });
		}
	});
export type HealthPreset = z.input<typeof healthPresetSchema>;

/** Turn a zod error into { field: first message } for showing next to inputs. */
export function collectFieldErrors(error: z.ZodError): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = issue.path.map(String).join('.') || '_';
		out[key] ??= issue.message;
	}
	return out;
}
