import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFolderLabel } from '#src/sidebar.ts';
import { pruneSidebar, type PrunableEntry, type PrunableGroup, type PrunableLink } from '#src/lib/sidebar-prune.ts';

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

	it('shows a window around the current page in a very large section, with a link to see all', () => {
		const pages = Array.from({ length: 100 }, (_, i) => link(`P${i}`, `/training/p${i}/`, i === 70));
		const [training] = pruneSidebar([group('Training', pages)], 10) as PrunableGroup[];
		expect(training.entries.map((e) => e.label)).toEqual(['P65', 'P66', 'P67', 'P68', 'P69', 'P70', 'P71', 'P72', 'P73', 'P74', 'All 100 pages in Training']);
		expect(training.entries.at(-1)).toMatchObject({ href: '/training/p0/' });
	});

	it('never shows more links than the window, wherever the current page is', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(), (size, pick) => {
				const current = pick % size;
				const pages = Array.from({ length: size }, (_, i) => link(`P${i}`, `/t/p${i}/`, i === current));
				const [pruned] = pruneSidebar([group('T', pages)], 40) as PrunableGroup[];
				expect(pruned.entries.length).toBeLessThanOrEqual(41);
				expect(pruned.entries.some((e) => e.type === 'link' && e.isCurrent)).toBe(true);
			}),
		);
	});

	it('relabels groups with the label function, open or collapsed', () => {
		const pruned = pruneSidebar(
			[group('kit', [link('Scorecard', '/training/kit/scorecard/', true)]), group('paths', [link('First week', '/training/paths/first-week/')])],
			40,
			(l) => l.toUpperCase(),
		);
		expect(pruned.map((e) => e.label)).toEqual(['KIT', 'PATHS']);
	});

	it('keeps the number of links independent of the size of other sections', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 300 }), (size) => {
				const big = group(
					'Training',
					Array.from({ length: size }, (_, i) => link(`M${i}`, `/training/m${i}/`)),
				);
				const pruned = pruneSidebar([...sidebar, big]);
				expect(pruned).toHaveLength(4);
			}),
		);
	});
});

/**
 * The pruning rules written the plain way (each group asked in turn whether it
 * holds the current page): pruneSidebar finds those groups in one walk, and
 * must give exactly this.
 */
function pruneByRules(entries: PrunableEntry[], max: number): PrunableEntry[] {
	const holds = (e: PrunableEntry): boolean => (e.type === 'link' ? e.isCurrent : e.entries.some(holds));
	const first = (g: PrunableGroup): PrunableLink | undefined => {
		for (const e of g.entries) {
			const found = e.type === 'link' ? e : first(e);
			if (found) return found;
		}
		return undefined;
	};
	return entries.flatMap((entry): PrunableEntry[] => {
		if (entry.type === 'link') return [entry];
		const firstPage = first(entry);
		if (!holds(entry)) return firstPage ? [{ type: 'link', label: entry.label, href: firstPage.href, isCurrent: false, badge: entry.badge, attrs: {} }] : [];
		const inner = pruneByRules(entry.entries, max);
		if (inner.length <= max) return [{ ...entry, collapsed: false, entries: inner }];
		const current = Math.max(0, inner.findIndex(holds));
		const start = Math.min(Math.max(0, current - Math.floor(max / 2)), inner.length - max);
		const more: PrunableLink = {
			type: 'link',
			label: `All ${inner.length} pages in ${entry.label}`,
			href: firstPage?.href ?? '#',
			isCurrent: false,
			badge: undefined,
			attrs: { class: 'sidebar-more' },
		};
		return [{ ...entry, collapsed: false, entries: [...inner.slice(start, start + max), ...(firstPage ? [more] : [])] }];
	});
}

describe('sidebar pruning on any tree', () => {
	const tree = fc.letrec((tie) => ({
		entry: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('link'), tie('group')),
		link: fc.record({ n: fc.nat(999), current: fc.nat(7).map((n) => n === 0) }).map(({ n, current }) => link(`P${n}`, `/p${n}/`, current)),
		group: fc.record({ n: fc.nat(99), entries: fc.array(tie('entry'), { maxLength: 12 }) }).map(({ n, entries }) => group(`G${n}`, entries as PrunableEntry[])),
	}));

	it('matches the rules written the plain way, with none, one or several current pages', () => {
		fc.assert(
			fc.property(fc.array(tree.entry, { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (entries, max) => {
				expect(pruneSidebar(entries as PrunableEntry[], max)).toEqual(pruneByRules(entries as PrunableEntry[], max));
			}),
			{ numRuns: 500 },
		);
	});
});

describe('folder labels', () => {
	it.each([
		['kit', "Trainer's kit"],
		['paths', 'Learning paths'],
		['role-play', 'Role play'],
	])('shows the %s folder as %s', (folder, label) => {
		expect(formatFolderLabel(folder)).toBe(label);
	});
});
