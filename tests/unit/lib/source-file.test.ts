import { describe, expect, it } from 'vitest';
import { findSourceFile } from '#src/lib/source-file.ts';

const repository = { url: 'https://github.com/tidewater-analytics/playbook', branch: 'main' };

describe('findSourceFile', () => {
	it("names an MDX page's own file", () => {
		expect(findSourceFile({ filePath: 'src/content/docs/plan/index.mdx', editUrl: undefined, repository })).toBe('src/content/docs/plan/index.mdx');
	});

	it('names the data file a generated page is edited in, not the file Starlight invents for it', () => {
		const editUrl = new URL('https://github.com/tidewater-analytics/playbook/edit/main/src/content/data/industries/saas.yaml');
		expect(findSourceFile({ filePath: 'src/content/docs/industries/saas.md', editUrl, repository })).toBe('src/content/data/industries/saas.yaml');
	});

	it('ignores an edit link that points elsewhere', () => {
		expect(findSourceFile({ filePath: './src/content/docs/a.mdx', editUrl: 'https://example.com/edit/main/x', repository })).toBe('src/content/docs/a.mdx');
	});
});

describe('findSourceFile for pages without a file', () => {
	it('names no file when the one Starlight invents does not exist (the print edition)', () => {
		expect(findSourceFile({ filePath: 'src/content/docs/print.md', editUrl: false, repository, exists: () => false })).toBeUndefined();
	});
});
