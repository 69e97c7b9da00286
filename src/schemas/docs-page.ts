/**
 * The docs collection's schema as Astro validates it: Starlight's own
 * frontmatter (title, sidebar, hero, template, ...) merged with the playbook's
 * (src/schemas/page.ts). src/content.config.ts uses it for the collection, and
 * the content check reads the fields a page may have from it, so the list of
 * allowed keys is never written out by hand.
 */
import { z } from 'zod';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterSchema } from './page.ts';

export const docsPageSchema = docsSchema({ extend: pageFrontmatterSchema });

/**
 * The merged schema, built outside Astro for reading its shape. Astro passes
 * an `image()` helper for hero images; reading keys never parses an image, so
 * any schema stands in for it.
 */
export function buildDocsPageShapeSchema(): z.ZodType {
	const context = { image: () => z.string() } as unknown as Parameters<typeof docsPageSchema>[0];
	return docsPageSchema(context) as unknown as z.ZodType;
}
