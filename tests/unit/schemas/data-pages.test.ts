import { describe, expect, it } from 'vitest';
import { dataPagesSchema, findDataPage } from '#src/schemas/data-pages.ts';
import { checkContent, readContentForTests } from '../../fixtures/real-content.ts';

const mapping = dataPagesSchema.parse([
	{ data: 'service-levels.yaml', page: 'standards/response-times' },
	{ data: 'training/', page: 'training' },
	{ data: 'training/modules/', page: 'training/modules/{name}' },
	{ data: 'industries/', page: 'industries/{name}' },
]);

describe('findDataPage', () => {
	it.each([
		['service-levels.yaml', 'standards/response-times'],
		['training/modules/segments-and-tiers.yaml', 'training/modules/segments-and-tiers'],
		['training/paths.yaml', 'training'],
		['industries/retail.yaml', 'industries/retail'],
		['kpis.yaml', undefined],
		['training/modules/deeper/x.yaml', undefined],
	])('maps %s to %s', (file, page) => {
		expect(findDataPage(mapping, file)).toBe(page);
	});
});

describe('data-pages.yaml', () => {
	it('gives every data file a page that exists', () => {
		expect(checkContent(readContentForTests()).problems).toEqual([]);
	});

	it('names a data file that has no page, and how to add it', () => {
		const raw = readContentForTests();
		const file = raw.data.get('data-pages.yaml')!;
		raw.data.set('data-pages.yaml', { ...file, data: (file.data as { data: string }[]).filter((m) => m.data !== 'glossary.yaml') });
		expect(checkContent(raw).problems).toEqual([
			{
				file: 'src/content/data/data-pages.yaml',
				field: '(file)',
				message:
					'src/content/data/glossary.yaml has no page: add "- data: glossary.yaml" with "page:" the id of the page that shows it (its owner will approve changes to it)',
			},
		]);
	});

	it('names a mapped page that does not exist', () => {
		const raw = readContentForTests();
		const file = raw.data.get('data-pages.yaml')!;
		raw.data.set('data-pages.yaml', {
			...file,
			data: (file.data as { data: string; page: string }[]).map((m) => (m.data === 'glossary.yaml' ? { ...m, page: 'reference/glosary' } : m)),
		});
		expect(checkContent(raw).problems).toEqual([
			expect.objectContaining({
				field: expect.stringMatching(/^\[\d+\]\.page$/),
				message: expect.stringMatching(/^src\/content\/data\/glossary.yaml is mapped to page "reference\/glosary", which does not exist/),
			}),
		]);
	});
});
