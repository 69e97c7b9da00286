/**
 * The spell check `npm test` runs (`npm run spell`, cspell.json): US English
 * with the project's word list. It must catch UK spellings and typos, and
 * accept the names and terms the word list adds. One cspell run checks a
 * sample page; each test reads its verdict.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const sample = [
	'We apologise for the colour of the organised behaviour.',
	'Recieve the custmer call.',
	'Daniel Okafor apologizes; the touchpoints are organized and WCAG checked.',
].join('\n');

let unknown: string[] = [];

beforeAll(() => {
	const run = spawnSync(
		process.execPath,
		[join(process.cwd(), 'node_modules/cspell/bin.mjs'), '--no-progress', '--no-summary', '--words-only', '-c', 'cspell.json', 'stdin://page.mdx'],
		{
			input: sample,
			encoding: 'utf8',
		},
	);
	unknown = run.stdout.split('\n').filter(Boolean);
}, 180_000);

describe('the spell check', () => {
	it('flags UK spellings', () => {
		expect(unknown).toEqual(expect.arrayContaining(['apologise', 'colour', 'organised', 'behaviour']));
	});
	it('flags typos', () => {
		expect(unknown).toEqual(expect.arrayContaining(['Recieve', 'custmer']));
	});
	it('accepts US spellings and the project word list', () => {
		expect(unknown.filter((w) => /okafor|apologizes|touchpoints|organized|wcag/i.test(w))).toEqual([]);
		expect(unknown).toHaveLength(6);
	});
});
