/**
 * Training in a real browser: knowledge checks graded with feedback and retry,
 * completing a module, scenarios played to different endings, progress
 * exported and imported (bad files refused), the certificate printed, the
 * trainer view and the printable handout. Interactive states are checked
 * with axe too, since the site-wide test only sees pages as first loaded.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect } from 'vitest';
import { runAxeBothThemes } from './support/axe.ts';
import { listBuiltPages, type TrackedPage } from './support/browser.ts';
import { it } from './support/fixtures.ts';
import {
	createEmptyProgress,
	formatStoredProgress,
	markModuleComplete,
	parseProgressFile,
	recordCheckResult,
	serializeProgress,
	type Progress,
} from '#src/lib/progress.ts';
import { PROGRESS_KEY } from '#src/components/training/progress-store.ts';
import { moduleSchema, pathsSchema, type TrainingModule } from '#src/schemas/training.ts';
import { deriveAttemptSeed, derivePartSeed, shuffleWithSeed } from '#src/lib/seeded-shuffle.ts';
import { organizationSchema } from '#src/schemas/organization.ts';

const paths = pathsSchema.parse(parse(readFileSync('src/content/data/training/paths.yaml', 'utf8')));
const organization = organizationSchema.parse(parse(readFileSync('src/content/data/organization.yaml', 'utf8')));
const frontline = paths.find((p) => p.id === 'frontline-first-week')!;
const readModule = (id: string) => moduleSchema.parse(parse(readFileSync(`src/content/data/training/modules/${id}.yaml`, 'utf8')));

/** Answers every question shown: right, except the questions in `wrong`, which get their first wrong option. */
async function answerCheck(page: Page, module: TrainingModule, wrong: ReadonlySet<string> = new Set()) {
	for (const fieldset of await page.locator('form.quiz fieldset[data-question]').all()) {
		const id = await fieldset.getAttribute('data-question');
		const question = module.check.questions.find((q) => q.id === id)!;
		const picks = wrong.has(question.id) ? [question.options.find((o) => !o.correct)!] : question.options.filter((o) => o.correct);
		for (const option of picks) await fieldset.locator(`li[data-option="${option.id}"] input`).check();
	}
}

/** The option ids of each question, in the order shown. */
async function readShownOrder(page: Page): Promise<Record<string, string[]>> {
	return page
		.locator('form.quiz fieldset[data-question]')
		.evaluateAll((sets) =>
			Object.fromEntries(
				sets.map((f) => [f.getAttribute('data-question'), [...f.querySelectorAll('li[data-option]')].map((li) => li.getAttribute('data-option'))]),
			),
		);
}

/** The order a seed must give, worked out with the same pure functions. */
const expectedOrder = (module: TrainingModule, seed: number, attempt = 0) =>
	Object.fromEntries(
		module.check.questions.map((q) => [q.id, shuffleWithSeed(q.options, derivePartSeed(deriveAttemptSeed(seed, attempt), q.id)).map((o) => o.id)]),
	);

/**
 * Axe violations in the page's main content as it is now, in the light and
 * the dark theme. Scoped to <main>: the header and sidebar are Starlight's and
 * are covered by the site-wide test.
 */
async function findAxeViolations(page: Page): Promise<string[]> {
	const { light, dark } = await runAxeBothThemes(page, { include: 'main' });
	await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
	return [...light.map((v) => `light: ${v}`), ...dark.map((v) => `dark: ${v}`)];
}

/** Failed requests, so a console error can be traced to the file that failed. */
function trackFailedRequests(page: Page): string[] {
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400) failed.push(new URL(r.url()).pathname);
	});
	return failed;
}
function realConsoleErrors(tracked: TrackedPage, failed: string[]): string[] {
	return failed.length ? [...tracked.consoleErrors, `failed requests: ${failed.join(', ')}`] : tracked.consoleErrors;
}

/** Waits until the island holding `selector` has hydrated (Astro removes `ssr` then). */
async function waitForIsland(page: Page, selector: string) {
	await page.locator(selector).first().scrollIntoViewIfNeeded();
	await page.waitForFunction((s) => {
		const island = document.querySelector(s)?.closest('astro-island');
		return island !== null && island !== undefined && !island.hasAttribute('ssr');
	}, selector);
}

async function seedProgress(page: Page, progress: Progress) {
	await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, formatStoredProgress(progress)] as const);
	await page.reload();
}

async function readStoredProgress(page: Page): Promise<Progress> {
	const text = await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);
	return JSON.parse(text ?? 'null')?.progress ?? createEmptyProgress();
}

async function readDownload(download: Download): Promise<string> {
	const stream = await download.createReadStream();
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const allComplete = (moduleIds: string[], day = '2026-11-18') =>
	moduleIds.reduce((p, id) => markModuleComplete(recordCheckResult(p, id, { percent: 100, passed: true }), id, day), createEmptyProgress());

describe('a module', () => {
	const path = '/training/modules/how-we-look-after-customers/';

	const module = readModule('how-we-look-after-customers');
	const total = module.check.questions.length;

	it('fails a knowledge check with feedback on every answer, passes on retry, and is marked complete', async ({ openPage }) => {
		const tracked = await openPage(`${path}?seed=1`);
		const failed = trackFailedRequests(tracked.page);
		const { page } = tracked;
		await waitForIsland(page, 'form.quiz');
		const quiz = page.locator('form.quiz');
		await quiz.locator('fieldset').first().waitFor();

		// Submitting with nothing answered asks for the first question.
		await quiz.getByRole('button', { name: 'Check answers' }).click();
		await expect.poll(() => quiz.getByRole('alert').textContent()).toBe('Answer question 1 before checking your answers.');

		// Wrong on two: below the 80% pass mark, every option explained.
		await answerCheck(page, module, new Set(['service-vs-relations', 'baseline-first']));
		await quiz.getByRole('button', { name: 'Check answers' }).click();
		const result = quiz.locator('.quiz-result');
		const right = total - 2;
		await expect
			.poll(() => result.textContent())
			.toContain(`Not passed yet. You got ${right} of ${total} questions right (${Math.round((right / total) * 100)}%).`);
		const optionCount = module.check.questions.reduce((n, q) => n + q.options.length, 0);
		expect(await quiz.locator('.quiz-explanation').count()).toBe(optionCount);
		expect(await quiz.locator('[data-question="service-vs-relations"] li[data-option="import-email"] .quiz-explanation').textContent()).toBe(
			'Not right, you chose it. This is service, the reactive part, answering what the customer raised.',
		);
		await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('quiz-result'))).toBe(true);
		expect(await findAxeViolations(page), 'axe on the graded check').toEqual([]);
		// No completion before passing.
		expect(await page.getByRole('button', { name: 'Mark this module complete' }).count()).toBe(0);

		// Retry clears the answers and puts focus on the first one.
		await quiz.getByRole('button', { name: 'Try again' }).click();
		expect(await quiz.locator('input:checked').count()).toBe(0);
		await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');

		await answerCheck(page, module);
		await quiz.getByRole('button', { name: 'Check answers' }).click();
		await expect.poll(() => result.textContent()).toContain(`Passed. You got ${total} of ${total} questions right (100%).`);

		await page.getByRole('button', { name: 'Mark this module complete' }).click();
		await expect.poll(() => page.locator('.module-completion-status').textContent()).toMatch(/^Module complete\. Recorded on [A-Z][a-z]+ \d{1,2}, \d{4}\.$/);
		// Then the next module of each path it belongs to.
		const next = frontline.modules[frontline.modules.indexOf('how-we-look-after-customers') + 1];
		expect(await page.locator('.module-completion-next a', { hasText: `Next in ${frontline.title}` }).getAttribute('href')).toBe(`/training/modules/${next}/`);
		const stored = await readStoredProgress(page);
		expect(stored.modules['how-we-look-after-customers']).toMatchObject({ bestPercent: 100, passed: true, attempts: 2 });
		expect(stored.modules['how-we-look-after-customers'].completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		// The path's My progress page now counts it.
		await page.goto(new URL('/training/progress/frontline-first-week/', page.url()).href);
		await waitForIsland(page, '.path-progress');
		await expect.poll(() => page.locator('.path-progress-summary label').textContent()).toBe(`1 of ${frontline.modules.length} modules complete`);
		expect(await page.locator('[data-module="how-we-look-after-customers"]').getAttribute('data-state')).toBe('complete');
		expect(realConsoleErrors(tracked, failed)).toEqual([]);
		expect(tracked.foreignRequests).toEqual([]);
	});

	it('hides facilitator notes until the trainer view is switched on, and remembers the choice', async ({ openPage }) => {
		const tracked = await openPage(path);
		const { page } = tracked;
		const notes = page.locator('[data-trainer-only]');
		expect(await notes.isHidden()).toBe(true);
		expect(await notes.getAttribute('hidden')).not.toBeNull();
		await page.getByLabel('Trainer view: show facilitator notes').check();
		expect(await notes.isVisible()).toBe(true);
		expect(await notes.textContent()).toContain('Start by asking the group');
		expect(await findAxeViolations(page), 'axe with the notes shown').toEqual([]);
		// The toggle's module script has applied the stored choice by "load".
		await page.reload();
		expect(await notes.isVisible()).toBe(true);
		await page.getByLabel('Trainer view: show facilitator notes').uncheck();
		expect(await notes.isHidden()).toBe(true);
	});

	it('prints as a handout: key points and exercise, without the check or the buttons', async ({ openPage }) => {
		const tracked = await openPage(path);
		const { page } = tracked;
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('#key-points').isVisible()).toBe(true);
		expect(await page.locator('#practice-exercise').isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: 'My notes' }).isVisible()).toBe(true);
		expect(await page.locator('.handout-only').first().textContent()).toContain(`version ${organization.version}`);
		for (const hidden of ['form.quiz', '#knowledge-check', '.module-completion', '.print-button', '.trainer-toggle', '.sidebar-pane']) {
			expect(await page.locator(hidden).first().isVisible(), `${hidden} printed`).toBe(false);
		}
	});
});

describe('a shuffled order per attempt', () => {
	it("shows a module's options in a different order for two seeds and on retry, and scores the same answers the same", async ({ openPage }) => {
		const module = readModule('how-we-look-after-customers');
		const tracked = await openPage('/training/modules/how-we-look-after-customers/?seed=1');
		const { page } = tracked;
		const scores: string[] = [];
		const orders: Record<string, string[]>[] = [];
		for (const seed of [1, 2]) {
			if (seed === 2) await page.goto(new URL('?seed=2', page.url()).href);
			await waitForIsland(page, 'form.quiz');
			await page.locator('form.quiz fieldset').first().waitFor();
			const shown = await readShownOrder(page);
			expect(shown, `order for seed ${seed}`).toEqual(expectedOrder(module, seed));
			orders.push(shown);
			await answerCheck(page, module, new Set(['plan-parts']));
			await page.getByRole('button', { name: 'Check answers' }).click();
			await expect.poll(() => page.locator('.quiz-result').textContent()).toContain('You got');
			scores.push((await page.locator('.quiz-score').textContent()) ?? '');
		}
		expect(orders[0]).not.toEqual(orders[1]);
		const total = module.check.questions.length;
		expect(scores).toEqual(Array(2).fill(`Passed. You got ${total - 1} of ${total} questions right (${Math.round(((total - 1) / total) * 100)}%).`));

		// A retry is a new attempt: a new order from the same seed.
		await page.getByRole('button', { name: 'Try again' }).click();
		await expect.poll(() => readShownOrder(page)).toEqual(expectedOrder(module, 2, 1));
		expect(await readShownOrder(page)).not.toEqual(orders[1]);
	});

	it('asks a draw of five from a larger bank', async ({ openPage }) => {
		const module = readModule('account-health-and-retention');
		expect(module.check.questions.length).toBeGreaterThan(5);
		const tracked = await openPage('/training/modules/account-health-and-retention/?seed=3');
		await waitForIsland(tracked.page, 'form.quiz');
		await tracked.page.locator('form.quiz fieldset').first().waitFor();
		expect(await tracked.page.locator('form.quiz fieldset[data-question]').count()).toBe(module.check.ask);
		await answerCheck(tracked.page, module);
		await tracked.page.getByRole('button', { name: 'Check answers' }).click();
		await expect.poll(() => tracked.page.locator('.quiz-score').textContent()).toBe('Passed. You got 5 of 5 questions right (100%).');
	});

	it("shows a scenario's choices in a different order for two seeds and reaches the same ending with the same choices", async ({ openPage }) => {
		const scenario = parse(readFileSync('src/content/data/training/scenarios/angry-escalation.yaml', 'utf8')) as {
			nodes: { id: string; choices?: { text: string }[] }[];
		};
		const opening = scenario.nodes.find((n) => n.id === 'opening')!;
		const tracked = await openPage('/training/scenarios/angry-escalation/?seed=1');
		const { page } = tracked;
		const firstOrders: string[][] = [];
		for (const seed of [1, 2]) {
			if (seed === 2) await page.goto(new URL('?seed=2', page.url()).href);
			await waitForIsland(page, '.scenario');
			const choices = page.locator('.scenario-choice');
			await choices.first().waitFor();
			const shown = await choices.allInnerTexts();
			const expected = shuffleWithSeed(opening.choices!, derivePartSeed(deriveAttemptSeed(seed, 0), 'opening')).map((c) => c.text.trim());
			expect(shown.map((t) => t.trim())).toEqual(expected);
			firstOrders.push(shown);
			await page.getByRole('button', { name: /^I'm sorry, this is serious/ }).click();
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.getByRole('button', { name: /^Thank you\. Our engineers are looking at it now/ }).click();
			await page.getByRole('button', { name: 'Continue' }).click();
			await expect.poll(() => page.locator('.scenario-step').textContent()).toBe('Ending: Owned and resolved');
		}
		expect(firstOrders[0]).not.toEqual(firstOrders[1]);
	});
});

describe('a practice scenario', () => {
	it('plays to two different endings with feedback on each choice and a debrief with links', async ({ openPage }) => {
		const tracked = await openPage('/training/scenarios/angry-escalation/');
		const failed = trackFailedRequests(tracked.page);
		const { page } = tracked;
		await waitForIsland(page, '.scenario');
		const scenario = page.locator('.scenario');
		const choose = async (name: RegExp, feedback: string) => {
			await scenario.getByRole('button', { name }).click();
			await expect.poll(() => scenario.locator('.scenario-feedback').textContent()).toContain(feedback);
			await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('scenario-feedback'))).toBe(true);
			await scenario.getByRole('button', { name: 'Continue' }).click();
		};

		// First run: strong choices to the good ending.
		await choose(/^I'm sorry, this is serious/, 'Strong choice.');
		await choose(/^Thank you\. Our engineers are looking at it now/, 'Strong choice.');
		await expect.poll(() => scenario.locator('.scenario-step').textContent()).toBe('Ending: Owned and resolved');
		expect(await scenario.locator('.scenario-route li').count()).toBe(2);
		expect(await scenario.locator('a[href="/standards/escalation/"]').count()).toBeGreaterThan(0);
		expect(await findAxeViolations(page), 'axe at an ending').toEqual([]);

		// Second run: weak choices to the poor ending.
		await scenario.getByRole('button', { name: 'Play again' }).click();
		await expect.poll(() => scenario.locator('.scenario-step').textContent()).toBe('Step 1');
		await choose(/^Please calm down/, 'Weak choice.');
		await choose(/^I understand\. I'll raise a ticket/, 'Weak choice.');
		await expect.poll(() => scenario.locator('.scenario-step').textContent()).toBe('Ending: Bounced and lost');
		expect(await scenario.locator('.scenario-ending').getAttribute('data-outcome')).toBe('poor');

		expect((await readStoredProgress(page)).scenarios['angry-escalation']).toEqual({ endings: ['good-ending', 'poor-ending'] });
		// The progress page lists the scenario with both endings reached.
		await page.goto(new URL('/training/progress/frontline-first-week/', page.url()).href);
		await waitForIsland(page, '.path-progress');
		await expect
			.poll(() => page.locator('.path-progress-scenarios [data-scenario="angry-escalation"]').textContent())
			.toBe('Angry escalation: Owned and resolved (good outcome); Bounced and lost (poor outcome)');
		expect(realConsoleErrors(tracked, failed)).toEqual([]);
		expect(tracked.foreignRequests).toEqual([]);
	});

	it('can be played with the keyboard alone, focus following each step', async ({ openPage }) => {
		const tracked = await openPage('/training/scenarios/detractor-follow-up/');
		const { page } = tracked;
		await waitForIsland(page, '.scenario');
		const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '');
		// Choices are shuffled: tab through them to the one wanted, as a keyboard user would.
		const tabTo = async (text: RegExp) => {
			await page.locator('.scenario-choice').first().focus();
			for (let i = 0; i < 4 && !text.test(await focused()); i++) await page.keyboard.press('Tab');
			expect(await focused()).toMatch(text);
		};
		await page.locator('.scenario-choice').first().waitFor();
		await tabTo(/^No, I'm calling because of your survey/);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('scenario-feedback');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('Continue');
		await page.keyboard.press('Enter');
		await expect.poll(() => focused()).toBe('Step 2');
		await page.keyboard.press('Tab');
		expect(await focused()).toMatch(/^(That shouldn't happen|That's two times)/);
		await tabTo(/^That shouldn't happen/);
		await page.keyboard.press('Enter');
		await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('scenario-feedback');
		await page.keyboard.press('Tab');
		expect(await focused()).toBe('Continue');
		await page.keyboard.press('Enter');
		await expect.poll(() => focused()).toBe('Ending: Heard, but not followed up');
	});
});

describe('progress files', () => {
	it('exports progress to a file and imports it into an empty browser; refuses a tampered file and keeps what was there', async ({ openPage }) => {
		const source = await openPage('/training/progress/frontline-first-week/');
		const seeded = allComplete(frontline.modules.slice(0, 2));
		await seedProgress(source.page, seeded);
		await waitForIsland(source.page, '.path-progress');
		await expect.poll(() => source.page.locator('.path-progress-summary label').textContent()).toBe(`2 of ${frontline.modules.length} modules complete`);
		const [download] = await Promise.all([
			source.page.waitForEvent('download'),
			source.page.getByRole('button', { name: 'Export progress to a file' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^training-progress-\d{4}-\d{2}-\d{2}\.json$/);
		const exported = await readDownload(download);
		const parsed = parseProgressFile(exported);
		expect(parsed.ok && parsed.progress).toEqual(seeded);

		// Another context: a browser with nothing stored.
		const target = await openPage('/training/progress/frontline-first-week/');
		const failed = trackFailedRequests(target.page);
		const { page } = target;
		await waitForIsland(page, '.path-progress');
		const summary = page.locator('.path-progress-summary label');
		await expect.poll(() => summary.textContent()).toBe(`0 of ${frontline.modules.length} modules complete`);
		const input = page.getByLabel('Import a progress file (.json)');

		await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await expect
			.poll(() => page.locator('.training-notice').textContent())
			.toBe('Imported progress.json: 2 completed modules merged with the progress already in this browser.');
		await expect.poll(() => summary.textContent()).toBe(`2 of ${frontline.modules.length} modules complete`);

		// Hand-edited: a third module marked complete without passing anything.
		const tampered = JSON.parse(exported);
		tampered.progress.modules[frontline.modules[2]] = { completedOn: '2026-11-19', passed: true, attempts: 1, bestPercent: 100 };
		await input.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) });
		await expect
			.poll(() => page.locator('.training-notice').textContent())
			.toBe(
				'This file was not imported: its contents were changed after it was exported (the checksum does not match). Export it again from the original browser. Your progress has not changed.',
			);
		expect(await page.locator('.training-notice').getAttribute('class')).toContain('is-error');
		expect(await summary.textContent()).toBe(`2 of ${frontline.modules.length} modules complete`);

		await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my notes') });
		await expect.poll(() => page.locator('.training-notice').textContent()).toContain('it is not a progress file (it is not valid JSON)');
		expect(Object.keys((await readStoredProgress(page)).modules)).toEqual(frontline.modules.slice(0, 2).sort());
		expect(await findAxeViolations(page), 'axe with an import error shown').toEqual([]);
		expect(realConsoleErrors(target, failed)).toEqual([]);
		expect(target.foreignRequests).toEqual([]);
	});
});

describe('progress the browser cannot fully read or save', () => {
	const progressPage = '/training/progress/frontline-first-week/';
	const [first, second] = frontline.modules;

	/** Makes every localStorage write fail as a full browser's does. */
	async function fillStorage(page: Page) {
		await page.evaluate(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
	}

	it('keeps the readable entries of a record from a newer playbook, says so, and keeps the original when saving over it', async ({ openPage }) => {
		const tracked = await openPage(progressPage);
		const failed = trackFailedRequests(tracked.page);
		const { page } = tracked;
		const original = JSON.stringify({
			format: 'playbook-training-progress',
			version: 3,
			learner: 'Sam',
			progress: { modules: { [first]: { completedOn: '2026-11-18', passed: true, attempts: 1, bestPercent: 100, hint: 'x' } }, scenarios: {} },
		});
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, original] as const);
		await page.reload();
		await waitForIsland(page, '.path-progress');
		await expect.poll(() => page.locator('.path-progress-summary label').textContent()).toBe(`1 of ${frontline.modules.length} modules complete`);
		const notice = page.locator('.path-progress-set-aside');
		await expect
			.poll(() => notice.textContent())
			.toContain('Some of the progress saved in this browser could not be read, so it was set aside; everything else is shown here.');
		expect(await notice.textContent()).toContain('newer version of the playbook (format 3');
		expect(await notice.getAttribute('role')).toBe('status');

		// Completing another module writes over the record; the original stays under its own key.
		await page.goto(new URL(`/training/modules/${second}/`, page.url()).href);
		await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
			PROGRESS_KEY,
			JSON.stringify({ ...JSON.parse(original), progress: { modules: { ...JSON.parse(original).progress.modules, [second]: { passed: true, attempts: 1 } } } }),
		] as const);
		await page.reload();
		await waitForIsland(page, '.module-completion');
		await page.getByRole('button', { name: 'Mark this module complete' }).click();
		await expect.poll(() => page.locator('.module-completion-status').textContent()).toMatch(/^Module complete\./);
		const stored = await readStoredProgress(page);
		expect(Object.keys(stored.modules).sort()).toEqual([first, second].sort());
		const copies = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith('playbook.training.progress.set-aside.'))
				.map((k) => localStorage.getItem(k)),
		);
		expect(copies.map((c) => JSON.parse(c!).learner)).toEqual(['Sam', 'Sam']);
		expect(realConsoleErrors(tracked, failed)).toEqual([]);
	});

	it('says "Mark this module complete" could not save when storage is full, and exports the completion', async ({ openPage }) => {
		const tracked = await openPage(`/training/modules/${first}/`);
		const { page } = tracked;
		await seedProgress(page, recordCheckResult(createEmptyProgress(), first, { percent: 100, passed: true }));
		await waitForIsland(page, '.module-completion');
		await fillStorage(page);
		await page.getByRole('button', { name: 'Mark this module complete' }).click();
		const status = page.locator('.module-completion-status');
		await expect
			.poll(() => status.textContent())
			.toBe(
				'Your progress could not be saved in this browser because its storage is full. Free some space (for example, clear data this browser keeps for other sites) and try again. Export your progress to a file now so nothing is lost.',
			);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress to a file' }).click()]);
		const parsed = parseProgressFile(await readDownload(download));
		expect(parsed.ok && parsed.progress.modules[first].completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(await findAxeViolations(page), 'axe with the save failure shown').toEqual([]);
	});

	it('says an import could not be saved when storage is full, instead of reporting it merged', async ({ openPage }) => {
		const tracked = await openPage(progressPage);
		const { page } = tracked;
		await waitForIsland(page, '.path-progress');
		await fillStorage(page);
		const file = serializeProgress(allComplete(frontline.modules.slice(0, 2)), new Date());
		await page.getByLabel('Import a progress file (.json)').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
		await expect
			.poll(() => page.locator('.training-notice').textContent())
			.toBe(
				'progress.json was read, but your progress could not be saved in this browser because its storage is full. Free some space (for example, clear data this browser keeps for other sites) and try again. Export your progress to a file now so nothing is lost.',
			);
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress to a file' }).click()]);
		const parsed = parseProgressFile(await readDownload(download));
		expect(parsed.ok && Object.keys(parsed.progress.modules).sort()).toEqual(frontline.modules.slice(0, 2).sort());
	});

	it('leaves out modules this playbook does not have, and refuses a completion date after today', async ({ openPage }) => {
		const tracked = await openPage(progressPage);
		const { page } = tracked;
		await waitForIsland(page, '.path-progress');
		const input = page.getByLabel('Import a progress file (.json)');
		let unknown = allComplete([first]);
		for (let i = 0; i < 30; i++) unknown = markModuleComplete(unknown, `module-from-elsewhere-${i}`, '2026-11-18');
		await input.setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(serializeProgress(unknown, new Date())) });
		await expect
			.poll(() => page.locator('.training-notice').textContent())
			.toBe(
				'Imported mixed.json: 1 completed module merged with the progress already in this browser. 30 modules in the file are not part of this playbook and were left out.',
			);
		expect(Object.keys((await readStoredProgress(page)).modules)).toEqual([first]);

		const future = markModuleComplete(createEmptyProgress(), second, '9999-12-31');
		await input.setInputFiles({ name: 'future.json', mimeType: 'application/json', buffer: Buffer.from(serializeProgress(future, new Date())) });
		await expect
			.poll(() => page.locator('.training-notice').textContent())
			.toContain(`it says module "${second}" was completed on 9999-12-31, which is after today.`);
		expect(Object.keys((await readStoredProgress(page)).modules)).toEqual([first]);
	});
});

describe('the certificate', () => {
	const certificate = `/training/certificate/?path=${frontline.id}`;

	it('is not offered for a path that is not finished', async ({ openPage }) => {
		const tracked = await openPage(certificate);
		await seedProgress(tracked.page, allComplete(frontline.modules.slice(0, 3)));
		await expect
			.poll(() => tracked.page.locator('p[role="status"]', { hasText: 'modules done' }).textContent())
			.toContain(`3 of ${frontline.modules.length} modules done`);
		expect(await tracked.page.locator('.certificate').count()).toBe(0);
	});

	it('keeps a very long name inside the certificate', async ({ openPage }) => {
		const tracked = await openPage(certificate);
		const { page } = tracked;
		await seedProgress(page, allComplete(frontline.modules, '2026-11-18'));
		await page.locator('.certificate').waitFor();
		await page.getByLabel('Your name, as it should appear on the certificate').fill('W'.repeat(5000));
		const name = page.locator('.certificate-name');
		await expect.poll(() => name.textContent()).toBe('W'.repeat(80));
		const box = await page.locator('.certificate').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
		expect(box.scroll).toBeLessThanOrEqual(box.client);
	});

	it('prints the path, the completion date, the organization and the playbook version', async ({ openPage }) => {
		const tracked = await openPage(certificate);
		const failed = trackFailedRequests(tracked.page);
		const { page } = tracked;
		await seedProgress(page, allComplete(frontline.modules, '2026-11-18'));
		await page.locator('.certificate').waitFor();
		await page.getByLabel('Your name, as it should appear on the certificate').fill('Jordan Lee');
		expect(await findAxeViolations(page), 'axe on the certificate').toEqual([]);

		await page.emulateMedia({ media: 'print' });
		const card = page.locator('.certificate');
		expect(await card.isVisible()).toBe(true);
		const text = (await card.innerText()).replace(/\s+/g, ' ');
		expect(text).toContain(organization.name);
		expect(text).toContain('Jordan Lee');
		expect(text).toContain(frontline.title);
		expect(text).toContain('on November 18, 2026');
		expect(text).toContain(`customer playbook, version ${organization.version}`);
		for (const hidden of ['.certificate-controls', '.sidebar-pane', 'h1', '.page-meta']) {
			expect(await page.locator(hidden).first().isVisible(), `${hidden} printed`).toBe(false);
		}
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(1000);
		expect(realConsoleErrors(tracked, failed)).toEqual([]);
		expect(tracked.foreignRequests).toEqual([]);
	});
});

describe('every training page', () => {
	const pages = listBuiltPages().filter((p) => p.startsWith('/training/'));

	it('includes a page for every path, module, scenario and My progress page', () => {
		expect(pages.filter((p) => p.startsWith('/training/modules/')).length).toBeGreaterThanOrEqual(12);
		expect(pages.filter((p) => /^\/training\/scenarios\/.+/.test(p)).length).toBeGreaterThanOrEqual(5);
		for (const path of paths) {
			expect(pages).toContain(`/training/paths/${path.id}/`);
			expect(pages).toContain(`/training/progress/${path.id}/`);
		}
	});
});

describe('on a phone', () => {
	it.for([
		'/training/modules/replying-to-a-problem/',
		'/training/kit/run-a-cohort/',
		'/training/kit/role-play-scorecard/',
		'/training/kit/writing-modules/',
		'/training/scenarios/renewal-at-risk/',
		'/training/progress/csm-first-30-days/',
	])('%s fits the screen without sideways scrolling', async (path, { openPage }) => {
		const tracked = await openPage(path, { viewport: { width: 390, height: 844 }, reuseTab: true });
		const overflow = await tracked.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
