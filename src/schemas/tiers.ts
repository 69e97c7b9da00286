/**
 * Service tiers (plan section 2): src/content/data/tiers.yaml, listed from the
 * highest-touch tier down. The plan's rules (two to four tiers, each with an
 * owner role, contact frequency and escalation path) are in plan-rules.ts.
 */
import { z } from 'zod';
import { enumField, idField, textField } from './fields.ts';

export const revisitCadences = ['monthly', 'quarterly', 'twice-yearly', 'yearly'] as const;

export const tierSchema = z.object({
	/** Stable id (`strategic`, `growth`, `core`) used by service levels and touchpoints. */
	id: idField('id'),
	/** Name readers see ("Strategic"). */
	name: textField('name'),
	/** Which customers belong here: the revenue, strategic or growth criteria that place an account in this tier. */
	criteria: textField('criteria', 'say which accounts belong in this tier (revenue band, strategic value or growth potential)'),
	/** Roughly what share of accounts sit here, in words ("Top 5% of accounts by annual revenue"). */
	share: textField('share').optional(),
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
