/**
 * Frontmatter of every page in src/content/docs, on top of Starlight's own
 * fields (title, description, sidebar, ...). The contract is described in
 * ../shared/architecture.md ("Page frontmatter"). Cross-field rules that need
 * other data (does the owner exist?) live in src/schemas/check.ts.
 */
import { z } from 'zod';
import { formatIsoDate } from '../lib/format.ts';
import { dateField, enumField, idField, textField } from './fields.ts';
import { proposalSchema } from './proposal.ts';

/** Who a page is written for. */
export const audiences = ['staff', 'trainer', 'leader'] as const;
export type Audience = (typeof audiences)[number];

/** What a page is. Each kind may require extra fields (see kindRules). */
export const pageKinds = ['plan-section', 'service-standard', 'training', 'tool', 'industry', 'reference', 'proposal', 'guide'] as const;
export type PageKind = (typeof pageKinds)[number];

/** Where a page is in its life: only approved pages are the playbook of record. */
export const pageStatuses = ['draft', 'proposed', 'approved', 'retired'] as const;
export type PageStatus = (typeof pageStatuses)[number];

/** Words a page answers to in search, beyond the ones it prints. */
export const pageSearchSchema = z.strictObject(
	{
		/** What staff type when they want this page ("refund", "angry customer"); ranks like the title. */
		keywords: z.array(textField('search.keywords entry')).default([]),
		/** Other names for the page's subject (abbreviations, jargon, misspellings: "sev 1", "escelate"); ranks below keywords. */
		synonyms: z.array(textField('search.synonyms entry')).default([]),
	},
	{ error: 'search must hold keywords and/or synonyms, for example search: { keywords: [refund, return] }' },
);

export const pageFields = {
	/** One or two sentences: shown under the title, in search results and link previews. */
	description: textField('description', 'add one sentence saying what the page helps the reader do'),
	/** Id of the person accountable for the page, from src/content/data/owners.yaml. */
	owner: idField('owner'),
	/** When the owner last confirmed the page is correct. */
	reviewed: dateField('reviewed'),
	/** When the page must be reviewed again; later than `reviewed`. */
	reviewBy: dateField('reviewBy'),
	/** Who the page is for: one or more of staff, trainer, leader. */
	audience: z
		.array(enumField('audience', audiences), {
			error: (issue) =>
				issue.input === undefined
					? 'audience is required: list one or more of "staff", "trainer", "leader", for example audience: [staff]'
					: 'audience must be a list, for example audience: [staff, leader]',
		})
		.min(1, { message: 'audience must name at least one of "staff", "trainer", "leader"' }),
	/** What the page is; decides which extra fields are required. */
	kind: enumField('kind', pageKinds),
	/** draft, proposed, approved or retired. */
	status: enumField('status', pageStatuses).default('approved'),
	/** Ids of industries (src/content/data/industries/) the page is specific to; omit for all. */
	industries: z.array(idField('industries entry')).optional(),
	/** Plan section number, 1 to 9; required when kind is plan-section. */
	section: z
		.number({ error: 'section must be a whole number from 1 to 9' })
		.int({ message: 'section must be a whole number from 1 to 9' })
		.min(1, { message: 'section must be from 1 to 9' })
		.max(9, { message: 'section must be from 1 to 9' })
		.optional(),
	/** The decision record (status, author, dates, problem, change, affected pages and KPIs); required when kind is proposal. */
	proposal: proposalSchema.optional(),
	/** Staff vocabulary for search: indexed with weight, never shown to readers. */
	search: pageSearchSchema.optional(),
};

/** The page fields as one object, as Starlight's docsSchema `extend` expects. */
export const pageFrontmatterSchema = z.object(pageFields);

/** Extra fields each kind requires, with the message shown when one is missing. */
export const kindRules: Partial<Record<PageKind, { field: string; message: string }[]>> = {
	'plan-section': [{ field: 'section', message: 'a plan-section page needs its plan number: add section: 1 to 9' }],
	proposal: [
		{
			field: 'proposal',
			message:
				'a proposal page needs its decision record: add a proposal: block with status, author, proposed, problem, change and affectedPages (see CONTRIBUTING.md, "Proposing a change to the plan")',
		},
	],
};

/**
 * The page schema with its cross-field rules (reviewBy after reviewed, per-kind
 * fields). Starlight merges `pageFrontmatterSchema` into its own schema and
 * drops refinements, so the build-time check (src/schemas/check.ts) uses this.
 */
export const pageSchema = z.looseObject({ title: textField('title', 'add a short title for the page'), ...pageFields }).superRefine((page, ctx) => {
	if (page.reviewBy.getTime() <= page.reviewed.getTime()) {
		ctx.addIssue({
			code: 'custom',
			path: ['reviewBy'],
			message: `reviewBy (${formatIsoDate(page.reviewBy)}) must be later than reviewed (${formatIsoDate(page.reviewed)}): set the next review date after the last one`,
		});
	}
	for (const rule of kindRules[page.kind] ?? []) {
		if ((page as Record<string, unknown>)[rule.field] === undefined) {
			ctx.addIssue({ code: 'custom', path: [rule.field], message: rule.message });
		}
	}
});

export type PageFrontmatter = z.infer<typeof pageSchema>;
