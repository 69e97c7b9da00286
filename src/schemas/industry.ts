/**
 * One industry variant: src/content/data/industries/<id>.yaml. The file name is
 * the id used everywhere (pages' `industries:`, `?industry=`, /tools/<calculator>/<id>/).
 *
 * Adding an industry is adding one file: the hub page, the calculator variant
 * pages, the industry notes on plan pages and the search filter are all
 * generated from these files. Preset inputs are checked against the
 * calculators' own input rules by the cross-check in src/schemas/industry-check.ts.
 */
import { z } from 'zod';
import { benchmarkOutputs, calculatorIds } from '../lib/calculators/index.ts';
import { churnPresetSchema, clvPresetSchema, healthPresetSchema, npsPresetSchema } from './calculators.ts';
import { dateField, enumField, idField, textField } from './fields.ts';

/** The nine plan sections, by page id under /plan/; every industry writes guidance for each. */
export const planTopics = [
	'current-state',
	'segmentation-and-tiers',
	'feedback-and-listening',
	'service-standards',
	'touchpoints',
	'escalation',
	'retention-and-loyalty',
	'training-and-accountability',
	'kpis-and-reviews',
] as const;
export type PlanTopic = (typeof planTopics)[number];

/** How an industry counts a lost customer. */
export const churnDefinitionIds = ['logo-and-revenue', 'lapsed', 'non-renewal', 'closed-relationship'] as const;

/** A word in its two forms, as the industry says it. */
const termSchema = (name: string) =>
	z.object({
		/** "client" */
		singular: textField(`${name}.singular`, 'the word for one, e.g. client'),
		/** "clients" */
		plural: textField(`${name}.plural`, 'the word for several, e.g. clients'),
	});

export const vocabularySchema = z.object({
	/** What the industry calls the people it serves: customer, client, member or household. */
	customer: termSchema('vocabulary.customer'),
	/** What is managed over time: an account, a relationship or an engagement. */
	relationship: termSchema('vocabulary.relationship'),
	/** The role that owns the relationship day to day ("success manager", "relationship manager"). */
	owner: textField('vocabulary.owner', 'name the role that owns the relationship, e.g. account manager'),
});

export const serviceModelSchema = z.object({
	/** One paragraph: how service is usually organized in this industry. */
	summary: textField('serviceModel.summary'),
	/** Short points a team should decide or watch for. */
	notes: z.array(textField('serviceModel.notes entry')).min(1, { message: 'serviceModel.notes needs at least one point' }),
});

/**
 * Presets extend the calculators' own preset schemas (src/schemas/calculators.ts,
 * derived from the definitions in src/lib/calculators/), so an unknown input or
 * a value out of range fails here with the key named; the fields below are read
 * only by the industry pages. The cross-check in industry-check.ts adds the
 * rules that need a result (the values give a finite churn, value or score).
 */
export const industryNpsPresetSchema = npsPresetSchema.safeExtend({
	/** Industry only: when this industry usually asks the question. */
	when: textField('presets.nps.when', 'say when the question is asked, e.g. a day after a support case closes'),
});

export const industryChurnPresetSchema = churnPresetSchema.safeExtend({
	/** Industry only: which definition of a lost customer applies. */
	definition: enumField('presets.churn.definition', churnDefinitionIds),
	/** Industry only: the definition explained in the industry's words. */
	description: textField('presets.churn.description'),
	/** Industry only (retail): days without a purchase after which a customer counts as lapsed. */
	lapseWindowDays: z.number().int().positive({ message: 'lapseWindowDays must be a whole number of days above 0' }).optional(),
});

export const industryClvPresetSchema = clvPresetSchema.safeExtend({
	/** Industry only: why this model fits the industry, one or two sentences. */
	about: textField('presets.clv.about', 'say in a sentence why this model fits'),
});

export const industryHealthPresetSchema = healthPresetSchema
	.safeExtend({
		/** Industry only: how often scores are reviewed and by whom. */
		review: textField('presets.health.review', 'say how often health is reviewed, e.g. weekly by the success manager'),
	})
	.superRefine((preset, ctx) => {
		if (preset.config.signals.length < 3) {
			ctx.addIssue({
				code: 'custom',
				path: ['config', 'signals'],
				message: 'presets.health.config.signals needs at least three leading indicators (plan section 7)',
			});
		}
	});

export const benchmarkSchema = z
	.object({
		/** Calculator whose result this range is compared with. */
		calculator: enumField('benchmark calculator', calculatorIds),
		/** The result compared: a calculator output's accessible name. */
		output: enumField('benchmark output', benchmarkOutputs),
		/** What the range describes, in plain words. */
		label: textField('benchmark label'),
		/** Low end of the typical range. */
		low: z.number({ error: 'low must be a number' }),
		/** High end of the typical range. */
		high: z.number({ error: 'high must be a number' }),
		/** Unit of low/high: "%", "score", "ratio", "months" or a currency code. */
		unit: textField('benchmark unit', 'e.g. % or score'),
		/** Who published the figure; required unless illustrative. */
		source: z.string().trim().min(1).optional(),
		/** Year of the publication; required unless illustrative. */
		year: z.number().int().min(1990).max(2100).optional(),
		/** Link to the source, if public. */
		url: z.url({ message: 'url must be a full web address starting with https://' }).optional(),
		/** True when the range is a rule of thumb for illustration, not a published figure. */
		illustrative: z.boolean().default(false),
	})
	.superRefine((b, ctx) => {
		if (b.low > b.high) ctx.addIssue({ code: 'custom', path: ['high'], message: `high (${b.high}) must be at least low (${b.low})` });
		if (!b.illustrative && (!b.source || b.year === undefined)) {
			ctx.addIssue({
				code: 'custom',
				path: [b.source ? 'year' : 'source'],
				message: 'a benchmark needs its source and year: add source: and year:, or mark it illustrative: true if it is a rule of thumb',
			});
		}
	});

export const regulatoryNoteSchema = z.object({
	/** Where the rule applies ("United Kingdom"). */
	jurisdiction: textField('jurisdiction'),
	/** Who sets it ("Financial Conduct Authority (FCA)"). */
	regulator: textField('regulator'),
	/** What the rule covers, e.g. which complaints. */
	scope: textField('scope'),
	/** The timelines, one line each ("Final response within 8 weeks of receipt"). */
	timelines: z.array(textField('timelines entry')).min(1, { message: 'timelines needs at least one line' }),
	/** The rule's citation ("FCA Handbook DISP 1.6"). */
	source: textField('source', 'cite the rule, e.g. FCA Handbook DISP 1.6'),
	/** Public link to the rule. */
	url: z.url({ message: 'url must be a full web address starting with https://' }).optional(),
	/** True when the detail may have changed or was not confirmed: pages then say "check current rules". */
	checkCurrentRules: z.boolean().default(false),
});

/** One plan section's guidance for the industry: a short lead and the points that differ. */
export const guidanceSchema = z.object(
	{
		/** One or two sentences on how the section plays out in this industry. */
		lead: textField('guidance lead'),
		/** Concrete practices, one sentence or two each. */
		points: z.array(textField('guidance point')).min(1, { message: 'guidance needs at least one point' }),
	},
	{ error: 'guidance for this plan section is missing: add it with a lead: and a list of points:' },
);

/**
 * The sections an industry needs before its pages can be generated. They are
 * optional in the schema (a file with just a name and summary can be referenced
 * by pages while it is being written) and required by the industry
 * cross-check (src/schemas/industry-check.ts), which names each missing one.
 */
export const completeIndustryFields = {
	owner: 'owner is required: add the id of the person who keeps this industry right (from src/content/data/owners.yaml)',
	reviewed: 'reviewed is required: add the date the owner last checked this file, e.g. reviewed: 2026-11-01',
	reviewBy: 'reviewBy is required: add the next review date, e.g. reviewBy: 2027-05-01',
	vocabulary: 'vocabulary is required: add customer (singular, plural), relationship (singular, plural) and owner',
	serviceModel: 'serviceModel is required: add a summary and a list of notes',
	presets: 'presets is required: add nps, churn, clv and health presets (copy an existing industry file to start)',
	guidance: `guidance is required: write a lead and points for each plan section (${planTopics.join(', ')})`,
} as const;
export type CompleteIndustryField = keyof typeof completeIndustryFields;

export const industrySchema = z.object({
	/** Display name ("SaaS / technology"). */
	name: textField('name'),
	/** One sentence on who this variant is for. */
	summary: textField('summary'),
	/** Order in menus and lists; lower comes first. */
	order: z.number({ error: 'order must be a number (lower comes first)' }).int().default(100),
	/** Who keeps this industry's guidance right: an id from src/content/data/owners.yaml (owner of the generated pages). */
	owner: idField('owner').optional(),
	/** When the owner last confirmed the file, benchmarks and rules are current. */
	reviewed: dateField('reviewed').optional(),
	/** When it must be reviewed again; later than reviewed (regulatory notes change). */
	reviewBy: dateField('reviewBy').optional(),
	/** The industry's words for customers and relationships. */
	vocabulary: vocabularySchema.optional(),
	/** How service is usually organized. */
	serviceModel: serviceModelSchema.optional(),
	/** Starting values and definitions for each calculator. */
	presets: z
		.object({
			nps: industryNpsPresetSchema,
			churn: industryChurnPresetSchema,
			clv: industryClvPresetSchema,
			health: industryHealthPresetSchema,
		})
		.optional(),
	/** Typical ranges, each sourced or marked illustrative. */
	benchmarks: z.array(benchmarkSchema).default([]),
	/** Rules set by regulators (complaint timelines and the like); empty where none apply. */
	regulatory: z.array(regulatoryNoteSchema).default([]),
	/** Practice scenarios set in this industry (file names in src/content/data/training/scenarios/), listed on the hub. */
	scenarios: z.array(idField('scenario')).default([]),
	/** Guidance for every plan section, keyed by the section's page id. */
	guidance: z
		.object(Object.fromEntries(planTopics.map((t) => [t, guidanceSchema])) as Record<PlanTopic, typeof guidanceSchema>, {
			error: completeIndustryFields.guidance,
		})
		.optional(),
});

/** An industry file as validated: sections may still be missing. */
export type IndustryFile = z.infer<typeof industrySchema>;
/** An industry with every section present: what the generated pages use. */
export type Industry = IndustryFile & { [K in CompleteIndustryField]-?: NonNullable<IndustryFile[K]> };
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type IndustryGuidance = z.infer<typeof guidanceSchema>;

/** The sections an industry file still lacks, in file order. */
export function listMissingIndustryFields(industry: IndustryFile): CompleteIndustryField[] {
	return (Object.keys(completeIndustryFields) as CompleteIndustryField[]).filter((field) => industry[field] === undefined);
}

/**
 * The industry with every section, for the generated pages. The build-time
 * content check reports missing sections first, so this only throws if a page
 * renders an industry the check never saw.
 */
export function requireCompleteIndustry(id: string, industry: IndustryFile): Industry {
	const missing = listMissingIndustryFields(industry);
	if (missing.length > 0) {
		throw new Error(`src/content/data/industries/${id}.yaml: ${missing.map((f) => completeIndustryFields[f]).join('; ')}`);
	}
	return industry as Industry;
}
