/**
 * Lighthouse (mobile settings, served gzip-compressed as static hosts do) on
 * one page of every kind the site renders: each kind has its own layout and
 * scripts, so a slow template cannot hide behind a fast one. Each page is run
 * several times and the median run (by performance score) is reported, since
 * single runs on a shared machine move by several points.
 *
 *   npm run lighthouse                         every template, 3 runs each
 *   npm run lighthouse -- --runs 1             quicker, noisier
 *   npm run lighthouse -- --only calculator    labels containing any of the words
 *   npm run lighthouse -- --json out.json      also write the medians as JSON
 *   npm run lighthouse -- --dist /tmp/site     another build (say, before a change)
 *
 * Fails (exit code 1) when a median is below 0.95 in any category.
 * Needs a build (`npm run build`); part of `npm run bench`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findChromium } from './chromium.ts';
import { serveWithNginx } from './serve-nginx.ts';

const { values: args } = parseArgs({
	options: {
		runs: { type: 'string', default: '3' },
		only: { type: 'string' },
		json: { type: 'string' },
		dist: { type: 'string' },
	},
});
const runs = Math.max(1, Number(args.runs) || 1);

const dist = resolve(args.dist ?? resolve(import.meta.dirname, '../dist'));
if (!existsSync(join(dist, 'index.html'))) {
	console.error('No built site in dist/: run `npm run build` first.');
	process.exit(1);
}

/**
 * One page per template: the first path of each list that exists in this
 * build. A kind whose page does not exist (yet) is reported as skipped, not
 * silently dropped.
 */
const templates: [label: string, candidates: string[]][] = [
	['home', ['/']],
	['section index', ['/standards/']],
	['plan section', ['/plan/current-state/']],
	['standard', ['/standards/escalation/']],
	['template page', ['/standards/templates/']],
	['glossary', ['/reference/glossary/']],
	['proposal', ['/proposals/close-the-loop-with-detractors/']],
	['content health', ['/contribute/content-health/']],
	['industry hub', ['/industries/saas/']],
	['calculator: NPS', ['/tools/nps/']],
	['calculator: NPS variant', ['/tools/nps/saas/']],
	['calculator: churn', ['/tools/churn/']],
	['calculator: churn variant', ['/tools/churn/professional-services/']],
	['calculator: CLV', ['/tools/clv/']],
	['calculator: CLV variant', ['/tools/clv/financial-services/']],
	['calculator: health score', ['/tools/health-score/']],
	['calculator: health variant', ['/tools/health-score/retail/']],
	['learning path', ['/training/paths/frontline-first-week/']],
	['module', ['/training/modules/replying-to-a-problem/']],
	['scenario', ['/training/scenarios/angry-escalation/']],
	['progress', ['/training/progress/frontline-first-week/']],
	['cohort view', ['/training/kit/cohort/', '/training/cohort/']],
	['print edition', ['/print/']],
];
const only = args.only
	?.split(',')
	.map((w) => w.trim().toLowerCase())
	.filter(Boolean);
const chosen = templates.filter(([label]) => !only || only.some((w) => label.toLowerCase().includes(w)));
const targets = chosen.flatMap(([label, paths]) => {
	const path = paths.find((p) => existsSync(join(dist, p, 'index.html')));
	return path ? [{ label, path }] : [];
});
const skipped = chosen.filter(([label]) => !targets.some((t) => t.label === label));

const threshold = 0.95;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof categories)[number];
interface Run {
	scores: Record<Category, number>;
	tbtMs: number;
	lcpMs: number;
	/** Lighthouse's measure of how fast the machine was during the run (higher is faster); a busy machine scores low. */
	benchmarkIndex: number;
}
interface Row extends Run {
	label: string;
	path: string;
	performanceRuns: number[];
}

const median = <T>(xs: T[], key: (x: T) => number): T => [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)];

const server = await serveWithNginx(dist);
const chrome = await chromeLauncher.launch({
	chromePath: findChromium(),
	chromeFlags: ['--headless=new', ...chromiumArgs],
	userDataDir: false,
});
// Interrupted (Ctrl-C, a CI timeout): close the browser too, or it outlives the script.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		chrome.kill();
		process.exit(130);
	});
}
const rows: Row[] = [];
try {
	console.log(
		`\nLighthouse (mobile), median of ${runs} run(s) per page, minimum ${threshold} per category; load average at start ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`,
	);
	for (const { label, path } of targets) {
		const results: Run[] = [];
		for (let i = 0; i < runs; i++) {
			const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
			const lhr = result?.lhr;
			results.push({
				scores: Object.fromEntries(categories.map((c) => [c, lhr?.categories[c]?.score ?? 0])) as Record<Category, number>,
				tbtMs: lhr?.audits['total-blocking-time']?.numericValue ?? Number.NaN,
				lcpMs: lhr?.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
				benchmarkIndex: lhr?.environment.benchmarkIndex ?? Number.NaN,
			});
		}
		// The median run by performance; the other categories barely move between runs.
		const mid = median(results, (r) => r.scores.performance);
		const row = { label, path, ...mid, performanceRuns: results.map((r) => r.scores.performance) };
		rows.push(row);
		const low = categories.filter((c) => row.scores[c] < threshold);
		console.log(
			`${label.padEnd(27)} ${path.padEnd(42)} perf ${row.scores.performance.toFixed(2)} (runs ${row.performanceRuns.map((s) => s.toFixed(2)).join(' ')}), TBT ${Math.round(row.tbtMs)} ms, LCP ${(row.lcpMs / 1000).toFixed(1)} s, machine ${Math.round(row.benchmarkIndex)}; a11y ${row.scores.accessibility.toFixed(2)}, best practices ${row.scores['best-practices'].toFixed(2)}, SEO ${row.scores.seo.toFixed(2)}${low.length ? `  ← below ${threshold}: ${low.join(', ')}` : ''}`,
		);
	}
} finally {
	await chrome.kill();
	await server.close();
}

// The same figures as a Markdown table, ready for the README.
console.log(
	`\n| page kind | page | performance (median) | total blocking time | accessibility | best practices | SEO |\n| --- | --- | --- | --- | --- | --- | --- |`,
);
for (const r of rows) {
	console.log(
		`| ${r.label} | \`${r.path}\` | ${r.scores.performance.toFixed(2)} | ${Math.round(r.tbtMs)} ms | ${r.scores.accessibility.toFixed(2)} | ${r.scores['best-practices'].toFixed(2)} | ${r.scores.seo.toFixed(2)} |`,
	);
}
for (const [label, paths] of skipped) console.log(`Skipped ${label}: no page at ${paths.join(' or ')} in this build.`);
if (args.json) writeFileSync(args.json, JSON.stringify({ runs, rows, skipped: skipped.map(([label]) => label) }, null, 2));

const failing = rows.filter((r) => categories.some((c) => r.scores[c] < threshold));
if (failing.length) {
	console.log(`\nBelow ${threshold}: ${failing.map((r) => `${r.label} (${r.path})`).join(', ')}`);
	process.exitCode = 1;
}
