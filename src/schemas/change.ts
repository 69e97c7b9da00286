/**
 * A change note: one small YAML file per change in src/content/changes/,
 * written for staff rather than developers, like a changeset. What's new, each
 * page's change history and the "changed since your last visit" banner show
 * these notes (never commit messages). The pull-request check
 * (scripts/check-change-notes.ts) asks for one whenever a page or the data it
 * renders changes meaning. Whether the pages and proposal it names exist is
 * checked across files in src/schemas/change-check.ts.
 */
import { z } from 'zod';
import { quoteIds } from '../lib/check-messages.ts';
import { dateField, enumField, textField } from './fields.ts';

/**
 * What kind of change it is, as staff would put it. A `typo` note marks a
 * change that fixes spelling, grammar or formatting only: it satisfies the
 * pull-request check but is listed nowhere, and raises no "changed" banner.
 */
export const changeKinds = ['new', 'changed', 'clarified', 'retired', 'typo'] as const;
export type ChangeKind = (typeof changeKinds)[number];

/** Kinds readers see on What's new, in page history and in the banner (every kind but typo). */
export const listedChangeKinds: readonly ChangeKind[] = changeKinds.filter((k) => k !== 'typo');

/** Longest one-line summary: it must fit a list line and the banner on a phone. */
export const SUMMARY_MAX = 120;

/** A page id: the page's address without the slashes at either end (`standards/response-times`; home: `index`). */
export const notePageIdField = (name: string) =>
	z.string({ error: `${name} must be page ids such as "standards/response-times"` }).regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/, {
		message: `${name} must be page ids such as "standards/response-times": the page's address without the slashes at either end (the home page is "index")`,
	});

export const changeNoteSchema = z
	.strictObject(
		{
			/** The day the change takes effect for staff (usually the day it is merged). */
			date: dateField('date'),
			/** One line for staff saying what changed, e.g. "Urgent chats are answered within 15 minutes". */
			summary: textField('summary', 'say in one line what changed, for staff')
				.refine((s) => !s.includes('\n'), { message: 'summary must be one line: put the detail in whatToDo' })
				.refine((s) => s.length <= SUMMARY_MAX, { message: `summary must be at most ${SUMMARY_MAX} characters: put the detail in whatToDo` }),
			/** new, changed, clarified, retired, or typo (spelling and formatting only: listed nowhere). */
			kind: enumField('kind', changeKinds).default('changed'),
			/** What people do differently from now on, in a sentence or two; required unless kind is typo. */
			whatToDo: textField('whatToDo', 'say what people do differently from now on').optional(),
			/** The pages whose meaning changed; each shows this note in its change history. */
			pages: z
				.array(notePageIdField('pages'), {
					error: 'pages is required: list the pages this change affects, for example pages: [standards/response-times]',
				})
				.min(1, { message: 'pages must list at least one page this change affects' }),
			/** Page id of the accepted proposal this change carries out, e.g. proposals/csat-in-team-goals. */
			proposal: notePageIdField('proposal').optional(),
		},
		{
			error: (issue) =>
				issue.code === 'unrecognized_keys'
					? `unknown field${issue.keys.length === 1 ? '' : 's'} ${quoteIds(issue.keys)}: a change note has date, summary, kind, whatToDo, pages and proposal`
					: issue.input === undefined || typeof issue.input !== 'object'
						? 'a change note must be YAML fields: date, summary, kind, whatToDo, pages (and proposal)'
						: undefined,
		},
	)
	.superRefine((note, ctx) => {
		if (note.kind !== 'typo' && note.whatToDo === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['whatToDo'],
				message: 'whatToDo is required: say what people do differently from now on (or set kind: typo for a spelling or formatting fix)',
			});
		}
	});

export type ChangeNote = z.infer<typeof changeNoteSchema>;
