import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but Node; `e2e` drives the built site
// (dist/) in Chromium and needs `npm run build` first (npm test does both).
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['tests/unit/**/*.test.ts'],
					environment: 'node',
					// One worker per core: vitest's default leaves one core idle (cores − 1,
					// so a single worker on a 2-core machine), and these tests wait on child
					// processes and the disk as much as on the CPU. 78 s → 56 s on 2 cores.
					maxWorkers: '100%',
					// Hang guards, not speed limits: vitest's 5 s default failed the
					// content check of the whole site on a busy machine (7.8 s), and a
					// 30 s limit the review-report run (40 s). Tests set no shorter
					// one; how fast things run is `npm run bench`'s business.
					testTimeout: 180_000,
					// Whole builds in beforeAll (fixture industry, broken pages) take
					// minutes on a busy machine.
					hookTimeout: 600_000,
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/support/global-setup.ts'],
					// Hang guards, as for the unit tests: the longest test (the NPS
					// property run) took 22 s on an idle 2-core machine, and must still
					// pass with every core kept busy by another process (README, Tests).
					testTimeout: 180_000,
					hookTimeout: 300_000,
					// Two files at a time, and two pages at a time within a file that
					// asks for concurrency: Chromium does the work, and on the 2-core
					// CI machine more parallel pages only thrash (4 workers × 5 pages
					// took twice as long as this and timed out).
					maxWorkers: 2,
					maxConcurrency: 2,
					// A worker runs file after file in one process, so it keeps the
					// Chromium it launched (support/fixtures.ts) instead of starting
					// one per file. The files share no state but that browser: each
					// test's pages are in contexts of their own.
					isolate: false,
					// A page under that load can take more than vitest's default 1 s
					// to settle; a poll still fails fast once the page is wrong for good.
					expect: { poll: { timeout: 10_000 } },
				},
			},
		],
	},
});
