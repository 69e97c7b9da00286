/**
 * The content check is wired into the real build: `astro build` on a copy of
 * the project with broken pages fails before rendering, naming every broken
 * file and field in one run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve('.');
const skip = new Set(['node_modules', 'dist', '.astro', '.git', 'tests']);
let work: string;
let result: { status: number | null; output: string };

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'playbook-broken-'));
	for (const name of readdirSync(root)) {
		if (!skip.has(name)) cpSync(join(root, name), join(work, name), { recursive: true });
	}
	symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
	cpSync(join(root, 'tests/fixtures/broken-pages'), join(work, 'src/content/docs/broken'), { recursive: true });
	const run = spawnSync(join(root, 'node_modules/.bin/astro'), ['build'], {
		cwd: work,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
		timeout: 540_000, // a hang guard: a build on a busy machine takes minutes
	});
	result = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
});

afterAll(() => {
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('a build with broken frontmatter', () => {
	it('fails', () => {
		expect(result.status).not.toBe(0);
		expect(result.output).toContain('Content check failed: 5 problems in 5 files');
	});

	it.each([
		['missing-owner.mdx', 'owner: owner is required'],
		['malformed-date.mdx', 'reviewed: reviewed "10/01/2026" is not in YYYY-MM-DD form'],
		['review-before-reviewed.mdx', 'reviewBy: reviewBy (2026-01-10) must be later than reviewed (2026-07-10)'],
		['unknown-owner.mdx', 'owner: unknown owner "jane-doe"'],
		['unknown-audience.mdx', 'audience[0]: audience "customers" is not allowed'],
	])('names %s and the field to fix', (file, line) => {
		const block = result.output.split(`src/content/docs/broken/${file}`)[1]?.split('\n').slice(0, 3).join('\n') ?? '';
		expect(block).toContain(line);
	});

	it('does not render any page', () => {
		expect(result.output).not.toContain('generating static routes');
	});
});
