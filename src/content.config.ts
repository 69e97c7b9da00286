/**
 * Collection definitions only: every schema comes from src/schemas, where tests
 * and the build-time content check (scripts/check-content.ts) use the same ones.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageFrontmatterSchema } from './schemas/page.ts';
import { ownerSchema } from './schemas/owners.ts';
import { organizationSchema } from './schemas/organization.ts';
import { industrySchema } from './schemas/industry.ts';
import { loadSingleton } from './schemas/singleton-loader.ts';
import { moduleSchema, pathSchema } from './schemas/training.ts';
import { scenarioSchema } from './schemas/scenario.ts';

const DATA = './src/content/data';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: pageFrontmatterSchema }) }),
	owners: defineCollection({ loader: file(`${DATA}/owners.yaml`), schema: ownerSchema }),
	organization: defineCollection({ loader: loadSingleton(`${DATA}/organization.yaml`, 'organization'), schema: organizationSchema }),
	industries: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/industries` }), schema: industrySchema }),
	// Training: paths in one file, one file per module and per scenario (file name = id).
	trainingPaths: defineCollection({ loader: file(`${DATA}/training/paths.yaml`), schema: pathSchema }),
	trainingModules: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/training/modules` }), schema: moduleSchema }),
	trainingScenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/training/scenarios` }), schema: scenarioSchema }),
};
