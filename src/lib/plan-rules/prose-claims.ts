/**
 * Sentences as the claim rules read them: the prose of every page body (code,
 * tags and components blanked, see maskNonProse) and the frontmatter text a
 * page shows readers (its description and a proposal's problem), each with
 * the field a problem should name. A proposal's change is left out: it says
 * what would be true, not what is.
 *
 * Closed decision records (accepted, rejected or superseded proposals) are
 * left out: they record what was true when the decision was made, so they are
 * history, not a statement about the plan today.
 */
import type { Page } from '#src/schemas/check.ts';
import { maskNonProse } from './prose-numbers.ts';

export interface Sentence {
	/** The field to report: "body (line 12)", "description" or "proposal.problem". */
	field: string;
	text: string;
}

/** Where a sentence ends: a stop, perhaps inside bold or quotes, then a space or the end of the line. */
const SENTENCE_END = /[.?!;:][*_"”’')]*(?:\s+|$)/gm;

function splitSentences(text: string): { text: string; line: number }[] {
	const sentences: { text: string; line: number }[] = [];
	// Line numbers counted while splitting: looking each sentence's line up from
	// the start of the text was quadratic in the page's length (a profile of a
	// 1,000-page build: half a second of the content check).
	for (const [index, line] of text.split('\n').entries()) {
		let from = 0;
		for (const end of line.matchAll(SENTENCE_END)) {
			const next = (end.index ?? 0) + end[0].length;
			sentences.push({ text: line.slice(from, next), line: index + 1 });
			from = next;
		}
		if (from < line.length) sentences.push({ text: line.slice(from), line: index + 1 });
	}
	return sentences.filter((s) => s.text.trim() !== '');
}

/** True when the page is a proposal that has been decided: its text is history. */
export function isClosedRecord(page: Page): boolean {
	const status = (page.frontmatter as { proposal?: { status?: string } }).proposal?.status;
	return status !== undefined && status !== 'proposed';
}

// Several rules read the same pages' sentences; each page is split once per check.
const sentencesByPage = new WeakMap<Page, readonly Sentence[]>();

/** Every sentence a reader sees on the page, with the field to name. */
export function readSentences(page: Page): readonly Sentence[] {
	let sentences = sentencesByPage.get(page);
	if (!sentences) {
		sentences = splitPageSentences(page);
		sentencesByPage.set(page, sentences);
	}
	return sentences;
}

function splitPageSentences(page: Page): Sentence[] {
	const sentences: Sentence[] = [];
	const prose = maskNonProse(page.body ?? '');
	for (const s of splitSentences(prose)) sentences.push({ field: `body (line ${s.line})`, text: s.text.replace(/\s+/g, ' ').trim() });
	const fm = page.frontmatter as { description?: string; proposal?: { problem?: string } };
	const fields: [string, string | undefined][] = [
		['description', fm.description],
		['proposal.problem', fm.proposal?.problem],
	];
	for (const [field, text] of fields) if (text) for (const s of splitSentences(text)) sentences.push({ field, text: s.text.trim() });
	return sentences;
}

/** A sentence shortened for a message. */
export function quoteSentence(text: string): string {
	return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
