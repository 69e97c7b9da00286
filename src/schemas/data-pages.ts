/**
 * Which page renders each data file: src/content/data/data-pages.yaml. The
 * page's owner owns the file (CODEOWNERS, so their approval guards every number
 * the page shows), and a change note for a data change lists that page. Kept
 * as data because "which page is this file's home" is a decision, not
 * something the code can see: several pages may show a number, one owns it.
 */
import { z } from 'zod';

/** Written in place of the file name (without .yaml) when `data` is a folder. */
export const NAME_PLACEHOLDER = '{name}';

export const dataPageSchema = z.object({
	/** Path under src/content/data: a file (`glossary.yaml`) or a folder ending in "/" (`training/modules/`). */
	data: z
		.string({ error: 'data is required: a path under src/content/data, for example data: glossary.yaml or data: training/modules/' })
		.regex(/^(?:[a-z0-9-]+\/)*(?:[a-z0-9-]+\.ya?ml)?$/, {
			message: 'data must be a path under src/content/data: a .yaml file (glossary.yaml) or a folder ending in "/" (training/modules/)',
		})
		.refine((path) => path !== '', { message: 'data must not be empty: name a .yaml file or a folder ending in "/"' }),
	/** Page id of the page that renders it in full; for a folder, "{name}" stands for each file's name (industries/{name}). */
	page: z
		.string({ error: 'page is required: the id of the page that renders this data, for example page: reference/glossary' })
		.regex(/^[a-z0-9-]+(?:\/(?:[a-z0-9-]+|\{name\}))*$/, {
			message: 'page must be a page id such as "reference/glossary" (for a folder, "{name}" stands for each file name)',
		}),
});

export const dataPagesSchema = z
	.array(dataPageSchema, { error: 'data-pages.yaml must be a list, each entry starting with "- data: ..."' })
	.min(1, { message: 'data-pages.yaml must list at least one data file' });

export type DataPage = z.infer<typeof dataPageSchema>;

/**
 * The page that renders a data file (path under src/content/data), or
 * undefined when the mapping does not cover it. A file entry beats a folder
 * entry; among folders, the deepest wins.
 */
export function findDataPage(mapping: readonly DataPage[], dataPath: string): string | undefined {
	const exact = mapping.find((m) => m.data === dataPath);
	if (exact) return exact.page;
	const folder = mapping
		.filter((m) => m.data.endsWith('/') && dataPath.startsWith(m.data) && !dataPath.slice(m.data.length).includes('/'))
		.sort((a, b) => b.data.length - a.data.length)[0];
	if (!folder) return undefined;
	const name = dataPath.slice(folder.data.length).replace(/\.ya?ml$/, '');
	return folder.page.replaceAll(NAME_PLACEHOLDER, name);
}
