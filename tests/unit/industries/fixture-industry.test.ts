/**
 * SLOW (one production build, ~10–30 s): adding an industry is adding a file.
 * Copies the project to a temporary folder inside the project (so Node finds
 * the project's node_modules by walking up; a symlinked node_modules makes
 * Vite see two paths for every Astro component and the build fails), adds
 * tests/fixtures/industries/fixture-industry.yaml to its industries folder,
 * builds it, and checks the new industry appears on its hub, on every
 * calculator variant page, in the industries overview and notes, and in the
 * search filter values (Pagefind's `data-pagefind-filter` in the built HTML).
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = resolve('.');
const ID = 'fixture-industry';
const NAME = 'Fixture hospitality';
const CALCULATORS = ['nps', 'churn', 'clv', 'health-score'];
const TEMP_PREFIX = '.fixture-build-';
const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'coverage']);
const skipped = (top: string) => SKIP.has(top) || top.startsWith(TEMP_PREFIX);

let dir: string;
const html = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
/** Asserts `page` contains `text` without printing the whole page on failure. */
const expectIn = (page: string, text: string | RegExp) =>
	expect(typeof text === 'string' ? page.includes(text) : text.test(page), `expected the page to contain ${String(text)}`).toBe(true);

describe('[slow] a fixture industry file appears everywhere without code changes', () => {
	beforeAll(async () => {
		dir = mkdtempSync(join(ROOT, TEMP_PREFIX));
		for (const entry of readdirSync(ROOT)) {
			if (!skipped(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
		}
		cpSync(join(ROOT, 'tests/fixtures/industries', `${ID}.yaml`), join(dir, 'src/content/data/industries', `${ID}.yaml`));
		// process.execPath is the Node 24 that runs vitest (npx uses the `node` devDependency).
		await run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			maxBuffer: 64 * 1024 * 1024,
		});
	}); // a whole build: the unit project's hang guard (vitest.config.ts) applies

	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('builds a hub page with the guidance, presets and sourced benchmark', () => {
		const page = html(`industries/${ID}`);
		expectIn(page, new RegExp(`<h1 id="_top"[^>]*>${NAME}</h1>`));
		expectIn(page, 'Fixture lead for escalation.');
		expectIn(page, 'Average booking value');
		expectIn(page, 'Fixture Hotel Survey, 2025');
	});

	it.each(CALCULATORS)('builds the %s calculator variant page', (calculator) => {
		const page = html(`tools/${calculator}/${ID}`);
		expectIn(page, new RegExp(`<h1 id="_top"[^>]*>[^<]*: ${NAME}</h1>`));
		expectIn(page, `href="/industries/${ID}/"`);
	});

	it('lists the industry on the overview and in the industry notes', () => {
		const page = html('industries');
		expectIn(page, `href="/industries/${ID}/"`);
		expectIn(page, `data-industry="${ID}"`);
	});

	it('gives the generated pages the industry search filter with its display name', () => {
		for (const path of [`industries/${ID}`, ...CALCULATORS.map((c) => `tools/${c}/${ID}`)]) {
			expectIn(html(path), `data-pagefind-filter="industry:${NAME}"`);
		}
		expect(existsSync(join(dir, 'dist/pagefind'))).toBe(true);
	});
});
