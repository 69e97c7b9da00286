/**
 * Collection definitions only: every schema comes from src/schemas, where tests
 * and the build-time content check (scripts/check-content.ts) use the same ones.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsPageSchema } from './schemas/docs-page.ts';
import { ownerSchema } from './schemas/owners.ts';
import { organizationSchema } from './schemas/organization.ts';
import { industrySchema } from './schemas/industry.ts';
import { createPlanCollections, createWholeFileCollection, loadDataEntries } from './schemas/data-file-loader.ts';
import { moduleSchema, pathSchema } from './schemas/training.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { searchSynonymsSchema } from './schemas/search-synonyms.ts';
import { changeNoteSchema } from './schemas/change.ts';
import { DATA } from './schemas/plan-data-files.ts';

/** defineCollection on each of several collections, keeping each one's own schema type. */
function defineCollections<T extends Record<string, Parameters<typeof defineCollection>[0]>>(configs: T): T {
	return Object.fromEntries(Object.entries(configs).map(([name, config]) => [name, defineCollection(config)])) as T;
}

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsPageSchema }),
	owners: defineCollection({ loader: loadDataEntries(`${DATA}/owners.yaml`), schema: ownerSchema }),
	organization: defineCollection(createWholeFileCollection(`${DATA}/organization.yaml`, 'organization', organizationSchema)),
	industries: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/industries` }), schema: industrySchema }),
	// The plan's data (read by src/components/content/*): one collection per file in
	// src/schemas/plan-data-files.ts, each file one entry (a list as { items }, in file order).
	...defineCollections(createPlanCollections()),
	// What staff type instead of the playbook's words (P1 for urgent), applied to the search index at build.
	searchSynonyms: defineCollection(createWholeFileCollection(`${DATA}/search-synonyms.yaml`, 'search-synonyms', searchSynonymsSchema)),
	// Training: paths in one file, one file per module and per scenario (file name = id).
	trainingPaths: defineCollection({ loader: loadDataEntries(`${DATA}/training/paths.yaml`), schema: pathSchema }),
	trainingModules: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/training/modules` }), schema: moduleSchema }),
	trainingScenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/training/scenarios` }), schema: scenarioSchema }),
	// Change notes for staff, one file per change (file name = id): What's new, page history, the "changed" banner.
	changes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/changes' }), schema: changeNoteSchema }),
};
