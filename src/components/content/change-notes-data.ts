/**
 * Loads the change notes for components: the `changes` collection with each
 * note's publication date and commit from the build's one git log. Only
 * .astro components import this (it uses astro:content).
 *
 * Every page's footer and ownership line ask for the notes (twice per page),
 * and the answer is the same for all of them: a build computes it once
 * (src/lib/build-memo.ts). Per page, reading and parsing data-pages.yaml
 * again was a tenth of the render time at 1,000 pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { getCollection } from 'astro:content';
import { CONTENT_PATHS, loadGitHistoryCached } from '#src/lib/git-history.ts';
import { publishNotes, type PublishedNote } from '#src/lib/change-notes.ts';
import { findPageOfFile } from '#src/lib/change-note-check.ts';
import { memoizePerBuild } from '#src/lib/build-memo.ts';
import { dataPagesSchema } from '#src/schemas/data-pages.ts';

async function readPublishedNotes(): Promise<PublishedNote[]> {
	const entries = await getCollection('changes');
	const history = loadGitHistoryCached(process.cwd(), CONTENT_PATHS);
	// Validated by the content check before the build renders anything.
	const dataPages = dataPagesSchema.parse(parse(readFileSync(join(process.cwd(), 'src/content/data/data-pages.yaml'), 'utf8')));
	return publishNotes(
		entries.map((e) => ({ id: e.id, note: e.data })),
		history.commits,
		(file) => findPageOfFile(file, dataPages),
	);
}

/** The published notes, newest first; shared by every page of a build, so callers must not change the list. */
export const loadPublishedNotes: () => Promise<PublishedNote[]> = memoizePerBuild(readPublishedNotes, { dev: import.meta.env.DEV });
