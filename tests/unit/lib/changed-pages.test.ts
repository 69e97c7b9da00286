import { describe, expect, it } from 'vitest';
import { planContentLane } from '#src/lib/changed-pages.ts';

describe('the fast lane for content changes', () => {
	it.each([
		[
			'checks only the edited page when one page changes',
			['src/content/docs/standards/escalation.mdx'],
			{ contentOnly: true, pages: ['/standards/escalation/'] },
		],
		[
			'maps index pages to their section and the home page to /',
			['src/content/docs/plan/index.mdx', 'src/content/docs/index.mdx'],
			{ contentOnly: true, pages: ['/', '/plan/'] },
		],
		[
			'checks every page when a data file changes, since any page may show it',
			['src/content/docs/plan/touchpoints.mdx', 'src/content/data/tiers.yaml'],
			{ contentOnly: true, pages: null },
		],
		['checks every page when a change note changes', ['src/content/changes/2026-12-01-tiers.md'], { contentOnly: true, pages: null }],
		['leaves a change that touches code to the full suite', ['src/content/docs/plan/touchpoints.mdx', 'src/lib/csv.ts'], { contentOnly: false, pages: null }],
		['leaves a configuration change to the full suite', ['astro.config.mjs'], { contentOnly: false, pages: null }],
		['does not call an empty change content-only', [], { contentOnly: false, pages: null }],
	])('%s', (_rule, files, lane) => {
		expect(planContentLane(files)).toEqual(lane);
	});

	it('sweeps a page once however often it appears', () => {
		expect(planContentLane(['src/content/docs/tools/nps.mdx', ' src/content/docs/tools/nps.mdx ']).pages).toEqual(['/tools/nps/']);
	});
});
