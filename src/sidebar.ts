/**
 * The sidebar tree. Each section is a folder of src/content/docs, listed
 * automatically, so adding a page never means editing this file.
 *
 * Groups start collapsed: a reader sees the eight sections at a glance on a
 * phone, and Starlight opens the group holding the current page.
 */
export interface Section {
	/** Sidebar label. */
	label: string;
	/** Folder under src/content/docs (and URL prefix). */
	directory: string;
	/** Search filter value (Pagefind "section" filter). */
	filter: string;
}

export const sections: Section[] = [
	{ label: 'The plan', directory: 'plan', filter: 'The plan' },
	{ label: 'Service standards', directory: 'standards', filter: 'Service standards' },
	{ label: 'Training', directory: 'training', filter: 'Training' },
	{ label: 'Tools', directory: 'tools', filter: 'Tools' },
	{ label: 'Industries', directory: 'industries', filter: 'Industries' },
	{ label: 'Reference', directory: 'reference', filter: 'Reference' },
	{ label: 'Proposals', directory: 'proposals', filter: 'Proposals' },
	{ label: 'Contribute', directory: 'contribute', filter: 'Contribute' },
];

/** The section a page id (`plan/current-state`) belongs to; the home page is "Start here". */
export function findSection(pageId: string): string {
	const top = pageId.split('/')[0];
	return sections.find((s) => s.directory === top)?.filter ?? 'Start here';
}

export const sidebar = [
	{
		label: 'Start here',
		items: [
			{ label: 'Home', link: '/' },
			{ label: 'For staff', link: '/#for-staff' },
			{ label: 'For trainers', link: '/#for-trainers' },
			{ label: 'For leaders', link: '/#for-leaders' },
		],
	},
	...sections.map(({ label, directory }) => ({
		label,
		collapsed: true,
		items: [{ autogenerate: { directory } }],
	})),
];
