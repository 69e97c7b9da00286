import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pruneSidebar, type PrunableEntry, type PrunableGroup, type PrunableLink } from '../../../src/lib/sidebar-prune.ts';

const link = (label: string, href: string, isCurrent = false): PrunableLink => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs: {} });
const group = (label: string, entries: PrunableEntry[]): PrunableGroup => ({ type: 'group', label, entries, collapsed: true, badge: undefined });

describe('sidebar pruning', () => {
	const sidebar = [
		link('Start here', '/'),
		group('The plan', [link('Overview', '/plan/'), link('Current state', '/plan/current-state/', true)]),
		group('Tools', [link('Overview', '/tools/'), link('NPS', '/tools/nps/')]),
		group('Empty', []),
	];

	it('keeps the current section open with all its pages', () => {
		const plan = pruneSidebar(sidebar)[1] as PrunableGroup;
		expect(plan).toMatchObject({ type: 'group', collapsed: false });
		expect(plan.entries.map((e) => e.label)).toEqual(['Overview', 'Current state']);
	});

	it('turns other sections into one link to their landing page', () => {
		expect(pruneSidebar(sidebar)[2]).toMatchObject({ type: 'link', label: 'Tools', href: '/tools/', isCurrent: false });
	});

	it('drops groups with no pages', () => {
		expect(pruneSidebar(sidebar).map((e) => e.label)).toEqual(['Start here', 'The plan', 'Tools']);
	});

	it('keeps the number of links independent of the size of other sections', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 300 }), (size) => {
				const big = group('Training', Array.from({ length: size }, (_, i) => link(`M${i}`, `/training/m${i}/`)));
				const pruned = pruneSidebar([...sidebar, big]);
				expect(pruned).toHaveLength(4);
			}),
		);
	});
});
