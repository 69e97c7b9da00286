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

function firstLink(group: PrunableGroup): PrunableLink | undefined {
	for (const entry of group.entries) {
		const link = entry.type === 'link' ? entry : firstLink(entry);
		if (link) return link;
	}
	return undefined;
}

/** Groups without the current page collapse into a link to their first page; empty groups disappear. */
export function pruneSidebar<T extends PrunableEntry>(entries: T[]): PrunableEntry[] {
	return entries.flatMap((entry): PrunableEntry[] => {
		if (entry.type === 'link') return [entry];
		if (hasCurrent(entry)) return [{ ...entry, collapsed: false, entries: pruneSidebar(entry.entries) }];
		const link = firstLink(entry);
		return link ? [{ type: 'link', label: entry.label, href: link.href, isCurrent: false, badge: entry.badge, attrs: {} }] : [];
	});
}
