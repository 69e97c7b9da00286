/**
 * Keeps the sidebar HTML of every page bounded as the playbook grows. Starlight
 * renders the whole sidebar tree into every page, so at 1,000 pages the sidebar
 * dominates page weight and build time. Here a group that does not hold the
 * current page becomes a single link to its first page (a section's first page
 * is its landing page, which lists the section), so a page carries the section
 * list plus its own section's tree only.
 *
 * Structural types mirror Starlight's SidebarEntry so this stays pure and testable.
 */

export interface PrunableLink {
	type: 'link';
	label: string;
	href: string;
	isCurrent: boolean;
	badge: unknown;
	attrs: Record<string, unknown>;
}

export interface PrunableGroup {
	type: 'group';
	label: string;
	entries: PrunableEntry[];
	collapsed: boolean;
	badge: unknown;
}

export type PrunableEntry = PrunableLink | PrunableGroup;

function hasCurrent(entry: PrunableEntry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(hasCurrent);
}

/**
 * Adds every group in `entries` that holds a current link, at any depth, to
 * `into`, in one walk of the tree; true when `entries` hold one. Every page
 * prunes the full sidebar (1,000+ links at 1,000 pages), so asking each group
 * in turn whether it held the current page (hasCurrent) walked the tree again
 * at every level, on every page.
 */
function collectGroupsHoldingCurrent(entries: PrunableEntry[], into: Set<PrunableGroup>): boolean {
	let holds = false;
	for (const entry of entries) {
		if (entry.type === 'link') holds ||= entry.isCurrent;
		else if (collectGroupsHoldingCurrent(entry.entries, into)) {
			into.add(entry);
			holds = true;
		}
	}
	return holds;
}

function firstLink(group: PrunableGroup): PrunableLink | undefined {
	for (const entry of group.entries) {
		const link = entry.type === 'link' ? entry : firstLink(entry);
		if (link) return link;
	}
	return undefined;
}

/**
 * Most links one group shows around the current page. A section rarely has
 * more; when it does, the page still carries a bounded sidebar and a link to
 * the section's landing page, which lists everything.
 */
export const MAX_GROUP_LINKS = 40;

/** Keeps at most `max` entries centred on the current one, plus a link to the group's first page. */
function windowEntries(entries: PrunableEntry[], max: number, group: { label: string; first?: PrunableLink }): PrunableEntry[] {
	if (entries.length <= max) return entries;
	const current = Math.max(0, entries.findIndex(hasCurrent));
	const start = Math.min(Math.max(0, current - Math.floor(max / 2)), entries.length - max);
	const window = entries.slice(start, start + max);
	const more: PrunableLink = {
		type: 'link',
		label: `All ${entries.length} pages in ${group.label}`,
		href: group.first?.href ?? '#',
		isCurrent: false,
		badge: undefined,
		attrs: { class: 'sidebar-more' },
	};
	return group.first ? [...window, more] : window;
}

/**
 * Groups without the current page collapse into a link to their first page;
 * empty groups disappear; the current group shows a bounded window of links.
 */
export function pruneSidebar<T extends PrunableEntry>(
	entries: T[],
	max = MAX_GROUP_LINKS,
	formatLabel: (label: string) => string = (label) => label,
): PrunableEntry[] {
	const holdingCurrent = new Set<PrunableGroup>();
	collectGroupsHoldingCurrent(entries, holdingCurrent);
	return pruneEntries(entries, max, formatLabel, holdingCurrent);
}

function pruneEntries(entries: PrunableEntry[], max: number, formatLabel: (label: string) => string, holdingCurrent: Set<PrunableGroup>): PrunableEntry[] {
	const pruned: PrunableEntry[] = [];
	for (const entry of entries) {
		if (entry.type === 'link') {
			pruned.push(entry);
			continue;
		}
		const group: PrunableGroup = { ...entry, label: formatLabel(entry.label) };
		const first = firstLink(group);
		if (holdingCurrent.has(entry)) {
			const inner = windowEntries(pruneEntries(entry.entries, max, formatLabel, holdingCurrent), max, { label: group.label, first });
			pruned.push({ ...group, collapsed: false, entries: inner });
		} else if (first) {
			pruned.push({ type: 'link', label: group.label, href: first.href, isCurrent: false, badge: group.badge, attrs: {} });
		}
	}
	return pruned;
}
