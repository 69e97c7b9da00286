/**
 * The pull-request rule for change notes: a change that alters what a page
 * says (its MDX under src/content/docs, or data under src/content/data that a
 * page renders) comes with a note in src/content/changes/ naming that page.
 * Typo-only changes are marked by a note of kind `typo` (listed nowhere), so
 * the mark is reviewed with the change and works on any git host.
 *
 * Not counted as a change of meaning: a review that only moves `reviewed` and
 * `reviewBy`, proposal records (src/content/docs/proposals/: the change that
 * carries a proposal out gets the note), drafts and partials (names starting
 * with "_"), change notes themselves, and data-pages.yaml (it decides who
 * reviews, like CODEOWNERS; no page shows it). Pure: scripts/check-change-notes.ts
 * reads git and hands the files in.
 */
import { findDataPage, type DataPage } from '../schemas/data-pages.ts';
import { CHANGES_DIR } from './change-notes.ts';
import { quoteIds } from './check-messages.ts';

const DOCS = 'src/content/docs/';
const DATA = 'src/content/data/';
const PROPOSALS = `${DOCS}proposals/`;

export interface ChangedFile {
	/** Path from the repository root. */
	path: string;
	/** added, modified or deleted (renames count as a delete and an add). */
	status: 'added' | 'modified' | 'deleted';
	/** The file before and after, for modified pages (to spot review-date-only edits). */
	before?: string;
	after?: string;
}

/** A change note added or edited in the pull request, as far as it could be read. */
export interface NoteInChange {
	file: string;
	/** Its `pages:` list; empty when the note could not be read (the content check reports why). */
	pages: string[];
}

export interface ChangeNoteFinding {
	/** Files that change what a page says, with the page that shows them when known. */
	meaningful: { path: string; page?: string }[];
	/** Notes added or edited in the pull request. */
	notes: NoteInChange[];
	/** Changed pages no note lists (empty when there is no note at all: then everything is missing). */
	unlisted: { path: string; page: string }[];
	/** True when the change passes. */
	ok: boolean;
}

/** The page id a docs file is served at: `plan/index.mdx` → `plan`, the home page → `index`. */
export function pageIdForDocsFile(path: string): string {
	const id = path
		.slice(DOCS.length)
		.replace(/\.mdx?$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();
	return id === '' ? 'index' : id;
}

/** Frontmatter lines that record a review, not a change of meaning. */
const REVIEW_LINE = /^(reviewed|reviewBy):.*$/gm;

/** True when the only differences are the review dates. */
export function isReviewOnly(before: string, after: string): boolean {
	return before.replace(REVIEW_LINE, '') === after.replace(REVIEW_LINE, '');
}

function isDraft(path: string): boolean {
	return path.split('/').some((part) => part.startsWith('_'));
}

/** Does this changed file alter what a page says? Returns the page it shows on (when known), or false. */
function classify(file: ChangedFile, dataPages: readonly DataPage[]): { page?: string } | false {
	const { path } = file;
	if (isDraft(path)) return false;
	if (path.startsWith(DOCS)) {
		if (!/\.mdx?$/.test(path) || path.startsWith(PROPOSALS)) return false;
		if (file.status === 'modified' && file.before !== undefined && file.after !== undefined && isReviewOnly(file.before, file.after)) return false;
		return file.status === 'deleted' ? {} : { page: pageIdForDocsFile(path) };
	}
	if (path.startsWith(DATA)) {
		// Which page shows which data file decides who reviews, like CODEOWNERS; no page shows it.
		if (!/\.ya?ml$/.test(path) || path === `${DATA}data-pages.yaml`) return false;
		return file.status === 'deleted' ? {} : { page: findDataPage(dataPages, path.slice(DATA.length)) };
	}
	return false;
}

/**
 * The page a file is shown on, as change notes name pages: a docs page's own
 * id, the page data-pages.yaml gives a data file, or undefined (code, notes,
 * proposal drafts).
 */
export function findPageOfFile(path: string, dataPages: readonly DataPage[]): string | undefined {
	if (isDraft(path)) return undefined;
	if (path.startsWith(DOCS) && /\.mdx?$/.test(path)) return pageIdForDocsFile(path);
	if (path.startsWith(DATA) && /\.ya?ml$/.test(path)) return findDataPage(dataPages, path.slice(DATA.length));
	return undefined;
}

/** Applies the rule to a pull request's changed files. */
export function checkChangeNotes(changed: ChangedFile[], notes: NoteInChange[], dataPages: readonly DataPage[]): ChangeNoteFinding {
	const meaningful = changed.flatMap((file) => {
		const found = classify(file, dataPages);
		return found ? [{ path: file.path, ...found }] : [];
	});
	const listed = new Set(notes.flatMap((n) => n.pages));
	const unlisted = notes.length === 0 ? [] : meaningful.flatMap((m) => (m.page !== undefined && !listed.has(m.page) ? [{ path: m.path, page: m.page }] : []));
	const ok = meaningful.length === 0 || (notes.length > 0 && unlisted.length === 0);
	return { meaningful, notes, unlisted, ok };
}

/** The note an author could add, pre-filled with today's date and the pages that changed. */
function formatExample(pages: string[], today: string): string[] {
	const list = pages.length > 0 ? pages.join(', ') : 'standards/response-times';
	return [
		`  date: ${today}`,
		'  kind: changed        # new, changed, clarified, retired; or typo for a spelling or formatting fix only',
		'  summary: One line for staff, for example "Urgent chats are answered within 15 minutes"',
		'  whatToDo: What people do differently from now on, in a sentence or two.',
		`  pages: [${list}]`,
	];
}

/** What the check prints: why it failed and exactly what to add, or that it passed. */
export function formatChangeNoteReport(finding: ChangeNoteFinding, today: string): string {
	if (finding.ok) {
		return finding.meaningful.length === 0
			? 'Change notes: no page or data changed meaning, so no note is needed.'
			: `Change notes: ${finding.notes.map((n) => n.file).join(', ')} describe${finding.notes.length === 1 ? 's' : ''} this change for staff.`;
	}
	const help = 'How to write one: CONTRIBUTING.md, "Write a change note".';
	if (finding.notes.length === 0) {
		const pages = [...new Set(finding.meaningful.flatMap((m) => (m.page ? [m.page] : [])))];
		return [
			'Change note missing: this pull request changes what pages say, but adds no change note for staff.',
			'',
			...finding.meaningful.map((m) => `  ${m.path}${m.page ? ` (page ${m.page})` : ''}`),
			'',
			`Add a file to ${CHANGES_DIR}/, named for example ${CHANGES_DIR}/${today}-short-name.yaml, with:`,
			'',
			...formatExample(pages, today),
			'',
			'A change that only fixes spelling or formatting still needs a note: write kind: typo (it is listed nowhere and raises no "changed" banner).',
			'A change that only updates reviewed and reviewBy needs no note.',
			help,
		].join('\n');
	}
	const pages = [...new Set(finding.unlisted.map((u) => u.page))];
	return [
		`Change note incomplete: ${pages.length === 1 ? 'this page changed' : 'these pages changed'} but no change note in this pull request lists ${pages.length === 1 ? 'it' : 'them'}:`,
		'',
		...finding.unlisted.map((u) => `  ${u.page} (${u.path})`),
		'',
		`Add ${quoteIds(pages)} to pages: in ${finding.notes.length <= 3 ? finding.notes.map((n) => n.file).join(' or ') : 'the change note that describes this change'}, or add another note for ${pages.length === 1 ? 'it' : 'them'}.`,
		help,
	].join('\n');
}
