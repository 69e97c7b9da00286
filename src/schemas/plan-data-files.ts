/**
 * The plan's data files, listed once. Everything else is derived from this
 * table: the content collections (src/content.config.ts, through
 * src/schemas/data-file-loader.ts), the content check's file specs
 * (src/schemas/check.ts), the data the plan's rules read (src/lib/plan-rules/)
 * and the loaders the content components use (src/components/content/data-loaders.ts).
 * Adding a plan data file is adding one row here (and its page in data-pages.yaml).
 *
 * A file whose schema is a list (tiers, KPIs...) becomes one collection entry
 * holding `{ items }` in file order; a file holding one object (service levels,
 * escalation, plan settings) becomes one entry holding that object.
 */
import type { z } from 'zod';
import type { CheckedContent, DataFileSpec } from './check.ts';
import { channelsSchema } from './channels.ts';
import { escalationSchema } from './escalation.ts';
import { feedbackSchema } from './feedback.ts';
import { glossarySchema } from './glossary.ts';
import { kpisSchema } from './kpis.ts';
import { planSettingsSchema } from './plan-settings.ts';
import { serviceLevelsSchema } from './service-levels.ts';
import { templatesSchema } from './templates.ts';
import { tiersSchema } from './tiers.ts';
import { touchpointsSchema } from './touchpoints.ts';

/** Where every data file lives, from the project root. */
export const DATA = 'src/content/data';

export interface PlanDataFile {
	/** The content collection's name, also the key the rules read the file by. */
	collection: string;
	/** The file under src/content/data. */
	file: string;
	/** What the whole file must hold. */
	schema: z.ZodType;
}

export const planDataFiles = [
	{ collection: 'plan', file: 'plan.yaml', schema: planSettingsSchema },
	{ collection: 'channels', file: 'channels.yaml', schema: channelsSchema },
	{ collection: 'tiers', file: 'tiers.yaml', schema: tiersSchema },
	{ collection: 'serviceLevels', file: 'service-levels.yaml', schema: serviceLevelsSchema },
	{ collection: 'escalation', file: 'escalation.yaml', schema: escalationSchema },
	{ collection: 'touchpoints', file: 'touchpoints.yaml', schema: touchpointsSchema },
	{ collection: 'feedback', file: 'feedback.yaml', schema: feedbackSchema },
	{ collection: 'kpis', file: 'kpis.yaml', schema: kpisSchema },
	{ collection: 'templates', file: 'templates.yaml', schema: templatesSchema },
	{ collection: 'glossary', file: 'glossary.yaml', schema: glossarySchema },
] as const satisfies readonly PlanDataFile[];

export type PlanDataEntry = (typeof planDataFiles)[number];
export type PlanCollection = PlanDataEntry['collection'];
/** What a plan data file holds once its schema has passed (Tier[] for tiers, ServiceLevels for serviceLevels...). */
export type PlanFileData<C extends PlanCollection> = z.output<Extract<PlanDataEntry, { collection: C }>['schema']>;
/** The plan's data as the rules see it: only the files that passed their own schema are present. */
export type PlanData = { [C in PlanCollection]?: PlanFileData<C> };

/** The registry row of a collection. */
export function findPlanDataFile<C extends PlanCollection>(collection: C): Extract<PlanDataEntry, { collection: C }> {
	return planDataFiles.find((entry) => entry.collection === collection) as Extract<PlanDataEntry, { collection: C }>;
}

/** Project-root path of a plan data file, for messages: `src/content/data/tiers.yaml`. */
export const fileOf = (collection: PlanCollection) => `${DATA}/${findPlanDataFile(collection).file}`;

/** The collection entry's id: the file's name without `.yaml` (`service-levels`). */
export const entryIdOf = (collection: PlanCollection) => findPlanDataFile(collection).file.replace(/\.ya?ml$/, '');

/** True when the file holds a list (one entry `{ items }`), false when it holds one object. */
export const isListSchema = (schema: z.ZodType) => schema.def.type === 'array';

/** The content check's specs: every plan data file is required. */
export const planDataFileSpecs: DataFileSpec[] = planDataFiles.map(({ file, schema }) => ({ path: file, schema, required: true }));

/**
 * The plan's data out of the checked content. A file that failed its schema
 * is absent (it is already reported), so a rule over it stays quiet rather
 * than piling on.
 */
export function readPlanData(content: CheckedContent): PlanData {
	const data: Record<string, unknown> = {};
	for (const { collection, file } of planDataFiles) data[collection] = content.data.get(file);
	return data as PlanData;
}
