/**
 * Glossary terms: src/content/data/glossary.yaml. Each id is the anchor on
 * /reference/glossary/ (#nps); pages link a term's first use there automatically.
 */
import { z } from 'zod';
import { idField, textField } from './fields.ts';

export const glossaryTermSchema = z.object({
	/** Anchor id on the glossary page (`nps` → /reference/glossary/#nps). Never change a published one. */
	id: idField('id'),
	/** The term in full ("Net Promoter Score"). */
	term: textField('term'),
	/** Abbreviation, matched case-sensitively ("NPS"). */
	abbreviation: textField('abbreviation').optional(),
	/** Other wordings that should link here ("touchpoints", "customer touchpoint"); matched ignoring case. */
	aliases: z.array(textField('aliases entry')).default([]),
	/** Plain-language definition, one to three sentences. */
	definition: textField('definition'),
	/** Ids of related glossary terms. */
	seeAlso: z.array(idField('seeAlso entry')).default([]),
	/** A playbook page that covers it in depth, root-relative with a trailing slash ("/tools/nps/"). */
	page: z
		.string({ error: 'page must be a root-relative link such as /tools/nps/' })
		.regex(/^\/([a-z0-9-]+\/)*$/, { message: 'page must be root-relative with a trailing slash, for example /tools/nps/' })
		.optional(),
});

export const glossarySchema = z.array(glossaryTermSchema, {
	error: 'glossary.yaml must be a list of terms, each starting with "- id: ..."',
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
