/**
 * People who own pages and plan entries: src/content/data/owners.yaml.
 * Page frontmatter `owner:` and CODEOWNERS both come from this list.
 */
import { z } from 'zod';
import { idField, textField } from './fields.ts';

export const ownerSchema = z.object({
	/** Stable id used in frontmatter (`owner: maria-lopez`); never reuse one for another person. */
	id: idField('id'),
	/** Full name as readers should see it. */
	name: textField('name'),
	/** Job title, shown next to the name on every page the person owns. */
	role: textField('role'),
	/** Team the person belongs to (Support, Customer Success, Accounts, ...). */
	team: textField('team'),
	/** GitHub user name without "@", used for CODEOWNERS review requests. */
	github: z.string({ error: 'github is required: the owner\'s GitHub user name, without "@"' }).regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, {
		message: 'github must be a GitHub user name (letters, digits, single hyphens), without "@"',
	}),
});

export const ownersSchema = z
	.array(ownerSchema, { error: 'owners.yaml must be a list of owners, each starting with "- id: ..."' })
	.min(1, { message: 'owners.yaml must list at least one owner' });

export type Owner = z.infer<typeof ownerSchema>;
