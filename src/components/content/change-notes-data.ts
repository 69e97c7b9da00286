/**
 * Loads the change notes for components: the `changes` collection with each
 * note's publication date and commit from the build's one git log. Only
 * .astro components import this (it uses astro:content).
 */
import { getCollection } from 'astro:content';
import { CONTENT_PATHS, loadGitHistoryCached } from '../../lib/git-history.ts';
import { publishNotes, type PublishedNote } from '../../lib/change-notes.ts';

export async function loadPublishedNotes(): Promise<PublishedNote[]> {
	const entries = await getCollection('changes');
	const history = loadGitHistoryCached(process.cwd(), CONTENT_PATHS);
	return publishNotes(
		entries.map((e) => ({ id: e.id, note: e.data })),
		history.commits,
	);
}
