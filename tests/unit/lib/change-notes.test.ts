import { describe, expect, it } from 'vitest';
import { publishNotes, selectListedNotes, selectPageNotes, type NoteFile } from '#src/lib/change-notes.ts';
import type { Commit } from '#src/lib/git-history.ts';

const day = (d: string) => new Date(`${d}T00:00:00Z`);
const note = (id: string, date: string, extra: Partial<NoteFile['note']> = {}): NoteFile => ({
	id,
	note: { date: day(date), kind: 'changed', summary: `Summary ${id}`, whatToDo: 'Do it.', pages: ['standards/response-times'], ...extra },
});
const commit = (hash: string, date: string, files: string[]): Commit => ({ hash, date: new Date(date), subject: 'developer words', files });
const pageOf = (file: string) =>
	({ 'src/content/data/service-levels.yaml': 'standards/response-times', 'src/content/docs/a.mdx': 'a', 'src/content/data/owners.yaml': 'index' })[file];

describe('publishNotes', () => {
	it('dates a note by the commit that made the change when it was merged after the note was written', () => {
		const commits = [
			commit('bbbbbbb', '2026-12-05T10:00:00Z', ['src/content/changes/faster.yaml']),
			commit('aaaaaaa', '2026-12-03T10:00:00Z', ['src/content/changes/faster.yaml', 'src/content/data/service-levels.yaml']),
		];
		const [published] = publishNotes([note('faster', '2026-12-01')], commits, pageOf);
		expect(published.publishedAt).toEqual(new Date('2026-12-03T10:00:00Z'));
		expect(published.commit).toBe('aaaaaaa');
	});

	it('keeps the date and gives no commit link to a note written after the fact', () => {
		const commits = [commit('ccccccc', '2026-12-09T10:00:00Z', ['src/content/changes/old.yaml'])];
		const [published] = publishNotes([note('old', '2026-11-22')], commits, pageOf);
		expect(published.publishedAt).toEqual(day('2026-11-22'));
		expect(published.commit).toBeUndefined();
	});

	it('ignores an adding commit that changed other pages than the note names', () => {
		const commits = [commit('ddddddd', '2026-12-09T10:00:00Z', ['src/content/changes/old.yaml', 'src/content/data/owners.yaml'])];
		expect(publishNotes([note('old', '2026-11-22')], commits, pageOf)[0]).toMatchObject({ publishedAt: day('2026-11-22'), commit: undefined });
	});

	it('uses the note date when there is no git history', () => {
		expect(publishNotes([note('a', '2026-11-22')], [], pageOf)[0]).toMatchObject({ publishedAt: day('2026-11-22'), commit: undefined });
	});

	it('lists newest first, in a stable order for notes of the same day', () => {
		const ids = publishNotes([note('b', '2026-11-22'), note('c', '2026-12-01'), note('a', '2026-11-22')], [], pageOf).map((n) => n.id);
		expect(ids).toEqual(['c', 'a', 'b']);
	});

	it('never carries the commit subject', () => {
		const commits = [commit('aaaaaaa', '2026-12-03T10:00:00Z', ['src/content/changes/x.yaml', 'src/content/docs/a.mdx'])];
		expect(JSON.stringify(publishNotes([note('x', '2026-12-01')], commits, pageOf))).not.toContain('developer words');
	});
});

describe('selecting notes for readers', () => {
	const notes = publishNotes(
		[note('typo', '2026-12-02', { kind: 'typo', whatToDo: undefined }), note('real', '2026-12-01'), note('home', '2026-11-30', { pages: ['index'] })],
		[],
		pageOf,
	);

	it('leaves typo fixes out of every list', () => {
		expect(selectListedNotes(notes).map((n) => n.id)).toEqual(['real', 'home']);
		expect(selectPageNotes(notes, 'standards/response-times').map((n) => n.id)).toEqual(['real']);
	});

	it('finds the home page by either of its ids', () => {
		expect(selectPageNotes(notes, '').map((n) => n.id)).toEqual(['home']);
		expect(selectPageNotes(notes, 'index').map((n) => n.id)).toEqual(['home']);
	});
});
