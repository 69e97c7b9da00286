/**
 * The trainer's cohort view in a real browser: five exported progress files
 * (one damaged) dropped in at once give the right table, per-question results
 * and CSV; the bad file is named with its reason; the trainer's own progress
 * is untouched and nothing leaves the browser.
 */
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import Papa from 'papaparse';
import { parse } from 'yaml';
import { describe, expect } from 'vitest';
import { runAxeBothThemes } from './support/axe.ts';
import { it } from './support/fixtures.ts';
import {
	createEmptyProgress,
	formatLocalDay,
	formatStoredProgress,
	markModuleComplete,
	recordCheckResult,
	recordScenarioEnding,
	serializeProgress,
	type Progress,
} from '#src/lib/progress.ts';
import { PROGRESS_KEY } from '#src/components/training/progress-store.ts';
import { moduleSchema, pathsSchema } from '#src/schemas/training.ts';

const paths = pathsSchema.parse(parse(readFileSync('src/content/data/training/paths.yaml', 'utf8')));
const frontline = paths.find((p) => p.id === 'frontline-first-week')!;
const basics = moduleSchema.parse(parse(readFileSync('src/content/data/training/modules/how-we-look-after-customers.yaml', 'utf8')));
const title = (id: string) => moduleSchema.parse(parse(readFileSync(`src/content/data/training/modules/${id}.yaml`, 'utf8'))).title;

/** Right answers to every question of the first module, except the ones named, which get `wrongPick`. */
function answersFor(wrong: Record<string, string> = {}): Record<string, string[]> {
	return Object.fromEntries(basics.check.questions.map((q) => [q.id, wrong[q.id] ? [wrong[q.id]] : q.options.filter((o) => o.correct).map((o) => o.id)]));
}

function pass(progress: Progress, moduleId: string, day: string, answers?: Record<string, string[]>): Progress {
	return markModuleComplete(recordCheckResult(progress, moduleId, { percent: 100, passed: true, answers, day }), moduleId, day);
}

async function readDownload(download: Download): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const day = (offset: number) => formatLocalDay(new Date(Date.now() + offset * 86_400_000));
// The cohort started two days ago: today is day 3, so day-1 and day-2 modules are due.
const start = day(-2);
const [m1, m2, m3] = frontline.modules;

const jordan = recordScenarioEnding(
	pass(pass(pass(createEmptyProgress(), m1, day(-2), answersFor()), m2, day(-2)), m3, day(-1)),
	'angry-escalation',
	'good-ending',
);
// Sam tried the first check once and did not pass.
const sam = recordCheckResult(createEmptyProgress(), m1, {
	percent: 67,
	passed: false,
	answers: answersFor({ 'service-vs-relations': 'import-email', 'baseline-first': 'best-in-industry' }),
	day: day(-1),
});
const priya = createEmptyProgress();
const alex = recordScenarioEnding(
	pass(createEmptyProgress(), m1, day(-2), answersFor({ 'service-vs-relations': 'password' })),
	'angry-escalation',
	'poor-ending',
);
const exported = new Date(Date.now() - 3_600_000);
const files = [
	{ name: 'Jordan Lee.json', text: serializeProgress(jordan, exported) },
	{ name: 'Sam Ortiz.json', text: serializeProgress(sam, exported) },
	{ name: 'Priya Shah.json', text: serializeProgress(priya, exported) },
	{ name: 'broken.json', text: serializeProgress(alex, exported).slice(0, 200) },
	{ name: '=Alex Kim.json', text: serializeProgress(alex, exported) },
];

describe('the cohort view', () => {
	it("shows five dropped files as a table, item results and CSV, names the broken one, and leaves the trainer's progress alone", async ({ openPage }) => {
		const tracked = await openPage(`/training/kit/cohort/?path=${frontline.id}&start=${start}`);
		const { page } = tracked;
		const own = formatStoredProgress(pass(createEmptyProgress(), 'segments-and-tiers', day(-30)));
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, own] as const);
		await page.reload();
		const view = page.locator('.cohort-view');
		await view.waitFor();
		await page.waitForFunction(() => !document.querySelector('.cohort-view')?.closest('astro-island')?.hasAttribute('ssr'));
		expect(await page.getByLabel('First day of the cohort (day 1 of the schedule)').inputValue()).toBe(start);

		await page
			.getByLabel("Trainees' progress files (.json, choose several)")
			.setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
		await expect.poll(() => view.locator('.cohort-status').textContent()).toBe('4 trainees loaded; 1 file was not loaded.');
		expect(await view.locator('.cohort-rejected li').allTextContents()).toEqual([
			expect.stringMatching(/^broken\.json was not loaded: it is not a progress file \(it is not valid JSON\)/),
		]);

		// The table: one row per trainee, cells from their files, and who is behind.
		const rows = view.locator('.cohort-table tbody tr');
		expect(await rows.locator('th').allTextContents()).toEqual(['Jordan Lee', 'Sam Ortiz', 'Priya Shah', '=Alex Kim']);
		const cell = (trainee: string, attr: string) => view.locator(`.cohort-table tr[data-trainee="${trainee}"] td[${attr}]`).textContent();
		expect(await cell('Jordan Lee', `data-module="${m1}"`)).toMatch(/^Complete [A-Z][a-z]+ \d{1,2}, \d{4}\. Best 100%, 1 attempt$/);
		expect(await cell('Sam Ortiz', `data-module="${m1}"`)).toMatch(/^Not passed yet\. Best 67%, 1 attempt\. Overdue$/);
		expect(await cell('Priya Shah', `data-module="${m1}"`)).toBe('Not started. Overdue');
		expect(await cell('Jordan Lee', 'data-scenario="angry-escalation"')).toBe('Owned and resolved (good)');
		expect(await cell('=Alex Kim', 'data-scenario="angry-escalation"')).toBe('Bounced and lost (poor)');
		expect(await cell('Jordan Lee', 'data-behind')).toBe('On plan');
		expect(await cell('Sam Ortiz', 'data-behind')).toBe([m1, m2, m3].map(title).join(', '));
		expect(await cell('=Alex Kim', 'data-behind')).toBe([m2, m3].map(title).join(', '));

		// Per question, from first attempts: three trainees answered the first module.
		const item = view.locator(`.cohort-items tr[data-question="${m1}/service-vs-relations"] td`);
		expect(await item.allTextContents()).toEqual([
			title(m1),
			basics.check.questions[0].prompt,
			'3',
			'33%',
			"Answering a customer's email about a failed data import (1)",
		]);
		const baseline = view.locator(`.cohort-items tr[data-question="${m1}/baseline-first"] td`);
		expect((await baseline.allTextContents()).slice(2)).toEqual(['3', '67%', 'The NPS of the best company in our industry (1)']);

		// CSV: a line per trainee and module or scenario, with the formula-looking name escaped.
		const [download] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Download the table as CSV' }).click()]);
		expect(download.suggestedFilename()).toMatch(new RegExp(`^cohort-${frontline.id}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
		const csv = Papa.parse<string[]>((await readDownload(download)).trim()).data;
		const scenarioCount = await view.locator('.cohort-table thead th', { hasText: 'Scenario:' }).count();
		expect(csv).toHaveLength(1 + 4 * (frontline.modules.length + scenarioCount));
		expect(csv).toContainEqual(["'=Alex Kim", 'Module', title(m2), '', '0', 'no', '', '', 'yes']);
		expect(csv).toContainEqual(['Jordan Lee', 'Scenario', 'Angry escalation', '', '', '', '', 'Owned and resolved (good)', '']);

		const [items] = await Promise.all([page.waitForEvent('download'), view.getByRole('button', { name: 'Download question results as CSV' }).click()]);
		const itemLines = Papa.parse<string[]>((await readDownload(items)).trim()).data;
		expect(itemLines).toContainEqual([
			title(m1),
			basics.check.questions[0].prompt,
			'3',
			'1',
			'33',
			"Answering a customer's email about a failed data import",
			'1',
		]);

		const { light, dark } = await runAxeBothThemes(page, { include: 'main' });
		expect([...light, ...dark], 'axe on the loaded cohort view').toEqual([]);
		expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBe(own);
		expect(tracked.consoleErrors).toEqual([]);
		expect(tracked.foreignRequests).toEqual([]);
	});
});
