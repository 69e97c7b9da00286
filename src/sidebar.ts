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

/**
 * Labels for subfolders, which Starlight's autogenerate would show by their
 * folder name ("kit"). A folder without an entry is shown capitalised.
 */
export const folderLabels: Record<string, string> = {
	paths: 'Learning paths',
	modules: 'Modules',
	scenarios: 'Practice scenarios',
	kit: "Trainer's kit",
};

/** "role-play" → "Role play"; known folders get their label from folderLabels. */
export function formatFolderLabel(folder: string): string {
	return folderLabels[folder] ?? folder.charAt(0).toUpperCase() + folder.slice(1).replaceAll('-', ' ');
}

/** The section a page id (`plan/current-state`) belongs to; the home page is "Start here". */
export function findSection(pageId: string): string {
	const top = pageId.split('/')[0];
	return sections.find((s) => s.directory === top)?.filter ?? 'Start here';
}

// "Start here" is the home page, which routes each audience onward. It is a
// plain link: Starlight appends the trailing slash after any #hash in sidebar
// links (/#for-staff/), so anchors into the home page cannot be listed here.
export const sidebar = [
	{ label: 'Start here', link: '/' },
	...sections.map(({ label, directory }) => ({
		label,
		collapsed: true,
		items: [{ autogenerate: { directory } }],
	})),
];
