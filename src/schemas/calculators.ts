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
import { checkChurnCounts, checkHealthSignal, checkHealthSignals, checkRevenueMovements, ID_PATTERN, MAX_AMOUNT, MAX_COUNT, type RuleIssue } from '../lib/calculator-rules.ts';

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
			message: rule.min === 0 ? `${label} cannot be negative` : `${label} must be at least ${rule.min}${hint}`,
		});
	}
	if (rule.max !== undefined) schema = schema.max(rule.max, { message: `${label} must be at most ${rule.max}${hint}` });
	return schema;
}

const count = (label: string) => numberInput(label, { min: 0, max: MAX_COUNT, int: true, hint: 'a whole number, 0 or more' });
const percent = (label: string, max = 100) => numberInput(label, { min: 0, max, hint: 'a percent, e.g. 2.5 for 2.5%' });
const money = (label: string) => numberInput(label, { min: 0, max: MAX_AMOUNT, hint: 'an amount, 0 or more' });

// ---------------------------------------------------------------- NPS

/** Survey answers counted by group (0–6 detractors, 7–8 passives, 9–10 promoters). */
export const npsCountsSchema = z.object({
	/** Respondents who answered 9 or 10. */
	promoters: count('Promoters'),
	/** Respondents who answered 7 or 8. */
	passives: count('Passives'),
	/** Respondents who answered 0 to 6. */
	detractors: count('Detractors'),
});
export type NpsCounts = z.infer<typeof npsCountsSchema>;

/** Options for the NPS interval and sample-size calculations. */
export const npsOptionsSchema = z.object({
	/** Confidence level for the interval, e.g. 0.95. */
	confidence: numberInput('Confidence level', { min: 0.5, max: 0.999 }).default(0.95),
	/** Fewer responses than this shows a small-sample warning (a commonly cited rule of thumb). */
	minSample: count('Minimum sample').default(30),
});
export type NpsOptions = z.infer<typeof npsOptionsSchema>;

/** Target margin of error, in NPS points, for the sample-size planner. */
export const npsTargetMarginSchema = numberInput('Target margin of error', { min: 0.5, max: 100, hint: 'NPS points, e.g. 5' });

// ---------------------------------------------------------------- Churn

/**
 * Which customers the churn rate divides by.
 * - `start`: customers at the start of the period (a cohort view; joiners are
 *   left out of both numerator and denominator).
 * - `average`: the average of customers at start and end (includes joiners).
 */
export const churnConventions = ['start', 'average'] as const;
export type ChurnConvention = (typeof churnConventions)[number];

/** Customer counts for one period. */
export const churnInputSchema = z
	.object({
		/** Customers at the start of the period. */
		start: count('Customers at start'),
		/** New customers who joined during the period. */
		added: count('Customers added'),
		/** Customers lost during the period (including joiners who also left). */
		lost: count('Customers lost'),
		/** Of those lost, how many had joined during the same period. */
		lostNew: count('Lost who joined this period').default(0),
		/** Length of the period in months (1 = monthly, 3 = quarterly, 12 = annual). */
		months: numberInput('Period length', { min: 1, max: 120, int: true, hint: 'whole months, e.g. 1, 3 or 12' }),
		/** Denominator convention: see churnConventions. */
		convention: z.enum(churnConventions, { error: 'Denominator must be "start" or "average"' }).default('start'),
	})
	// Cross-field rules shared with the island: src/lib/calculator-rules.ts.
	.superRefine((v, ctx) => addIssues(ctx, checkChurnCounts(v)));
export type ChurnInput = z.input<typeof churnInputSchema>;
export type ChurnInputParsed = z.output<typeof churnInputSchema>;

/** Recurring revenue movements for one period (any currency, same unit throughout). */
export const revenueRetentionSchema = z
	.object({
		/** Recurring revenue at the start of the period from existing customers. */
		mrr: numberInput('Starting recurring revenue', { min: 0, max: MAX_AMOUNT, hint: 'an amount per month' }),
		/** Added recurring revenue from the same customers (upgrades, seats). */
		expansion: money('Expansion'),
		/** Recurring revenue lost through downgrades by customers who stayed. */
		contraction: money('Contraction'),
		/** Recurring revenue lost from customers who left. */
		churned: money('Churned revenue'),
	})
	.superRefine((v, ctx) => addIssues(ctx, checkRevenueMovements(v)));
export type RevenueRetentionInput = z.infer<typeof revenueRetentionSchema>;

// ---------------------------------------------------------------- CLV

/** Inputs every CLV model shares (on top of the model's own fields). */
export const clvCommonSchema = z.object({
	/** Annual discount rate in percent; 0 or absent gives the simple, undiscounted value. */
	discount: percent('Discount rate').default(0),
	/** Optional finite horizon in months; 0 or absent means "until the customer leaves". */
	horizon: numberInput('Horizon', { min: 0, max: 1200, int: true, hint: 'whole months; 0 for none' }).default(0),
	/** Customer acquisition cost per account; 0 or absent hides LTV:CAC and payback. */
	cac: money('Customer acquisition cost').default(0),
});
export type ClvCommon = z.infer<typeof clvCommonSchema>;

/** The recurring-revenue (SaaS) model: the public URL parameters arpa, margin, churn. */
export const clvRecurringSchema = z.object({
	/** Average recurring revenue per account per month. */
	arpa: money('Average revenue per account'),
	/** Gross margin in percent. */
	margin: percent('Gross margin'),
	/** Customer churn in percent per month. */
	churn: percent('Monthly churn'),
});

/** Units a calculator field can have; decides formatting and validation. */
export const fieldUnits = ['currency', 'percent', 'count', 'months', 'years', 'number'] as const;
export type FieldUnit = (typeof fieldUnits)[number];

/** One input field of a data-driven model (CLV model fields are described this way). */
export const fieldSpecSchema = z.object({
	/** URL parameter and input id, e.g. "arpa". */
	id: z.string().regex(ID_PATTERN, { message: 'field id must start with a lowercase letter and use letters and digits only (it is a URL parameter)' }),
	/** Visible label. */
	label: z.string().min(1, { message: 'field label must not be empty' }),
	/** Unit, for formatting and hints. */
	unit: z.enum(fieldUnits, { error: `field unit must be one of ${fieldUnits.join(', ')}` }),
	/** Smallest allowed value. */
	min: z.number().default(0),
	/** Largest allowed value (omit for none). */
	max: z.number().optional(),
	/** Value shown when nothing is given. */
	default: z.number(),
	/** Input step; defaults by unit. */
	step: z.number().positive().optional(),
	/** One short line of help under the input. */
	help: z.string().optional(),
});
export type FieldSpec = z.infer<typeof fieldSpecSchema>;

/** Ids of the CLV models in src/lib/metrics/clv-models.ts. */
export const clvModelIds = ['recurring', 'retail', 'professional-services', 'financial-services'] as const;
export type ClvModelId = (typeof clvModelIds)[number];

/**
 * A CLV preset: which model, its starting values and optional relabelling.
 * Values are keyed by field id (arpa, margin, churn, orderValue, …) plus the
 * common discount, horizon and cac.
 */
export const clvPresetSchema = z.object({
	/** Model id; see clvModelIds. */
	model: z.enum(clvModelIds, { error: `model must be one of ${clvModelIds.join(', ')}` }).default('recurring'),
	/** Initial values by field id. */
	values: z.record(z.string(), z.number({ error: 'preset values must be numbers' })).default({}),
	/** Label overrides by field id (e.g. { arpa: "Average subscription per month" }). */
	labels: z.record(z.string(), z.string()).default({}),
	/** Short heading for the variant, e.g. "Retail: repeat purchases". */
	title: z.string().optional(),
});
export type ClvPreset = z.input<typeof clvPresetSchema>;

/** A churn preset: starting values, convention and label overrides. */
export const churnPresetSchema = z.object({
	/** Initial values by URL parameter (start, added, lost, lostNew, months, mrr, expansion, contraction, churned). */
	values: z.record(z.string(), z.number({ error: 'preset values must be numbers' })).default({}),
	/** Denominator convention. */
	convention: z.enum(churnConventions).default('start'),
	/** Label overrides by parameter (e.g. { start: "Clients at start of year" }). */
	labels: z.record(z.string(), z.string()).default({}),
	/** Show the revenue (GRR/NRR) view. */
	revenue: z.boolean().default(true),
	/** Short heading for the variant. */
	title: z.string().optional(),
});
export type ChurnPreset = z.input<typeof churnPresetSchema>;

/** An NPS preset: starting counts and an optional comparison survey. */
export const npsPresetSchema = z.object({
	/** Initial values by URL parameter (promoters, passives, detractors, prev_promoters, prev_passives, prev_detractors, target). */
	values: z.record(z.string(), z.number({ error: 'preset values must be numbers' })).default({}),
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
		id: z.string().regex(ID_PATTERN, { message: 'signal id must start with a lowercase letter and use letters and digits only, e.g. "usage" or "daysSinceContact"' }),
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
export const healthPresetSchema = z.object({
	/** Signals and bands. */
	config: healthConfigSchema,
	/** Initial values by signal id (missing ids start empty). */
	values: z.record(z.string(), z.number()).default({}),
	/** Short heading for the variant. */
	title: z.string().optional(),
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
