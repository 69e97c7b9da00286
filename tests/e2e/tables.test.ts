/**
 * Tables that appear once a reader acts (loads a file) fit a phone or scroll
 * in a usable region, and the widest page's tables on a desktop screen; see
 * support/table-fit.ts for what counts. Every built page's own tables are
 * checked on a phone in the page sweep (site.test.ts), in the same visit as
 * its other checks.
 */
import { describe, expect } from 'vitest';
import { it } from './support/calculator.ts';
import { listTableProblems } from './support/table-fit.ts';
import { createEmptyProgress, formatLocalDay, markModuleComplete, recordCheckResult, serializeProgress } from '#src/lib/progress.ts';

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

describe('tables that appear once a reader loads a file, on a phone', () => {
	it('health score: the portfolio results fit or scroll in a usable region', async ({ openCalculator }) => {
		const tracked = await openCalculator('/tools/health-score/', { viewport: phone });
		const { page } = tracked;
		await page.getByText('Score a whole portfolio from a CSV file').click();
		const csv = [
			'account,usage,lastContact,tickets,payment,nps,renewal,previous',
			'Harbor Hardware and Marine Supply,72,10,1,100,9,200,81',
			'Millbrook Books,35,60,5,80,6,45,58',
			'Quay Garden,5,30,0,100,10,300,90',
		].join('\n');
		await page.getByLabel('Portfolio CSV file').setInputFiles({ name: 'portfolio.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
		await page.getByRole('region', { name: 'Accounts by risk' }).waitFor();
		expect(await listTableProblems(page)).toEqual([]);
	});

	it('cohort view: the trainee table and question results fit or scroll in a usable region', async ({ openPage }) => {
		const tracked = await openPage('/training/kit/cohort/', { viewport: phone });
		const { page } = tracked;
		const day = formatLocalDay(new Date());
		const passed = markModuleComplete(
			recordCheckResult(createEmptyProgress(), 'how-we-look-after-customers', { percent: 100, passed: true, day }),
			'how-we-look-after-customers',
			day,
		);
		const files = ['Jordan Lee', 'Sam Ortiz'].map((name) => ({
			name: `${name}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(serializeProgress(passed, new Date())),
		}));
		await page.locator('.cohort-view').waitFor();
		await page.waitForFunction(() => !document.querySelector('.cohort-view')?.closest('astro-island')?.hasAttribute('ssr'));
		await page.getByLabel("Trainees' progress files (.json, choose several)").setInputFiles(files);
		await page.locator('.cohort-table').waitFor();
		expect(await listTableProblems(page)).toEqual([]);
	});
});

describe('tables on a 1,280 px screen', () => {
	it('content health fits or scrolls in a usable region, last column included', async ({ openPage }) => {
		const tracked = await openPage('/contribute/content-health/', { viewport: desktop });
		expect(await listTableProblems(tracked.page)).toEqual([]);
	});
});
