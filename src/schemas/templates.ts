/**
 * Message templates: src/content/data/templates.yaml. Bodies hold {placeholders}
 * that staff replace before sending; the Template component highlights them.
 */
import { z } from 'zod';
import { idField, textField } from './fields.ts';

export const templateSchema = z.object({
	/** Stable id used by `<Template id="..." />` and touchpoints. */
	id: idField('id'),
	/** Title readers see ("Kickoff email"). */
	title: textField('title'),
	/** When to use it, in one or two sentences. */
	whenToUse: textField('whenToUse', 'say when staff should use this template'),
	/** Channel id from channels.yaml it is written for, if it is written for one. */
	channel: idField('channel').optional(),
	/** Id of the person who keeps the wording current (owners.yaml). */
	owner: idField('owner'),
	/** Email subject line, when the template is an email. */
	subject: textField('subject').optional(),
	/** The text itself. Write {placeholder_names} in braces for what staff fill in. */
	body: textField('body'),
	/** One line on what to watch when using it. */
	tip: textField('tip').optional(),
});

export const templatesSchema = z.array(templateSchema, {
	error: 'templates.yaml must be a list of templates, each starting with "- id: ..."',
});

/** The {placeholder} names in a text, in order of first appearance, without duplicates. */
export function findPlaceholders(text: string): string[] {
	return [...new Set([...text.matchAll(/\{([a-z0-9_ ]+)\}/gi)].map((m) => m[1]))];
}

export type Template = z.infer<typeof templateSchema>;
