import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changeNoteSchema } from '#src/schemas/change.ts';
import { checkChangeNotes, findPageOfFile, formatChangeNoteReport, isReviewOnly, pageIdForDocsFile, type ChangedFile } from '#src/lib/change-note-check.ts';

const dataPages = [
	{ data: 'service-levels.yaml', page: 'standards/response-times' },
	{ data: 'industries/', page: 'industries/{name}' },
];
const modified = (path: string, before = 'a', after = 'b'): ChangedFile => ({ path, status: 'modified', before, after });

describe('pageIdForDocsFile', () => {
	it.each([
		['src/content/docs/standards/response-times.mdx', 'standards/response-times'],
		['src/content/docs/plan/index.mdx', 'plan'],
		['src/content/docs/index.mdx', 'index'],
	])('%s is page %s', (file, id) => expect(pageIdForDocsFile(file)).toBe(id));
});

describe('isReviewOnly', () => {
	it('treats a change of review dates alone as a review, not a change of meaning', () => {
		expect(isReviewOnly('---\nreviewed: 2026-01-01\nreviewBy: 2026-07-01\n---\nText', '---\nreviewed: 2026-06-01\nreviewBy: 2026-12-01\n---\nText')).toBe(true);
		expect(isReviewOnly('---\nreviewed: 2026-01-01\n---\nText', '---\nreviewed: 2026-06-01\n---\nOther text')).toBe(false);
	});
});

describe('checkChangeNotes', () => {
	it('asks for a note when a page or the data it renders changes', () => {
		const finding = checkChangeNotes(
			[modified('src/content/docs/standards/response-times.mdx'), modified('src/content/data/industries/retail.yaml')],
			[],
			dataPages,
		);
		expect(finding.ok).toBe(false);
		expect(finding.meaningful).toEqual([
			{ path: 'src/content/docs/standards/response-times.mdx', page: 'standards/response-times' },
			{ path: 'src/content/data/industries/retail.yaml', page: 'industries/retail' },
		]);
	});

	it('asks for a note when a page is removed, without naming a page to list', () => {
		const finding = checkChangeNotes([{ path: 'src/content/docs/reference/old.mdx', status: 'deleted' }], [], dataPages);
		expect(finding).toMatchObject({ ok: false, meaningful: [{ path: 'src/content/docs/reference/old.mdx' }] });
		expect(
			checkChangeNotes([{ path: 'src/content/docs/reference/old.mdx', status: 'deleted' }], [{ file: 'n.yaml', pages: ['reference'] }], dataPages).ok,
		).toBe(true);
	});

	it.each([
		['code', modified('src/lib/metrics/nps.ts')],
		['a proposal record', modified('src/content/docs/proposals/faster-chats.mdx')],
		['a draft', modified('src/content/docs/proposals/_template.mdx')],
		['a review-date update', modified('src/content/docs/plan/index.mdx', 'reviewed: 2026-01-01\nText', 'reviewed: 2026-06-01\nText')],
		['a change note alone', { path: 'src/content/changes/x.yaml', status: 'added' } as ChangedFile],
		['the data-to-page map, which no page shows', modified('src/content/data/data-pages.yaml')],
	])('needs no note for %s', (_, file) => {
		expect(checkChangeNotes([file], [], dataPages)).toMatchObject({ ok: true, meaningful: [] });
	});

	it('names the changed pages a note forgot to list', () => {
		const finding = checkChangeNotes(
			[
				modified('src/content/docs/standards/response-times.mdx'),
				modified('src/content/data/service-levels.yaml'),
				modified('src/content/docs/plan/escalation.mdx'),
			],
			[{ file: 'src/content/changes/x.yaml', pages: ['standards/response-times'] }],
			dataPages,
		);
		expect(finding.ok).toBe(false);
		expect(finding.unlisted).toEqual([{ path: 'src/content/docs/plan/escalation.mdx', page: 'plan/escalation' }]);
		expect(formatChangeNoteReport(finding, '2026-12-01')).toContain('Add "plan/escalation" to pages: in src/content/changes/x.yaml');
	});

	it('prints a ready-to-copy note with today and the changed pages when there is none', () => {
		const report = formatChangeNoteReport(checkChangeNotes([modified('src/content/data/service-levels.yaml')], [], dataPages), '2026-12-01');
		expect(report).toContain('Change note missing');
		expect(report).toContain('src/content/changes/2026-12-01-short-name.yaml');
		expect(report).toContain('  date: 2026-12-01');
		expect(report).toContain('  pages: [standards/response-times]');
		expect(report).toContain('CONTRIBUTING.md, "Write a change note"');
	});
});

describe('CONTRIBUTING.md on change notes', () => {
	const guide = readFileSync('CONTRIBUTING.md', 'utf8');
	const section = guide.slice(guide.indexOf('## Write a change note'), guide.indexOf('## Open the pull request'));

	it('shows an example note that the content check accepts', () => {
		const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
		const yaml = example.replace(/^ {3}/gm, '');
		expect(changeNoteSchema.safeParse(parse(yaml)).success).toBe(true);
	});

	it('quotes the check’s failure headings as the check prints them', () => {
		const missing = formatChangeNoteReport(checkChangeNotes([modified('src/content/docs/plan/index.mdx')], [], dataPages), '2026-12-01');
		const incomplete = formatChangeNoteReport(
			checkChangeNotes([modified('src/content/docs/plan/index.mdx')], [{ file: 'n.yaml', pages: ['x'] }], dataPages),
			'2026-12-01',
		);
		expect(missing.startsWith('Change note missing')).toBe(true);
		expect(incomplete.startsWith('Change note incomplete')).toBe(true);
		expect(section).toContain('**Change note missing**');
		expect(section).toContain('**Change note incomplete**');
		expect(missing).toContain('"Write a change note"');
	});
});

describe('findPageOfFile', () => {
	it.each([
		['src/content/docs/standards/index.mdx', 'standards'],
		['src/content/data/service-levels.yaml', 'standards/response-times'],
		['src/content/changes/x.yaml', undefined],
		['src/components/Footer.astro', undefined],
	])('%s is shown on %s', (file, page) => expect(findPageOfFile(file, dataPages)).toBe(page));
});
