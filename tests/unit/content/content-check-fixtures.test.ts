/**
 * `npm run check:content` on one broken fixture per author mistake, read as if
 * the fixtures were pages in src/content/docs/broken/ beside the real pages.
 * Every mistake is named with its file, its field or line, and the fix, and
 * all of them come back from a single run.
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runFullContentCheck } from '../../../scripts/check-content.ts';
import { formatLocation, formatProblems, type Problem } from '#src/schemas/check.ts';

const FIXTURES = 'tests/fixtures/broken-content';
const TWIN = 'tests/fixtures/broken-content-twin';
let problems: Problem[] = [];

beforeAll(async () => {
	({ problems } = await runFullContentCheck(process.cwd(), {
		overlays: [
			{ from: FIXTURES, to: 'broken' },
			// Escalation.mdx beside escalation.mdx cannot share a folder on macOS or Windows, so it lives in its own.
			{ from: TWIN, to: 'broken' },
		],
	}));
}, 180_000);

/** "line 13:1: message" or "field: message" for each problem in a file. */
const reportFor = (file: string) => problems.filter((p) => p.file === file).map((p) => `${formatLocation(p)}: ${p.message}`);

describe('npm run check:content on broken pages', () => {
	it.each([
		['misspelt-status.mdx', 'statuss: unknown field "statuss": did you mean "status"?'],
		['misspelt-industries.mdx', 'industry: unknown field "industry": did you mean "industries"?'],
		['misspelt-industries.mdx', 'sidebar.ordr: unknown field "ordr": did you mean "order"?'],
		['duplicate-section.mdx', 'section: section 2 is also used by src/content/docs/plan/segmentation-and-tiers.mdx'],
		['same-address.md', `(file): this file and ${FIXTURES}/same-address.mdx are both published at /broken/same-address/`],
		['same-address.mdx', `(file): this file and ${FIXTURES}/same-address.md are both published at /broken/same-address/`],
		['escalation.mdx', `(file): this file and ${TWIN}/Escalation.mdx are both published at /broken/escalation/`],
		['broken-syntax.mdx', 'line 13:1: the page text is not valid MDX: Expected a closing tag for `<div>`'],
		[
			'unknown-component.mdx',
			"line 15:1: unknown component <Callout>: import it at the top of the page (for example: import Callout from '#src/components/content/Callout.astro';)",
		],
		['unknown-component.mdx', 'line 17:1: unknown component <Valeu>: did you mean <Value>?'],
		[
			'missing-import.mdx',
			'line 11:1: import "#src/components/content/Valu.astro": there is no such file; did you mean "#src/components/content/Value.astro"? Correct the path (#src/ is the project\'s src/ folder)',
		],
		['missing-image.mdx', `line 13:1: image "./escalation-chart.png" not found: there is no file ${FIXTURES}/escalation-chart.png`],
		['missing-image.mdx', 'line 17:1: image "/images/logo.png" not found: there is no file public/images/logo.png'],
		['dangling-link.mdx', 'line 11:9: link to "/plan/escalaton/": there is no page at /plan/escalaton/; did you mean "/plan/escalation/"?'],
		['dangling-link.mdx', 'line 13:9: link to "/plan/escalation": playbook addresses end with "/": write "/plan/escalation/"'],
		['dangling-link.mdx', 'line 17:5: link to "/industries/mining/": there is no page at /industries/mining/.'],
		[
			'dangling-anchor.mdx',
			'line 13:9: link to "/standards/templates/#template-promis": /standards/templates/ has no heading or anchor "template-promis"; did you mean "template-promise"?',
		],
		['dangling-anchor.mdx', 'line 15:9: link to "#level": this page has no heading or anchor "level"; did you mean "levels"?'],
	])('%s: %s', (name, expected) => {
		const file = `${FIXTURES}/${name}`;
		expect(
			reportFor(file).some((line) => line.startsWith(expected)),
			`${file} reported:\n${reportFor(file).join('\n')}`,
		).toBe(true);
	});

	it('names both files when two plan pages claim one section number', () => {
		expect(reportFor('src/content/docs/plan/segmentation-and-tiers.mdx')).toEqual([
			expect.stringContaining(`section 2 is also used by ${FIXTURES}/duplicate-section.mdx`),
		]);
	});

	it('names both files when two differ only in letter case', () => {
		expect(reportFor(`${TWIN}/Escalation.mdx`)).toEqual([
			expect.stringContaining(`this file and ${FIXTURES}/escalation.mdx are both published at /broken/escalation/`),
		]);
	});

	it('accepts links to generated pages and to anchors that components build from data', () => {
		const report = problems.map((p) => p.message).join('\n');
		expect(report).not.toContain('/tools/churn/saas/');
		expect(report).not.toContain('#plan-escalation');
		expect(report).not.toContain('/reference/glossary/#nps');
	});

	it('reports every fixture, and nothing in the real pages but the section they clash with, in one run', () => {
		const fixtureFiles = [...readdirSync(FIXTURES).map((n) => `${FIXTURES}/${n}`), ...readdirSync(TWIN).map((n) => `${TWIN}/${n}`)];
		const reported = new Set(problems.map((p) => p.file));
		expect(fixtureFiles.filter((f) => !reported.has(f))).toEqual([]);
		expect([...reported].filter((f) => !f.startsWith('tests/fixtures/'))).toEqual(['src/content/docs/plan/segmentation-and-tiers.mdx']);
		expect(formatProblems(problems)).toMatch(new RegExp(`^Content check failed: ${problems.length} problems in ${fixtureFiles.length + 1} files\\.`));
	});
});
