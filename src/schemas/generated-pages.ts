/**
 * Pages that are not MDX files but generated from data by the routes in
 * src/pages, listed the way their getStaticPaths list them, so the content
 * check can resolve links to them (/industries/saas/#benchmarks). Each route
 * with a [parameter] in src/pages needs an entry here; a unit test fails when
 * one is missing. Ids written literally in the route file (id="benchmarks")
 * are read from the file itself; `anchors` adds the ones built from data.
 */
import type { CheckedContent } from './check.ts';
import { calculatorIds } from '../lib/calculators/index.ts';
import { planTopics } from './industry.ts';

export interface GeneratedRoute {
	/** The route file, from the project root. */
	file: string;
	/** Each page the route generates, with the ids built from data. */
	list(content: CheckedContent): { address: string; anchors: string[] }[];
}

export const generatedRoutes: GeneratedRoute[] = [
	{
		// One hub per industry file; headings per plan section, `plan-<topic>`.
		file: 'src/pages/industries/[industry].astro',
		list: (content) => [...content.industries.keys()].map((id) => ({ address: `/industries/${id}/`, anchors: planTopics.map((topic) => `plan-${topic}`) })),
	},
	{
		// One page per calculator and industry.
		file: 'src/pages/tools/[calculator]/[industry].astro',
		list: (content) =>
			calculatorIds.flatMap((calculator) => [...content.industries.keys()].map((id) => ({ address: `/tools/${calculator}/${id}/`, anchors: [] }))),
	},
];
