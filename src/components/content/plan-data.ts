/**
 * Loads the plan's data collections for the content components, in file order,
 * and builds the build-time errors they throw for unknown ids. Only .astro
 * components import this (it uses astro:content).
 */
import { getCollection, getEntry } from 'astro:content';
import { DEFAULT_CURRENCY } from '../../lib/format.ts';

/** A list file's items in file order (see src/schemas/list-loader.ts); fails loudly when the file is missing. */
function itemsOf<T>(entry: { data: { items: T } } | undefined, file: string): T {
	if (!entry) throw new Error(`src/content/data/${file} could not be loaded: check the file exists`);
	return entry.data.items;
}

export async function loadTiers() {
	return itemsOf(await getEntry('tiers', 'tiers'), 'tiers.yaml');
}
export async function loadChannels() {
	return itemsOf(await getEntry('channels', 'channels'), 'channels.yaml');
}
export async function loadKpis() {
	return itemsOf(await getEntry('kpis', 'kpis'), 'kpis.yaml');
}
export async function loadTouchpoints() {
	return itemsOf(await getEntry('touchpoints', 'touchpoints'), 'touchpoints.yaml');
}
export async function loadFeedback() {
	return itemsOf(await getEntry('feedback', 'feedback'), 'feedback.yaml');
}
export async function loadTemplates() {
	return itemsOf(await getEntry('templates', 'templates'), 'templates.yaml');
}
export async function loadGlossary() {
	return itemsOf(await getEntry('glossary', 'glossary'), 'glossary.yaml');
}
export async function loadServiceLevels() {
	const entry = await getEntry('serviceLevels', 'service-levels');
	if (!entry) throw new Error('src/content/data/service-levels.yaml could not be loaded: check the file exists');
	return entry.data;
}
export async function loadEscalation() {
	const entry = await getEntry('escalation', 'escalation');
	if (!entry) throw new Error('src/content/data/escalation.yaml could not be loaded: check the file exists');
	return entry.data;
}
export async function loadPlanSettings() {
	const entry = await getEntry('plan', 'plan');
	if (!entry) throw new Error('src/content/data/plan.yaml could not be loaded: check the file exists');
	return entry.data;
}
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

export { createUnknownError } from '../../lib/data-errors.ts';
