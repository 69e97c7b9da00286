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
				},
			},
			{
				test: {
					name: 'e2e',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/support/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 120_000,
				},
			},
		],
	},
});
