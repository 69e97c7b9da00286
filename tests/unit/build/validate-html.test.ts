import { describe, expect, it } from 'vitest';
import { findContentAfterHtml, validatePage } from '../../../scripts/validate-html.ts';

const page = (body: string, after = '') =>
	`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>Page</title></head><body><main>${body}</main></body></html>${after}`;

describe('the HTML check', () => {
	it('passes a clean page, including markup Starlight and React write (void-style, "_top" ids, checked="")', async () => {
		expect(await validatePage(page('<a id="_top"></a><h1>T</h1><input type="checkbox" checked="" aria-label="x"/><meta itemprop="x" content="y"/>'))).toEqual(
			[],
		);
	});

	it('finds an id used twice, as when two sections of the print edition share a heading', async () => {
		const problems = await validatePage(page('<h2 id="checklist">A</h2><h2 id="checklist">B</h2>'));
		expect(problems.map((p) => p.rule)).toEqual(['no-dup-id']);
	});

	it('finds a script left after </html>, with where to move it', async () => {
		const problems = await validatePage(page('<p>x</p>', '<script type="module">run()</script>'));
		expect(problems).toEqual([expect.objectContaining({ rule: 'nothing-after-html', message: expect.stringMatching(/move it inside the page/) })]);
	});

	it('ignores whitespace after </html>', () => {
		expect(findContentAfterHtml(page('', '\n  \n'))).toBeUndefined();
	});

	it('still holds our own markup to the rules Starlight does not need switched off', async () => {
		const problems = await validatePage(page('<div aria-label="Results">1</div>'));
		expect(problems.map((p) => p.rule)).toEqual(['aria-label-misuse']);
	});
});
