/**
 * Service tiers (plan section 2): src/content/data/tiers.yaml, listed from the
 * highest-touch tier down. The plan's rules (two to four tiers, each with an
 * owner role, contact frequency and escalation path) are in plan-rules.ts.
 */
import { z } from 'zod';
import { enumField, idField, textField } from './fields.ts';
import { cadences } from './touchpoints.ts';

export const revisitCadences = ['monthly', 'quarterly', 'twice-yearly', 'yearly'] as const;

export const tierSchema = z.object({
	/** Stable id (`strategic`, `growth`, `core`) used by service levels and touchpoints. */
	id: idField('id'),
	/** Name readers see ("Strategic"). */
	name: textField('name'),
	/** Which customers belong here: the revenue, strategic or growth criteria that place an account in this tier. */
	criteria: textField('criteria', 'say which accounts belong in this tier (revenue band, strategic value or growth potential)'),
	/** About how many accounts sit in this tier today, from the last quarterly revisit. */
	accounts: z
		.number({ error: 'accounts must be a whole number, for example accounts: 40' })
		.int({ message: 'accounts must be a whole number' })
		.min(1, { message: 'accounts must be at least 1' }),
	/** How many of the four revenue quartiles this tier covers (1 to 4); the quartiles of all tiers add up to 4. */
	quartiles: z
		.number({ error: 'quartiles must be a whole number from 1 to 4' })
		.int({ message: 'quartiles must be a whole number from 1 to 4' })
		.min(1, { message: 'quartiles must be from 1 to 4' })
		.max(4, { message: 'quartiles must be from 1 to 4' }),
	/** The rhythm of proactive contact; the touchpoint timeline must hold a recurring touchpoint with this rhythm for the tier. */
	contactCadence: enumField('contactCadence', cadences),
	/** How these customers are served: who they deal with and how (named manager, pooled team, self-service first). */
	serviceModel: textField('serviceModel', 'describe how customers in this tier are served'),
	/** How often we contact them proactively, in words that fit mid-sentence ("every two weeks"); tables capitalize it. */
	contactFrequency: textField('contactFrequency', 'say how often we contact these customers, for example "every two weeks"'),
	/** The role that owns the relationship day to day ("Named customer success manager"). */
	ownerRole: textField('ownerRole', 'name the role that owns these relationships'),
	/** Id of the person accountable for the tier as a whole (src/content/data/owners.yaml). */
	owner: idField('owner'),
	/** Who an issue goes to, in order, for customers in this tier ("Success manager → Head of Customer Success → VP"). */
	escalationPath: textField('escalationPath', 'list who an issue goes to, in order'),
	/** How often tier assignments are revisited; the plan asks for every quarter. */
	revisit: enumField('revisit', revisitCadences).default('quarterly'),
});

export const tiersSchema = z.array(tierSchema, {
	error: 'tiers.yaml must be a list of tiers, each starting with "- id: ..."',
});

export type Tier = z.infer<typeof tierSchema>;
