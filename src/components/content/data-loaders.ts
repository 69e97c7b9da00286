/**
 * Loads the plan's data collections for the content components, in file order,
 * and builds the build-time errors they throw for unknown ids. Only .astro
 * components import this (it uses astro:content). Which collection holds which
 * file, and whether it is a list, comes from src/schemas/plan-data-files.ts.
 */
import { getCollection, getEntry } from 'astro:content';
import { entryIdOf, fileOf, findPlanDataFile, isListSchema, type PlanCollection, type PlanFileData } from '#src/schemas/plan-data-files.ts';
import { DEFAULT_CURRENCY } from '#src/lib/format.ts';

/**
 * What a plan data file holds (a list's items in file order, see
 * src/schemas/data-file-loader.ts); fails loudly when the file is missing.
 */
export async function loadPlanFile<C extends PlanCollection>(collection: C): Promise<PlanFileData<C>> {
	// getEntry's types need a literal collection name; the registry guarantees this one exists.
	const entry = (await getEntry(collection as PlanCollection, entryIdOf(collection))) as { data: unknown } | undefined;
	if (!entry) throw new Error(`${fileOf(collection)} could not be loaded: check the file exists`);
	const data = isListSchema(findPlanDataFile(collection).schema) ? (entry.data as { items: unknown }).items : entry.data;
	return data as PlanFileData<C>;
}

export const loadTiers = () => loadPlanFile('tiers');
export const loadChannels = () => loadPlanFile('channels');
export const loadKpis = () => loadPlanFile('kpis');
export const loadTouchpoints = () => loadPlanFile('touchpoints');
export const loadFeedback = () => loadPlanFile('feedback');
export const loadTemplates = () => loadPlanFile('templates');
export const loadGlossary = () => loadPlanFile('glossary');
export const loadServiceLevels = () => loadPlanFile('serviceLevels');
export const loadEscalation = () => loadPlanFile('escalation');
export const loadPlanSettings = () => loadPlanFile('plan');

/** Owner id → { name, role }. */
export async function loadOwners() {
	return new Map((await getCollection('owners')).map((e) => [e.id, e.data]));
}
export async function loadOrganizationName() {
	const entry = await getEntry('organization', 'organization');
	return entry?.data.shortName ?? 'The organization';
}
/** The organization's currency (an ISO 4217 code), for KPIs measured in money. */
export async function loadCurrency() {
	const entry = await getEntry('organization', 'organization');
	return entry?.data.currency ?? DEFAULT_CURRENCY;
}

export { createUnknownError } from '#src/lib/data-errors.ts';
