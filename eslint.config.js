// @ts-check
// ESLint for the whole repository: JavaScript's and typescript-eslint's recommended rules (without type
// information, so a lint stays fast), Astro components through eslint-plugin-astro, and React's two rules
// of hooks for the islands. Formatting is Prettier's business (`npm run format`), not ESLint's.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
	// Built output, installs, generated type stubs and the benchmark's scratch copies.
	globalIgnores(['dist/', 'node_modules/', '.astro/', '.bench-tmp/']),
	// A copy of Starlight's Search component with documented changes, kept as close to the original as a
	// diff allows (tests/unit/components/overrides/search.test.ts): linting it would mean editing upstream code.
	globalIgnores(['src/components/overrides/Search.astro']),
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		// A disable comment that no longer suppresses anything is stale: it fails the lint like any other problem.
		linterOptions: { reportUnusedDisableDirectives: 'error' },
	},
	{
		// The site's code runs in the reader's browser; config, scripts and tests run in Node. Both sets
		// everywhere: which one a file may use is the folder's rule (README "Where things live"), not a lint's.
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
	},
	{
		files: ['**/*.{ts,tsx}'],
		// Registered as the plugin's own flat config registers it: the package's type for the bare plugin does not fit ESLint's.
		plugins: reactHooks.configs.flat.recommended.plugins,
		rules: {
			// The two classic hooks rules; the plugin's React Compiler rules are for code the compiler builds, and none is.
			'react-hooks/rules-of-hooks': 'error',
			'react-hooks/exhaustive-deps': 'error',
		},
	},
	{
		rules: {
			// `_name` marks a parameter or binding kept on purpose (a callback's position, a destructured rest).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
		},
	},
	{
		files: ['tests/**'],
		rules: {
			// Tests break parsed YAML into invalid shapes on purpose; `any` is the honest type for those documents.
			'@typescript-eslint/no-explicit-any': 'off',
			// vitest reads a fixture's dependencies from its first parameter's pattern, so one needing none is `({})`.
			'no-empty-pattern': 'off',
		},
	},
]);
