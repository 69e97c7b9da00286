/**
 * Collection definitions only: every schema comes from src/schemas, where tests
 * and the build-time content check (scripts/check-content.ts) use the same ones.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsPageSchema } from './schemas/docs-page.ts';
import { ownerSchema } from './schemas/owners.ts';
import { organizationSchema } from './schemas/organization.ts';
import { industrySchema } from './schemas/industry.ts';
import { loadSingleton } from './schemas/singleton-loader.ts';
import { loadList, listCollectionSchema } from './schemas/list-loader.ts';
import { channelsSchema } from './schemas/channels.ts';
import { tiersSchema } from './schemas/tiers.ts';
import { serviceLevelsSchema } from './schemas/service-levels.ts';
import { escalationSchema } from './schemas/escalation.ts';
import { touchpointsSchema } from './schemas/touchpoints.ts';
import { feedbackSchema } from './schemas/feedback.ts';
import { kpisSchema } from './schemas/kpis.ts';
import { templatesSchema } from './schemas/templates.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { planSettingsSchema } from './schemas/plan-settings.ts';
import { moduleSchema, pathSchema } from './schemas/training.ts';
import { scenarioSchema } from './schemas/scenario.ts';
import { searchSynonymsSchema } from './schemas/search-synonyms.ts';
import { changeNoteSchema } from './schemas/change.ts';

const DATA = './src/content/data';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsPageSchema }),
	owners: defineCollection({ loader: file(`${DATA}/owners.yaml`), schema: ownerSchema }),
	organization: defineCollection({ loader: loadSingleton(`${DATA}/organization.yaml`, 'organization'), schema: organizationSchema }),
	industries: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/industries` }), schema: industrySchema }),
	// The plan's data (read by src/components/content/*). Lists are one entry each, kept in file order.
	channels: defineCollection({ loader: loadList(`${DATA}/channels.yaml`, 'channels'), schema: listCollectionSchema(channelsSchema) }),
	tiers: defineCollection({ loader: loadList(`${DATA}/tiers.yaml`, 'tiers'), schema: listCollectionSchema(tiersSchema) }),
	touchpoints: defineCollection({ loader: loadList(`${DATA}/touchpoints.yaml`, 'touchpoints'), schema: listCollectionSchema(touchpointsSchema) }),
	feedback: defineCollection({ loader: loadList(`${DATA}/feedback.yaml`, 'feedback'), schema: listCollectionSchema(feedbackSchema) }),
	kpis: defineCollection({ loader: loadList(`${DATA}/kpis.yaml`, 'kpis'), schema: listCollectionSchema(kpisSchema) }),
	templates: defineCollection({ loader: loadList(`${DATA}/templates.yaml`, 'templates'), schema: listCollectionSchema(templatesSchema) }),
	glossary: defineCollection({ loader: loadList(`${DATA}/glossary.yaml`, 'glossary'), schema: listCollectionSchema(glossarySchema) }),
	// What staff type instead of the playbook's words (P1 for urgent), applied to the search index at build.
	searchSynonyms: defineCollection({ loader: loadList(`${DATA}/search-synonyms.yaml`, 'search-synonyms'), schema: listCollectionSchema(searchSynonymsSchema) }),
	serviceLevels: defineCollection({ loader: loadSingleton(`${DATA}/service-levels.yaml`, 'service-levels'), schema: serviceLevelsSchema }),
	plan: defineCollection({ loader: loadSingleton(`${DATA}/plan.yaml`, 'plan'), schema: planSettingsSchema }),
	escalation: defineCollection({ loader: loadSingleton(`${DATA}/escalation.yaml`, 'escalation'), schema: escalationSchema }),
	// Training: paths in one file, one file per module and per scenario (file name = id).
	trainingPaths: defineCollection({ loader: file(`${DATA}/training/paths.yaml`), schema: pathSchema }),
	trainingModules: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/training/modules` }), schema: moduleSchema }),
	trainingScenarios: defineCollection({ loader: glob({ pattern: '*.yaml', base: `${DATA}/training/scenarios` }), schema: scenarioSchema }),
	// Change notes for staff, one file per change (file name = id): What's new, page history, the "changed" banner.
	changes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/changes' }), schema: changeNoteSchema }),
};
