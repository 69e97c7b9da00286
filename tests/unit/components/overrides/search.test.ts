/**
 * src/components/overrides/Search.astro is a copy of Starlight's Search
 * component with the changes its header lists. This compares it with the
 * installed Starlight's, line by line (leading and trailing spaces and blank
 * lines aside): once the documented changes below are taken out of both,
 * nothing may differ. So a change to the copy that its header does not list
 * fails here, and so does a Starlight upgrade that changes the original,
 * which then has to be copied again on purpose rather than drift apart.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const starlightFile = relative(process.cwd(), require.resolve('@astrojs/starlight/components/Search.astro'));
// Its package.json is not among the package's exports: found from the component, in dist/components/.
const starlightVersion = (JSON.parse(readFileSync(resolve(dirname(starlightFile), '../../package.json'), 'utf8')) as { version: string }).version;
const copyFile = 'src/components/overrides/Search.astro';
const thisTest = 'tests/unit/components/overrides/search.test.ts';

/** Stands for any lines of ours inside a change, so its first and last lines pin where it sits. */
const anyLines = '…';

interface DocumentedChange {
	/** The number of the change in the copy's header, or 'copy' for what the copy itself needs. */
	change: number | 'copy';
	/** Consecutive lines of Starlight's file the change replaces (trimmed); context lines may be included. */
	starlight: string[];
	/** The lines that replace them in the copy (trimmed); `anyLines` once at most. */
	copy: string[];
}

/** Every difference between the two files, as the header documents it. */
const documentedChanges: DocumentedChange[] = [
	{
		change: 'copy',
		starlight: ["import Icon from '../user-components/Icon.astro';"],
		copy: ["import { Icon } from '@astrojs/starlight/components';"],
	},
	{
		change: 1,
		starlight: ["aria-label={Astro.locals.t('search.label')}"],
		copy: ["aria-label={`${Astro.locals.t('search.label')} ${Astro.locals.t('search.ctrlKey')} K`}"],
	},
	{
		change: 2,
		starlight: ['aria-keyshortcuts="Control+K"'],
		copy: ['aria-keyshortcuts="Control+K /"'],
	},
	{
		change: 1,
		starlight: [`<span class="sl-hidden md:sl-block" aria-hidden="true">{Astro.locals.t('search.label')}</span>`],
		copy: [`<span class="sl-hidden md:sl-block" aria-hidden="true">{Astro.locals.t('search.label')}</span>{' '}`],
	},
	{
		change: 1,
		starlight: ["<kbd>{Astro.locals.t('search.ctrlKey')}</kbd><kbd>K</kbd>"],
		copy: ["<kbd>{Astro.locals.t('search.ctrlKey')}</kbd>{' '}<kbd>K</kbd>"],
	},
	{
		change: 'copy',
		starlight: ['if (platformKey && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {'],
		copy: [
			'// eslint-disable-next-line -- kept as in Starlight: userAgent is spoofed by devtools',
			'if (platformKey && /(Mac|iPhone|iPod|iPad)/i.test(navigator.platform)) {',
		],
	},
	{
		change: 2,
		starlight: ["openBtn.setAttribute('aria-keyshortcuts', 'Meta+K');"],
		copy: ["openBtn.setAttribute('aria-keyshortcuts', 'Meta+K /');"],
	},
	{
		change: 1,
		starlight: ['}', "shortcut.style.display = '';"],
		copy: ["openBtn.setAttribute('aria-label', openBtn.getAttribute('aria-label').replace(/ \\S+ K$/, ' ⌘ K'));", '}', "shortcut.style.display = '';"],
	},
	{
		change: 4,
		starlight: ["import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';"],
		copy: [
			"import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';",
			"import { hiddenMetaFields } from '#src/search-options.ts';",
			"import { pickSections, type SectionLike } from '#src/lib/search-sections.ts';",
		],
	},
	{
		change: 3,
		starlight: ["this.querySelector('input')?.focus();"],
		copy: [
			'// The search UI may still be loading (see loadSearchUi below): focus its input once it is there.',
			"void loadSearchUi().then(() => this.querySelector('input')?.focus());",
		],
	},
	{
		change: 2,
		starlight: ['let translations = {};'],
		copy: [
			'// "/" opens search, as on many sites (and as the home page says), unless',
			'// the reader is typing: a calculator field or the search box itself.',
			'const isTyping = (target: EventTarget | null) =>',
			'target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));',
			"window.addEventListener('keydown', (e) => {",
			"if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || dialog.open || isTyping(e.target)) return;",
			'openModal();',
			'e.preventDefault();',
			'});',
			'let translations = {};',
		],
	},
	{
		change: 3,
		starlight: [
			"window.addEventListener('DOMContentLoaded', () => {",
			'if (import.meta.env.DEV) return;',
			'const onIdle = window.requestIdleCallback || ((cb) => setTimeout(cb, 1));',
			'onIdle(async () => {',
		],
		copy: [
			'// The search UI (about 26 KB gzip) loads when a reader is about to',
			anyLines,
			'let searchUi: Promise<void> | undefined;',
			'const loadSearchUi = () =>',
			'(searchUi ??= (async () => {',
			'if (import.meta.env.DEV) return;',
		],
	},
	{
		change: 4,
		starlight: ['processResult: (result: { url: string; sub_results: Array<{ url: string }> }) => {'],
		copy: [
			'processResult: (result: { url: string; meta: Record<string, string>; sub_results: SectionLike[] }) => {',
			'// Staff vocabulary steers ranking only; readers never see it.',
			'for (const field of hiddenMetaFields) delete result.meta[field];',
			'// The sections whose matches weigh most (a glossary term, a template), best first.',
			'result.sub_results = pickSections(result.sub_results, result.url);',
		],
	},
	{
		change: 3,
		starlight: ['});', '});', '});', '}', '}', "customElements.define('site-search', SiteSearch);"],
		copy: [
			'});',
			'})());',
			"openBtn.addEventListener('pointerenter', () => void loadSearchUi(), { once: true });",
			"openBtn.addEventListener('focus', () => void loadSearchUi(), { once: true });",
			'}',
			'}',
			"customElements.define('site-search', SiteSearch);",
		],
	},
	{
		change: 5,
		starlight: ['padding: var(--sl-search-result-nested-pad-block) var(--sl-search-result-pad-inline-end);', '}', '}', '</style>'],
		copy: [
			'padding: var(--sl-search-result-nested-pad-block) var(--sl-search-result-pad-inline-end);',
			'}',
			'/*',
			'* On a phone the three filter groups (section, audience, industry) stacked',
			anyLines,
			'}',
			'}',
			'</style>',
		],
	},
];

interface Line {
	text: string;
	/** Where it is in its file, for messages. */
	number: number;
}

/** Lines trimmed, blank ones dropped: indentation and spacing are the formatter's business. */
function normalize(source: string): Line[] {
	return source
		.split(/\r?\n/)
		.map((text, i) => ({ text: text.trim(), number: i + 1 }))
		.filter((line) => line.text !== '');
}

/** The copy's header comment (right after the opening ---), and the lines after it. */
function splitHeader(lines: Line[]): { header: string; rest: Line[] } {
	if (lines[0]?.text !== '---' || !lines[1]?.text.startsWith('/**'))
		throw new Error(`${copyFile} must start with its header comment right after the opening "---".`);
	const end = lines.findIndex((line) => line.text.endsWith('*/'));
	return {
		header: lines
			.slice(1, end + 1)
			.map((l) => l.text)
			.join('\n'),
		rest: [lines[0], ...lines.slice(end + 1)],
	};
}

/** Where `pattern` (with `anyLines` at most once) sits in `lines`: every match of its part before `anyLines`. */
function findBlocks(lines: Line[], pattern: string[]): { start: number; end: number }[] {
	const gap = pattern.indexOf(anyLines);
	const [head, tail] = gap === -1 ? [pattern, []] : [pattern.slice(0, gap), pattern.slice(gap + 1)];
	const matchesAt = (at: number, part: string[]) => part.every((text, k) => lines[at + k]?.text === text);
	const blocks: { start: number; end: number }[] = [];
	for (let start = 0; start < lines.length; start++) {
		if (!matchesAt(start, head)) continue;
		if (gap === -1) {
			blocks.push({ start, end: start + head.length });
			continue;
		}
		for (let t = start + head.length; t < lines.length; t++) {
			if (matchesAt(t, tail)) {
				blocks.push({ start, end: t + tail.length });
				break;
			}
		}
	}
	return blocks;
}

const quote = (lines: string[]) => lines.map((text) => `    ${text}`).join('\n');
const redo = `copy ${starlightFile} over ${copyFile} again and redo the changes its header lists, then update documentedChanges in ${thisTest}`;

/** Both files with each documented change replaced by the same marker; throws naming the change that is not where it should be. */
function maskDocumentedChanges(starlight: Line[], copy: Line[]) {
	documentedChanges.forEach(({ change, starlight: theirs, copy: ours }, i) => {
		const marker = { text: `<documented change ${change}, entry ${i + 1}>`, number: 0 };
		const inStarlight = findBlocks(starlight, theirs);
		if (inStarlight.length !== 1) {
			throw new Error(
				inStarlight.length === 0
					? `Starlight's Search.astro (@astrojs/starlight ${starlightVersion}) no longer has the lines change ${change} replaces:\n${quote(theirs)}\nStarlight changed its search component: ${redo}.`
					: `The lines change ${change} replaces occur ${inStarlight.length} times in Starlight's Search.astro; give entry ${i + 1} of documentedChanges in ${thisTest} a line of context so it names one place.`,
			);
		}
		const inCopy = findBlocks(copy, ours);
		if (inCopy.length !== 1) {
			throw new Error(
				inCopy.length === 0
					? `${copyFile} no longer has change ${change} as documented:\n${quote(ours)}\nIf the change was reworded or dropped, update the header of ${copyFile} and entry ${i + 1} of documentedChanges in ${thisTest} to match.`
					: `Change ${change} (entry ${i + 1} of documentedChanges in ${thisTest}) matches ${inCopy.length} places in ${copyFile}; give it a line of context so it names one.`,
			);
		}
		starlight.splice(inStarlight[0].start, inStarlight[0].end - inStarlight[0].start, marker);
		copy.splice(inCopy[0].start, inCopy[0].end - inCopy[0].start, marker);
	});
}

/** The first stretch where the two differ, with line numbers, or undefined when they are the same. */
function describeFirstDifference(starlight: Line[], copy: Line[]): string | undefined {
	let from = 0;
	while (from < starlight.length && from < copy.length && starlight[from].text === copy[from].text) from++;
	if (from === starlight.length && from === copy.length) return undefined;
	let fromEnd = 0;
	while (
		fromEnd < starlight.length - from &&
		fromEnd < copy.length - from &&
		starlight[starlight.length - 1 - fromEnd].text === copy[copy.length - 1 - fromEnd].text
	) {
		fromEnd++;
	}
	const show = (lines: Line[]) => {
		const stretch = lines.slice(from, lines.length - fromEnd);
		const shown = stretch.slice(0, 8).map((line) => `    ${line.number}: ${line.text}`);
		if (stretch.length > 8) shown.push(`    … and ${stretch.length - 8} more`);
		return shown.length > 0 ? shown.join('\n') : '    (nothing)';
	};
	return `Starlight (${starlightFile}) has\n${show(starlight)}\nwhere the copy (${copyFile}) has\n${show(copy)}`;
}

const header = splitHeader(normalize(readFileSync(copyFile, 'utf8'))).header;
const headerVersion = /@astrojs\/starlight (\d+\.\d+\.\d+)/.exec(header)?.[1];

describe("the copy of Starlight's Search component", () => {
	it('names the Starlight version it was copied from', () => {
		expect(headerVersion, `the header of ${copyFile} should say "copied from @astrojs/starlight <version>"`).toBeDefined();
	});

	it('lists in its header the changes documented here, numbered 1, 2, 3…, and no others', () => {
		const listed = [...header.matchAll(/^\* (\d+)\. /gm)].map((m) => Number(m[1]));
		expect(listed, `the numbered list of changes in the header of ${copyFile}`).toEqual(listed.map((_, i) => i + 1));
		const documented = [...new Set(documentedChanges.map((c) => c.change).filter((c) => c !== 'copy'))].sort((a, b) => a - b);
		expect(documented, `the changes documentedChanges in ${thisTest} knows, against the numbered list in the header of ${copyFile}`).toEqual(listed);
	});

	it('differs from the installed Starlight Search only by those changes', () => {
		const starlight = normalize(readFileSync(starlightFile, 'utf8'));
		const copy = splitHeader(normalize(readFileSync(copyFile, 'utf8'))).rest;
		maskDocumentedChanges(starlight, copy);
		const difference = describeFirstDifference(starlight, copy);
		const upgraded = headerVersion !== starlightVersion ? ` Starlight is now ${starlightVersion}; the copy was made from ${headerVersion}.` : '';
		expect(
			difference,
			`${copyFile} and Starlight's Search.astro differ in a way no documented change covers.${upgraded}\n` +
				`If the copy changed: undo that, or add it to the header's list and to documentedChanges in ${thisTest}.\n` +
				`If Starlight changed: ${redo}.\n${difference}\n`,
		).toBeUndefined();
	});
});
