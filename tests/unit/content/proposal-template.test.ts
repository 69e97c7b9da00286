/**
 * The template behind "Start a proposal" stays a proposal the content check
 * accepts once its capitalised placeholders are filled in, and as it stands it
 * fails with messages that point at each placeholder (so a leader who commits
 * it unfilled is told what to fill in).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '#src/integrations/content-check.ts';
import { PROPOSAL_TEMPLATE } from '#src/lib/repository-links.ts';
import { checkContent, readContentForTests } from '../../fixtures/real-content.ts';

const template = readFileSync(PROPOSAL_TEMPLATE, 'utf8');
const filled = template
	.replaceAll('YOUR-OWNER-ID', 'daniel-okafor')
	.replace(/reviewed: YYYY-MM-DD/, 'reviewed: 2026-12-01')
	.replace(/reviewBy: YYYY-MM-DD/, 'reviewBy: 2027-01-15')
	.replace(/proposed: YYYY-MM-DD/, 'proposed: 2026-12-01')
	.replace('[PAGE-ID]', '[standards/response-times]');
const FILE = 'src/content/docs/proposals/your-proposal-name.mdx';

function problemsFor(source: string) {
	const raw = readContentForTests();
	raw.pages.push({ file: FILE, ...readFrontmatter(source) });
	return checkContent(raw).problems.filter((p) => p.file === FILE);
}

describe('the proposal template', () => {
	it('is a valid proposal once its placeholders are filled in', () => {
		expect(problemsFor(filled)).toEqual([]);
	});

	it('unfilled, fails on each placeholder with a message naming the field', () => {
		const fields = problemsFor(template).map((p) => p.field);
		expect(fields).toEqual(expect.arrayContaining(['owner', 'reviewed', 'reviewBy', 'proposal.proposed', 'proposal.affectedPages[0]']));
	});
});
