/**
 * Cross-file rules for change notes (src/content/changes/) and the
 * data-to-page map (src/content/data/data-pages.yaml): every page a note or the
 * map names exists, a note's proposal is a proposal page, and every data file
 * has a page. Registered in check.ts; pure like the rest of the content check.
 */
import type { CheckedContent, Problem } from './check.ts';
import { calculatorIds } from '../lib/calculators/index.ts';
import { findDataPage, type DataPage } from './data-pages.ts';
import { quoteIds } from '../lib/check-messages.ts';

const DATA_PAGES_FILE = 'src/content/data/data-pages.yaml';

/**
 * Every page id a note may name: each docs page (the home page is `index`),
 * plus the pages generated from industry files (`industries/<id>`,
 * `tools/<calculator>/<id>`).
 */
export function listKnownPageIds(content: CheckedContent): Set<string> {
	const ids = new Set(content.pages.map((p) => p.id || 'index'));
	for (const industry of content.industries.keys()) {
		ids.add(`industries/${industry}`);
		for (const calculator of calculatorIds) ids.add(`tools/${calculator}/${industry}`);
	}
	return ids;
}

/** A few known ids close to the unknown one, so the message points at the likely fix. */
function suggestPages(id: string, known: Set<string>): string {
	const section = id.split('/')[0];
	const near = [...known]
		.filter((k) => k.split('/')[0] === section)
		.sort()
		.slice(0, 6);
	return near.length > 0 ? `, for example ${quoteIds(near)}` : '';
}

/** Each note names pages that exist and, if any, a proposal page. */
export function checkChangeNoteReferences(content: CheckedContent): Problem[] {
	const known = listKnownPageIds(content);
	const proposals = new Set(content.pages.filter((p) => p.frontmatter.kind === 'proposal').map((p) => p.id));
	const problems: Problem[] = [];
	for (const { file, note } of content.changes ?? []) {
		note.pages.forEach((id, i) => {
			if (!known.has(id)) {
				problems.push({
					file,
					field: `pages[${i}]`,
					message: `unknown page "${id}": use the page's address without the slashes at either end (/standards/response-times/ is "standards/response-times"; the home page is "index")${suggestPages(id, known)}`,
				});
			}
		});
		if (note.proposal !== undefined && !proposals.has(note.proposal)) {
			problems.push({
				file,
				field: 'proposal',
				message: `"${note.proposal}" is not a proposal page: use the id of a page in src/content/docs/proposals/, for example "${[...proposals].sort()[0] ?? 'proposals/new-targets'}"`,
			});
		}
	}
	return problems;
}

/** Every data file has a page in data-pages.yaml, and every page named there exists. */
export function checkDataPages(content: CheckedContent): Problem[] {
	const mapping = content.data.get('data-pages.yaml') as DataPage[] | undefined;
	if (!mapping) return [];
	const known = listKnownPageIds(content);
	const problems: Problem[] = [];
	for (const key of [...content.data.keys()].sort()) {
		const page = findDataPage(mapping, key);
		if (page === undefined) {
			problems.push({
				file: DATA_PAGES_FILE,
				field: '(file)',
				message: `src/content/data/${key} has no page: add "- data: ${key}" with "page:" the id of the page that shows it (its owner will approve changes to it)`,
			});
		} else if (!known.has(page)) {
			const index = mapping.findIndex((m) => findDataPage([m], key) !== undefined);
			problems.push({
				file: DATA_PAGES_FILE,
				field: `[${index}].page`,
				message: `src/content/data/${key} is mapped to page "${page}", which does not exist: use the id of the page that renders it${suggestPages(page, known)}`,
			});
		}
	}
	return problems;
}
