/**
 * The decision record a proposal page carries in its `proposal:` frontmatter
 * block (pages with kind: proposal, under src/content/docs/proposals/).
 * References to pages, KPIs, owners and other proposals are checked against
 * the rest of the content in src/schemas/check.ts (checkProposalReferences).
 */
import { z } from 'zod';
import { dateField, enumField, idField, textField } from './fields.ts';

/** Where a proposal is in its life; see /proposals/ for what each means. */
export const proposalStatuses = ['proposed', 'accepted', 'rejected', 'superseded'] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];

/** A page id: the file's path under src/content/docs without .mdx (`plan/current-state`; index pages: `standards`). */
const pageIdField = (name: string) =>
	z.string({ error: `${name} must be page ids such as "plan/current-state"` }).regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, {
		message: `${name} must be page ids such as "plan/current-state": the file's path under src/content/docs without ".mdx", no leading or trailing "/"`,
	});

export const proposalSchema = z
	.object({
		/** proposed, accepted, rejected or superseded. */
		status: enumField('proposal.status', proposalStatuses),
		/** Owner id (src/content/data/owners.yaml) of the leader who wrote the proposal. */
		author: idField('proposal.author'),
		/** When the proposal was opened for review. */
		proposed: dateField('proposed'),
		/** When it was accepted, rejected or superseded; required once decided. */
		decided: dateField('decided').optional(),
		/** The problem, in a sentence or two, with the evidence behind it. */
		problem: textField('proposal.problem', 'say in a sentence or two what is wrong today and how you know'),
		/** What would change, in a sentence or two; the page body has the detail. */
		change: textField('proposal.change', 'say in a sentence or two what would change'),
		/** Pages the change edits; accepted proposals are linked from each of them. */
		affectedPages: z
			.array(pageIdField('proposal.affectedPages'), {
				error: 'proposal.affectedPages is required: list the pages the change edits, for example affectedPages: [standards/response-times]',
			})
			.min(1, { message: 'proposal.affectedPages must list at least one page the change edits' }),
		/** KPI ids (src/content/data/kpis.yaml) the change is expected to move. */
		affectedKpis: z.array(idField('proposal.affectedKpis entry')).default([]),
		/** What was decided and why; required once decided. */
		decision: textField('proposal.decision').optional(),
		/** Page id of the proposal that replaced this one; required when status is superseded. */
		supersededBy: pageIdField('proposal.supersededBy').optional(),
	})
	.superRefine((p, ctx) => {
		if (p.status !== 'proposed') {
			const article = p.status === 'accepted' ? 'an' : 'a';
			if (!p.decided)
				ctx.addIssue({ code: 'custom', path: ['decided'], message: `${article} ${p.status} proposal needs the date of the decision: add decided: YYYY-MM-DD` });
			if (!p.decision)
				ctx.addIssue({
					code: 'custom',
					path: ['decision'],
					message: `${article} ${p.status} proposal needs the decision: add decision: with what was decided and why`,
				});
		}
		if (p.decided && p.decided.getTime() < p.proposed.getTime()) {
			ctx.addIssue({ code: 'custom', path: ['decided'], message: 'decided must be on or after proposed: a proposal is decided after it is opened' });
		}
		if (p.status === 'superseded' && !p.supersededBy) {
			ctx.addIssue({
				code: 'custom',
				path: ['supersededBy'],
				message: "a superseded proposal must say what replaced it: add supersededBy: with the other proposal's page id, for example proposals/new-targets",
			});
		}
		if (p.status !== 'superseded' && p.supersededBy) {
			ctx.addIssue({ code: 'custom', path: ['status'], message: 'this proposal names supersededBy, so its status must be superseded' });
		}
	});

export type Proposal = z.infer<typeof proposalSchema>;
