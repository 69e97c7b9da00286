/**
 * Loads the training data and the page titles the training pages link to.
 * Used by the .astro components in this folder at build time only.
 */
import { getCollection, getEntry } from 'astro:content';
import { formatPageHref } from '#src/lib/page-href.ts';
import type { LearningPath, TrainingModule } from '#src/schemas/training.ts';
import type { Scenario } from '#src/schemas/scenario.ts';

const base = import.meta.env.BASE_URL;

export const href = (pageId: string, anchor?: string) => formatPageHref(base, pageId, anchor);
export const moduleHref = (id: string) => href(`training/modules/${id}`);
export const pathHref = (id: string) => href(`training/paths/${id}`);
export const progressHref = (id: string) => href(`training/progress/${id}`);
export const scenarioHref = (id: string) => href(`training/scenarios/${id}`);
export const certificateHref = (id: string) => `${href('training/certificate')}?path=${id}`;

export interface Training {
	paths: LearningPath[];
	modules: Map<string, TrainingModule>;
	scenarios: Map<string, Scenario>;
	/** Page id → title, for links to playbook pages. */
	pageTitles: Map<string, string>;
}

let cached: Promise<Training> | undefined;

export function loadTraining(): Promise<Training> {
	cached ??= (async () => {
		const [paths, modules, scenarios, docs] = await Promise.all([
			getCollection('trainingPaths'),
			getCollection('trainingModules'),
			getCollection('trainingScenarios'),
			getCollection('docs'),
		]);
		return {
			paths: paths.map((p) => p.data),
			modules: new Map(modules.map((m) => [m.id, m.data])),
			scenarios: new Map(scenarios.map((s) => [s.id, s.data])),
			pageTitles: new Map(docs.map((d) => [d.id === 'index' ? '' : d.id, d.data.title])),
		};
	})();
	return cached;
}

/** A module by id, or a build error naming it (the content check normally catches this first). */
export async function requireModule(id: string): Promise<TrainingModule> {
	const module = (await loadTraining()).modules.get(id);
	if (!module) throw new Error(`Training module "${id}" is not in src/content/data/training/modules/`);
	return module;
}

export async function loadOrganization() {
	const entry = await getEntry('organization', 'organization');
	if (!entry) throw new Error('src/content/data/organization.yaml is missing');
	return entry.data;
}

export { formatMinutes } from '#src/lib/format.ts';
