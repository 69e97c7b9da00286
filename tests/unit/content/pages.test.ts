/**
 * The written playbook pages (the plan sections, the plan guides and the
 * reference pages), read straight from their MDX: the plan is complete and
 * numbered, every section has the same shape and real substance, cited figures
 * carry their source, and every internal link goes somewhere that exists.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const DOCS = 'src/content/docs';

/** The plan section pages, in plan order (ids agreed in BRIEF.md). */
const planSections = [
	'plan/current-state',
	'plan/segmentation-and-tiers',
	'plan/feedback-and-listening',
	'plan/service-standards',
	'plan/touchpoints',
	'plan/escalation',
	'plan/retention-and-loyalty',
	'plan/training-and-accountability',
	'plan/kpis-and-reviews',
];

/** Every page this part of the playbook writes or expands. */
const writtenPages = [
	'plan',
	...planSections,
	'plan/filling-in-the-plan',
	'plan/common-mistakes',
	'reference',
	'reference/faq',
	'reference/comparisons',
	'reference/relationship-types',
	'reference/plan-parts',
	'reference/small-business',
	'reference/this-week',
];

/** The H2 headings every plan section has, in this order (the shape promised on /plan/). */
const sectionHeadings = ['Why it matters', 'What to decide and write down', 'Worked example', 'Checklist', 'Mistakes to avoid', 'Tools that help'];

/** Pages other parts of the project create (BRIEF.md, "Agreed interfaces"): links to them are valid before they are merged. */
const agreedPages = [
	'standards/response-times',
	'standards/escalation',
	'standards/touchpoints',
	'standards/feedback',
	'standards/channels',
	'standards/templates',
	'reference/glossary',
	'tools/nps',
	'tools/churn',
	'tools/clv',
	'tools/health-score',
	'industries/saas',
	'industries/professional-services',
	'industries/retail',
	'industries/financial-services',
];

/** Ids of a list data file's entries (glossary terms, templates). */
function readDataIds(file: string): string[] {
	return (parse(readFileSync(`src/content/data/${file}`, 'utf8')) as { id: string }[]).map((entry) => entry.id);
}

/**
 * Anchors on pages other parts create: each glossary term has its id as anchor
 * (BRIEF.md), and <Template id> renders a block with id "template-<id>".
 */
const agreedAnchors: Record<string, string[]> = {
	'reference/glossary': readDataIds('glossary.yaml'),
	'standards/templates': readDataIds('templates.yaml').map((id) => `template-${id}`),
};

/**
 * Figures from the content brief that may only appear with their source
 * nearby (within `window` characters either side), and unsourced figures that
 * must be framed as rules of thumb.
 */
const citedFigures: { figure: RegExp; source: RegExp; name: string }[] = [
	{ name: 'Bain retention-to-profit figure', figure: /\b95\s?%/g, source: /Bain/ },
	{ name: 'personalised service figure', figure: /\b79\s?%/g, source: /Business News Daily/ },
	{ name: 'spend more for a great experience figure', figure: /\b84\s?%/g, source: /Business News Daily/ },
	{ name: 'pay more for a guaranteed experience figure', figure: /\b55\s?%/g, source: /Kolsky|thinkJar/ },
	{ name: 'cannot reach a person figure', figure: /\b(over|more than) a third\b/gi, source: /Microsoft/ },
	{ name: 'happy workers productivity figure', figure: /\b13\s?%/g, source: /Saïd Business School/ },
	{ name: 'decision made before cancelling', figure: /\b60\s?[–-]\s?80\s?%/g, source: /rule of thumb/ },
	{ name: 'realistic 12-month improvement', figure: /\b15\s?[–-]\s?25\s?%/g, source: /rule of thumb/ },
	{ name: 'timely NPS response rate', figure: /three times the response/g, source: /rule of thumb/ },
];
const window = 300;

function pathFor(id: string): string | undefined {
	for (const candidate of [`${DOCS}/${id}.mdx`, `${DOCS}/${id}.md`, `${DOCS}/${id}/index.mdx`, `${DOCS}/${id}/index.md`]) {
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}

function listPageIds(dir = DOCS): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listPageIds(path);
		if (!/\.mdx?$/.test(name) || name.startsWith('_')) return [];
		return [
			relative(DOCS, path)
				.replace(/\.mdx?$/, '')
				.replace(/(^|\/)index$/, ''),
		];
	});
}

interface Page {
	id: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

function readPage(id: string): Page {
	const path = pathFor(id);
	if (!path) throw new Error(`${id}: no page file under ${DOCS}`);
	const source = readFileSync(path, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
	if (!match) throw new Error(`${path}: no frontmatter`);
	return { id, frontmatter: parse(match[1]) as Record<string, unknown>, body: match[2] };
}

/** The H2 headings of a page body, in order. */
export function listH2(body: string): string[] {
	return [...body.matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
}

/** Heading ids the way Starlight (github-slugger) makes them: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(heading: string): string {
	return heading
		.toLowerCase()
		.replace(/[^\p{L}\p{N}\s_-]/gu, '')
		.replace(/ /g, '-');
}

/** Words a reader reads: no imports, components, headings, tables' pipes, link targets or markup. */
export function countProseWords(body: string): number {
	const text = body
		.replace(/^import .*$/gm, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/^#{1,6} .*$/gm, '')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[*_`|#>[\]-]/g, ' ');
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Cited figures that appear without their source (or rule-of-thumb framing) nearby. */
export function findUnattributedFigures(text: string): string[] {
	const problems: string[] = [];
	for (const { figure, source, name } of citedFigures) {
		for (const match of text.matchAll(figure)) {
			const start = Math.max(0, (match.index ?? 0) - window);
			const around = text.slice(start, (match.index ?? 0) + match[0].length + window);
			if (!source.test(around)) problems.push(`"${match[0]}" (${name}) without ${source.source} nearby`);
		}
	}
	return problems;
}

/** Root-relative links in markdown `](…)` and `href="…"` form. */
export function listInternalLinks(body: string): string[] {
	const links = [...body.matchAll(/\]\((\/[^)\s]*)\)/g), ...body.matchAll(/href="(\/[^"]*)"/g)].map((m) => m[1]);
	return links;
}

const existingPages = new Set(listPageIds());

/** Why a link is broken, or undefined when it resolves. */
function checkLink(link: string): string | undefined {
	const [path, anchor] = link.split('#');
	if (!path.endsWith('/')) return 'internal links end with a slash';
	const id = path.slice(1, -1);
	const known = existingPages.has(id) || agreedPages.includes(id);
	if (!known) return `no page ${id} and not an agreed page id`;
	if (anchor === undefined) return undefined;
	if (agreedAnchors[id]) return agreedAnchors[id].includes(anchor) ? undefined : `#${anchor} is not an agreed anchor on /${id}/`;
	if (existingPages.has(id)) {
		const slugs = listH2AndH3(readPage(id).body).map(slugify);
		return slugs.includes(anchor) ? undefined : `#${anchor} matches no heading on /${id}/ (headings: ${slugs.join(', ')})`;
	}
	return `#${anchor} on /${id}/ cannot be checked before that page exists`;
}

function listH2AndH3(body: string): string[] {
	return [...body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1].trim());
}

describe('the nine plan sections', () => {
	it('numbers the sections 1 to 9, each exactly once', () => {
		const numbers = [...existingPages]
			.filter((id) => id.startsWith('plan/'))
			.map(readPage)
			.filter((page) => page.frontmatter.kind === 'plan-section')
			.map((page) => page.frontmatter.section)
			.sort((a, b) => Number(a) - Number(b));
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it.each(planSections.map((id, i) => [id, i + 1] as const))('%s is section %i and sits at that place in the sidebar', (id, number) => {
		const { frontmatter } = readPage(id);
		expect(frontmatter.kind).toBe('plan-section');
		expect(frontmatter.section).toBe(number);
		expect((frontmatter.sidebar as { order?: number } | undefined)?.order).toBe(number);
	});

	it.each(planSections)('%s has every required heading, once each, in order', (id) => {
		const headings = listH2(readPage(id).body);
		expect(headings.filter((h) => sectionHeadings.includes(h))).toEqual(sectionHeadings);
	});

	it.each(planSections)('%s has at least 800 words of prose', (id) => {
		expect(countProseWords(readPage(id).body)).toBeGreaterThanOrEqual(800);
	});

	it.each(planSections)('%s works through the Tidewater example', (id) => {
		const body = readPage(id).body;
		const example = body.slice(body.indexOf('## Worked example'), body.indexOf('## Checklist'));
		expect(example).toMatch(/Tidewater/);
	});

	it.each(planSections)('%s points to at least one calculator, template or standard under "Tools that help"', (id) => {
		const body = readPage(id).body;
		const tools = body.slice(body.indexOf('## Tools that help'));
		expect(listInternalLinks(tools).some((link) => /^\/(tools|standards)\//.test(link))).toBe(true);
	});
});

describe('the plan guides', () => {
	it('lists the eight steps of filling in the plan, each with a tip and a link to its section', () => {
		const body = readPage('plan/filling-in-the-plan').body;
		const steps = body.split(/^## \d\. /m).slice(1);
		expect(steps).toHaveLength(8);
		for (const step of steps) {
			expect(step).toMatch(/\*\*Tip:\*\*/);
			expect(listInternalLinks(step).some((link) => link.startsWith('/plan/'))).toBe(true);
		}
	});

	it('names six common mistakes, each with why it hurts and the fix', () => {
		const body = readPage('plan/common-mistakes').body;
		const mistakes = body.split(/^## \d\. /m).slice(1);
		expect(mistakes).toHaveLength(6);
		for (const mistake of mistakes) {
			expect(mistake).toMatch(/\*\*Why it hurts:\*\*/);
			expect(mistake).toMatch(/\*\*The fix:\*\*/);
		}
	});
});

describe('cited figures', () => {
	it('flags a figure that appears without its source', () => {
		expect(findUnattributedFigures('Happy workers are 13% more productive.')).toHaveLength(1);
		expect(findUnattributedFigures('A study from Oxford University’s Saïd Business School found happy workers 13% more productive.')).toEqual([]);
		expect(findUnattributedFigures('Most of the decision (60–80%) is made before they tell you.')).toHaveLength(1);
	});

	it.each(writtenPages)('%s shows every cited figure with its source', (id) => {
		expect(findUnattributedFigures(readPage(id).body)).toEqual([]);
	});
});

describe('internal links', () => {
	it('rejects a link to a page that does not exist, or to a missing anchor', () => {
		expect(checkLink('/plan/no-such-page/')).toMatch(/no page/);
		expect(checkLink('/reference/glossary/#not-a-term')).toMatch(/not an agreed anchor/);
		expect(checkLink('/plan/current-state/#no-such-heading')).toMatch(/matches no heading/);
		expect(checkLink('/plan/current-state')).toMatch(/slash/);
		expect(checkLink('/plan/current-state/#worked-example')).toBeUndefined();
	});

	it.each(writtenPages)('every internal link on %s resolves', (id) => {
		const broken = listInternalLinks(readPage(id).body)
			.map((link) => [link, checkLink(link)])
			.filter(([, problem]) => problem !== undefined);
		expect(broken).toEqual([]);
	});
});

describe('frontmatter', () => {
	it.each(writtenPages)('%s names an owner, an audience and a description', (id) => {
		const { frontmatter } = readPage(id);
		expect(frontmatter.owner).toEqual(expect.any(String));
		expect(frontmatter.audience).toEqual(expect.arrayContaining([expect.stringMatching(/^(staff|trainer|leader)$/)]));
		expect(String(frontmatter.description).length).toBeGreaterThan(20);
	});
});
