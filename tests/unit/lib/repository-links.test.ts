import { describe, expect, it } from 'vitest';
import { formatFileHistoryUrl, formatSuggestUrl } from '../../../src/lib/repository-links.ts';

describe('formatSuggestUrl', () => {
	const url = new URL(
		formatSuggestUrl({
			repositoryUrl: 'https://github.com/tidewater-analytics/playbook/',
			title: 'Response times',
			path: '/standards/response-times/',
			section: 'Service standards',
			file: 'src/content/docs/standards/response-times.mdx',
		}),
	);

	it("opens a new issue on the organization's repository", () => {
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/tidewater-analytics/playbook/issues/new');
	});

	it('names the page and its section in the title', () => {
		expect(url.searchParams.get('title')).toBe('Suggestion for "Response times" (Service standards)');
	});

	it('names the page, section and file in the body, then asks what and why', () => {
		const body = url.searchParams.get('body') ?? '';
		expect(body.split('\n').slice(0, 3)).toEqual([
			'**Page:** Response times (/standards/response-times/)',
			'**Section:** Service standards',
			'**File:** src/content/docs/standards/response-times.mdx',
		]);
		expect(body).toContain('**What should change?**');
		expect(body).toContain('**Why?');
	});

	it('survives titles with characters that mean something in a URL', () => {
		const tricky = new URL(formatSuggestUrl({ repositoryUrl: 'https://github.com/a/b', title: 'Q&A: 100% #1?', path: '/x/', section: 'S', file: 'f.mdx' }));
		expect(tricky.searchParams.get('title')).toBe('Suggestion for "Q&A: 100% #1?" (S)');
	});
});

describe('formatFileHistoryUrl', () => {
	it("lists a file's commits on its branch", () => {
		expect(formatFileHistoryUrl('https://github.com/tidewater-analytics/playbook', 'main', 'src/content/docs/plan/index.mdx')).toBe(
			'https://github.com/tidewater-analytics/playbook/commits/main/src/content/docs/plan/index.mdx',
		);
	});
});
