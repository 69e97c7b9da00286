/**
 * Change notes as readers see them: when each note was published (from the
 * commit that added its file, so a note written days before it was merged still
 * counts as new to a reader who visited in between), which notes belong to a
 * page, and which are listed at all (typo notes are not). Pure: the git log and
 * the notes are handed in.
 */
import type { ChangeNote } from '../schemas/change.ts';
import type { Commit } from './git-history.ts';

/** Where change notes live, from the repository root. */
export const CHANGES_DIR = 'src/content/changes';

export interface NoteFile {
	/** File name without .yaml, e.g. 2026-11-22-detractor-follow-up. */
	id: string;
	note: ChangeNote;
}

export interface PublishedNote extends ChangeNote {
	id: string;
	/** When readers got the change: the later of the note's date and the commit that made the change. */
	publishedAt: Date;
	/** The commit that made the change, when the note came with it (a secondary detail for the curious). */
	commit?: string;
}

/** The oldest commit that touched each file, i.e. the one that added it (commits newest first). */
function findAddingCommits(commits: Commit[], files: Set<string>): Map<string, Commit> {
	const found = new Map<string, Commit>();
	for (const commit of commits) for (const file of commit.files) if (files.has(file)) found.set(file, commit);
	return found;
}

/**
 * Every note with its publication date and commit, newest first (ties: by
 * date written, then by id so the order is stable). The commit that added a
 * note counts only when it also changed one of the pages the note names
 * (`pageOf` says which page a file is shown on): a note written after the
 * fact keeps its own date and gets no commit link, since that commit would
 * show readers nothing of the change.
 */
export function publishNotes(notes: NoteFile[], commits: Commit[], pageOf: (file: string) => string | undefined, dir = CHANGES_DIR): PublishedNote[] {
	const pathOf = (id: string) => `${dir}/${id}.yaml`;
	const adding = findAddingCommits(commits, new Set(notes.map((n) => pathOf(n.id))));
	return notes
		.map(({ id, note }) => {
			const added = adding.get(pathOf(id));
			const changedPages = new Set(added?.files.map(pageOf));
			const commit = note.pages.some((page) => changedPages.has(page)) ? added : undefined;
			const publishedAt = commit && commit.date.getTime() > note.date.getTime() ? commit.date : note.date;
			return { ...note, id, publishedAt, commit: commit?.hash };
		})
		.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** The notes readers see: every kind except typo fixes. */
export function selectListedNotes(notes: PublishedNote[]): PublishedNote[] {
	return notes.filter((n) => n.kind !== 'typo');
}

/** A page's listed notes, newest first. Page ids as in notes: `standards/response-times`, home `index`. */
export function selectPageNotes(notes: PublishedNote[], pageId: string): PublishedNote[] {
	const id = pageId === '' ? 'index' : pageId;
	return selectListedNotes(notes).filter((n) => n.pages.includes(id));
}

/** Words for each kind, shown before a note's summary. */
export const kindLabels: Record<ChangeNote['kind'], string> = {
	new: 'New',
	changed: 'Changed',
	clarified: 'Clarified',
	retired: 'Retired',
	typo: 'Correction',
};
