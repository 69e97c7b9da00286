/**
 * Every template a page or proposal refers to, by the Template component or by
 * a link to its anchor on the templates page, exists in templates.yaml.
 */
import type { Problem } from '#src/schemas/check.ts';
import { DATA, fileOf, readPlanData } from '#src/schemas/plan-data-files.ts';
import { describeUnknown } from '../check-messages.ts';
import type { PlanRule } from './rule.ts';

/** `<Template id="x"`, and links to `/standards/templates/#template-x`. */
const REFERENCE = /<Template\s+[^>]*?id=["']([a-z0-9-]+)["']|\/standards\/templates\/#template-([a-z0-9-]+)/g;

/**
 * Where the lines of the last text asked about start. The rules ask for many
 * offsets in one page's text in a row (prose-numbers for every number it
 * reads); counting newlines from the start each time was quadratic in the
 * page's length, the cost a profile of a 1,000-page build found in the content check.
 */
let indexed: { text: string; starts: number[] } | undefined;

/** 1-based line of a character offset, so the author can jump to it. */
export function findLine(text: string, offset: number): number {
	if (indexed?.text !== text) {
		const starts = [0];
		for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
		indexed = { text, starts };
	}
	// The number of lines starting at or before the offset.
	const { starts } = indexed;
	let low = 0;
	let high = starts.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (starts[middle] <= offset) low = middle + 1;
		else high = middle;
	}
	return Math.max(1, low);
}

export const templateReferencesRule: PlanRule = {
	id: 'template-references',
	summary: 'Every template a page or proposal refers to exists in the templates file.',
	why: 'A proposal that says "the template lives with the others" when it does not sends staff looking for something that was never written.',
	reads: ['src/content/docs/**/*.mdx (Template components and links to /standards/templates/)', `${DATA}/templates.yaml (id)`],
	check(content) {
		const { templates } = readPlanData(content);
		if (!templates) return [];
		const ids = new Set(templates.map((t) => t.id));
		const problems: Problem[] = [];
		for (const page of content.pages) {
			const body = page.body ?? '';
			for (const match of body.matchAll(REFERENCE)) {
				const id = match[1] ?? match[2];
				if (ids.has(id)) continue;
				problems.push({
					file: page.file,
					field: `body (line ${findLine(body, match.index ?? 0)})`,
					message: `refers to ${describeUnknown('template', id, ids, { addTo: fileOf('templates') })}`,
				});
			}
		}
		return problems;
	},
};
