import { describe, expect, it } from 'vitest';
import { formatFileHistoryUrl, formatFileUrl, formatNewProposalUrl, formatSuggestUrl, NEW_PROPOSAL_FILE } from '#src/lib/repository-links.ts';

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

describe('formatNewProposalUrl', () => {
	const template = '---\ntitle: "PROPOSAL TITLE: a & b"\n---\n\n## The problem\n';
	const url = new URL(formatNewProposalUrl('https://github.com/tidewater-analytics/playbook/', 'main', template));

	it("opens GitHub's new-file editor on the repository's branch", () => {
		expect(`${url.origin}${url.pathname}`).toBe('https://github.com/tidewater-analytics/playbook/new/main');
	});

	it('names the new file in the proposals folder and fills it with the template, byte for byte', () => {
		expect(url.searchParams.get('filename')).toBe(NEW_PROPOSAL_FILE);
		expect(NEW_PROPOSAL_FILE.startsWith('src/content/docs/proposals/')).toBe(true);
		expect(url.searchParams.get('value')).toBe(template);
	});
});

describe('formatFileUrl', () => {
	it('links a file on the branch', () => {
		expect(formatFileUrl('https://github.com/o/r', 'main', 'CONTRIBUTING.md')).toBe('https://github.com/o/r/blob/main/CONTRIBUTING.md');
	});
});
