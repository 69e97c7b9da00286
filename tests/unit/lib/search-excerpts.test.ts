/** Search excerpts keep table cells apart (src/lib/search-excerpts.ts). */
import { describe, expect, it } from 'vitest';
import { separateGluedText } from '#src/lib/search-excerpts.ts';

describe('separateGluedText', () => {
	it('separates header cells and the caption above them', () => {
		expect(separateGluedText('<caption>Targets</caption><thead><tr><th>Channel</th><th>Priority</th></tr>')).toBe(
			'<caption>Targets</caption> <thead><tr><th>Channel</th> <th>Priority</th> </tr>',
		);
	});
	it('separates a glossary term from its definition', () => {
		expect(separateGluedText('<dt>NRR</dt><dd>Net revenue retention</dd><dt>')).toBe('<dt>NRR</dt> <dd>Net revenue retention</dd> <dt>');
	});
	it('leaves inline elements and text alone', () => {
		const html = '<p><strong>Urgent</strong><em>now</em></p><td>a</td><td>b</td>';
		expect(separateGluedText(html)).toBe(html);
	});
	it('leaves islands exactly as rendered, so React hydrates them without a mismatch', () => {
		const island =
			'<astro-island uid="1"><table><tr><th>Score</th><th>Share</th></tr></table><astro-island uid="2"><dt>a</dt></astro-island><th>x</th></astro-island>';
		expect(separateGluedText(`<th>A</th><th>B</th>${island}<dt>C</dt><dd>D</dd>`)).toBe(`<th>A</th> <th>B</th> ${island}<dt>C</dt> <dd>D</dd>`);
	});
});
