import { describe, expect, it } from 'vitest';
import { changeNoteSchema, SUMMARY_MAX } from '#src/schemas/change.ts';
import { checkContent, readContentForTests } from '../../fixtures/real-content.ts';

const valid = {
	date: '2026-12-01',
	kind: 'changed',
	summary: 'Urgent chats are answered within 15 minutes',
	whatToDo: 'Answer urgent chats within 15 minutes.',
	pages: ['standards/response-times'],
};
const messages = (input: unknown) => {
	const result = changeNoteSchema.safeParse(input);
	return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('change note schema', () => {
	it('accepts a note written for staff', () => {
		expect(messages(valid)).toEqual([]);
		expect(changeNoteSchema.parse(valid).date).toEqual(new Date(Date.UTC(2026, 11, 1)));
	});

	it('defaults kind to changed', () => {
		const { kind: _, ...rest } = valid;
		expect(changeNoteSchema.parse(rest).kind).toBe('changed');
	});

	it.each([
		[
			'no whatToDo on a real change',
			{ ...valid, whatToDo: undefined },
			'whatToDo: whatToDo is required: say what people do differently from now on (or set kind: typo for a spelling or formatting fix)',
		],
		['a two-line summary', { ...valid, summary: 'One\nTwo' }, 'summary: summary must be one line: put the detail in whatToDo'],
		[
			'a long summary',
			{ ...valid, summary: 'x'.repeat(SUMMARY_MAX + 1) },
			`summary: summary must be at most ${SUMMARY_MAX} characters: put the detail in whatToDo`,
		],
		['no pages', { ...valid, pages: [] }, 'pages: pages must list at least one page this change affects'],
		[
			'a page written as an address',
			{ ...valid, pages: ['/standards/response-times/'] },
			'pages.0: pages must be page ids such as "standards/response-times": the page\'s address without the slashes at either end (the home page is "index")',
		],
		['an unknown kind', { ...valid, kind: 'fix' }, 'kind: kind "fix" is not allowed: use one of "new", "changed", "clarified", "retired", "typo"'],
		['a misspelled field', { ...valid, page: ['x'] }, ': unknown field "page": a change note has date, summary, kind, whatToDo, pages and proposal'],
		[
			'a date in words',
			{ ...valid, date: '1 December 2026' },
			'date: date "1 December 2026" is not in YYYY-MM-DD form: write date as YYYY-MM-DD, for example date: 2026-03-01',
		],
	])('rejects %s with a message that says how to fix it', (_, input, message) => {
		expect(messages(input)).toContain(message);
	});

	it('lets a typo note leave out whatToDo', () => {
		expect(messages({ date: '2026-12-01', kind: 'typo', summary: 'Spelling', pages: ['index'] })).toEqual([]);
	});
});

describe('change notes in the content check', () => {
	it('passes the notes shipped with the playbook', () => {
		const { problems, content } = checkContent(readContentForTests());
		expect(problems).toEqual([]);
		expect(content.changes?.length).toBeGreaterThan(10);
	});

	it('names the note file, the field and known pages when a page does not exist', () => {
		const raw = readContentForTests();
		raw.changes = [{ file: 'src/content/changes/2026-12-01-x.yaml', data: { ...valid, pages: ['standards/response-time'] } }];
		const problems = checkContent(raw).problems.filter((p) => p.file.startsWith('src/content/changes/'));
		expect(problems).toHaveLength(1);
		expect(problems[0].field).toBe('pages[0]');
		expect(problems[0].message).toMatch(/^unknown page "standards\/response-time": use the page's address .* for example .*"standards\/response-times"/);
	});

	it('accepts pages generated from industry files', () => {
		const raw = readContentForTests();
		raw.changes = [{ file: 'src/content/changes/a.yaml', data: { ...valid, pages: ['industries/retail', 'tools/nps/retail', 'index'] } }];
		expect(checkContent(raw).problems).toEqual([]);
	});

	it('rejects a proposal that is not a proposal page', () => {
		const raw = readContentForTests();
		raw.changes = [{ file: 'src/content/changes/a.yaml', data: { ...valid, proposal: 'standards/feedback' } }];
		expect(checkContent(raw).problems).toEqual([
			expect.objectContaining({
				file: 'src/content/changes/a.yaml',
				field: 'proposal',
				message: expect.stringMatching(/^"standards\/feedback" is not a proposal page/),
			}),
		]);
	});

	it('reports unreadable YAML in a note', () => {
		const raw = readContentForTests();
		raw.changes = [{ file: 'src/content/changes/a.yaml', data: undefined, parseError: 'bad indentation' }];
		expect(checkContent(raw).problems).toEqual([{ file: 'src/content/changes/a.yaml', field: '', message: 'the YAML could not be read: bad indentation' }]);
	});
});
