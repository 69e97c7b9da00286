/**
 * One industry variant: src/content/data/industries/<id>.yaml. The file name is
 * the id used everywhere (pages' `industries:`, `?industry=`, /tools/<calculator>/<id>/).
 */
import { z } from 'zod';
import { textField } from './fields.ts';

export const industrySchema = z.object({
	/** Display name ("SaaS / technology"). */
	name: textField('name'),
	/** One sentence on who this variant is for. */
	summary: textField('summary'),
	/** Order in menus and lists; lower comes first. */
	order: z.number({ error: 'order must be a number (lower comes first)' }).int().default(100),
});

export type Industry = z.infer<typeof industrySchema>;
