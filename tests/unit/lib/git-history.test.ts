import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	formatCommitUrl,
	indexHistoryByFile,
	loadGitHistory,
	NO_GIT_NOTE,
	PARTIAL_NOTE,
	parseGitLog,
	selectFileHistory,
	selectRecentChanges,
} from '../../../src/lib/git-history.ts';

const R = '\x1e';
const U = '\x1f';

describe('parseGitLog', () => {
	it('reads hash, date, subject and changed files from each record', () => {
		const output = `${R}aaaaaaa1${U}2026-11-02T09:30:00+01:00${U}Raise the chat target\n\nsrc/content/docs/standards/channels.mdx\nsrc/content/data/kpis.yaml\n${R}bbbbbbb2${U}2026-10-01T12:00:00Z${U}First draft\n\nsrc/content/docs/plan/index.mdx\n`;
		expect(parseGitLog(output)).toEqual([
			{
				hash: 'aaaaaaa1',
				date: new Date('2026-11-02T08:30:00Z'),
				subject: 'Raise the chat target',
				files: ['src/content/docs/standards/channels.mdx', 'src/content/data/kpis.yaml'],
			},
			{ hash: 'bbbbbbb2', date: new Date('2026-10-01T12:00:00Z'), subject: 'First draft', files: ['src/content/docs/plan/index.mdx'] },
		]);
	});

	it('skips records it cannot read instead of failing the build', () => {
		expect(parseGitLog(`${R}not-a-hash${U}yesterday${U}x\n\na.mdx\n${R}\n`)).toEqual([]);
		expect(parseGitLog('')).toEqual([]);
	});
});

const commits = parseGitLog(
	[
		`${R}c3c3c3c${U}2026-11-03T10:00:00Z${U}Tighten urgent replies\n\nsrc/content/docs/standards/index.mdx\nsrc/lib/x.ts`,
		`${R}c2c2c2c${U}2026-11-02T10:00:00Z${U}Refactor code only\n\nsrc/lib/x.ts`,
		`${R}c1c1c1c${U}2026-11-01T10:00:00Z${U}Write the plan overview\n\nsrc/content/docs/plan/index.mdx\nsrc/content/docs/standards/index.mdx`,
	].join('\n'),
);

describe('selecting history', () => {
	it("lists one file's commits newest first", () => {
		expect(selectFileHistory(commits, 'src/content/docs/standards/index.mdx').map((c) => c.hash)).toEqual(['c3c3c3c', 'c1c1c1c']);
		expect(selectFileHistory(commits, 'src/content/docs/standards/index.mdx', 1).map((c) => c.hash)).toEqual(['c3c3c3c']);
	});

	it('indexes every file in one pass with the same answers', () => {
		const index = indexHistoryByFile(commits);
		for (const file of ['src/content/docs/standards/index.mdx', 'src/content/docs/plan/index.mdx', 'src/lib/x.ts']) {
			expect(index.get(file)).toEqual(selectFileHistory(commits, file));
		}
	});

	it("keeps only content changes for What's new, without code-only commits", () => {
		const recent = selectRecentChanges(commits, ['src/content/'], 10);
		expect(recent.map((c) => [c.hash, c.files])).toEqual([
			['c3c3c3c', ['src/content/docs/standards/index.mdx']],
			['c1c1c1c', ['src/content/docs/plan/index.mdx', 'src/content/docs/standards/index.mdx']],
		]);
		expect(selectRecentChanges(commits, ['src/content/'], 1)).toHaveLength(1);
	});

	it('links a commit on the repository', () => {
		expect(formatCommitUrl('https://github.com/tidewater-analytics/playbook/', 'c3c3c3c')).toBe('https://github.com/tidewater-analytics/playbook/commit/c3c3c3c');
	});
});

describe('loadGitHistory on a real repository', () => {
	let repo: string;
	const git = (cwd: string, ...args: string[]) =>
		execFileSync('git', args, {
			cwd,
			encoding: 'utf8',
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'Test',
				GIT_AUTHOR_EMAIL: 'test@example.com',
				GIT_COMMITTER_NAME: 'Test',
				GIT_COMMITTER_EMAIL: 'test@example.com',
			},
		});
	const commitAt = (cwd: string, date: string, message: string) =>
		execFileSync('git', ['commit', '-q', '-m', message], {
			cwd,
			env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@e.x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@e.x', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
		});
	const write = (path: string, text: string) => {
		mkdirSync(join(repo, path, '..'), { recursive: true });
		writeFileSync(join(repo, path), text);
	};

	beforeAll(() => {
		repo = mkdtempSync(join(tmpdir(), 'playbook-history-'));
		git(repo, 'init', '-q', '-b', 'main');
		write('src/content/docs/plan/index.mdx', 'one');
		write('README.md', 'readme');
		git(repo, 'add', '.');
		commitAt(repo, '2026-10-01T09:00:00Z', 'Write the plan overview');
		write('src/content/docs/standards/response-times.mdx', 'times');
		write('src/content/docs/plan/index.mdx', 'two');
		git(repo, 'add', '.');
		commitAt(repo, '2026-10-15T09:00:00Z', 'Answer urgent tickets faster');
		write('README.md', 'readme 2');
		git(repo, 'add', '.');
		commitAt(repo, '2026-11-01T09:00:00Z', 'Code: tidy the readme');
	});
	afterAll(() => rmSync(repo, { recursive: true, force: true }));

	it('reads every commit that touched the given paths, newest first, with its files', () => {
		const history = loadGitHistory(repo, ['src/content']);
		expect(history).toMatchObject({ available: true, partial: false, note: undefined });
		expect(history.commits.map((c) => [c.subject, c.date.toISOString(), c.files.sort()])).toEqual([
			['Answer urgent tickets faster', '2026-10-15T09:00:00.000Z', ['src/content/docs/plan/index.mdx', 'src/content/docs/standards/response-times.mdx']],
			['Write the plan overview', '2026-10-01T09:00:00.000Z', ['src/content/docs/plan/index.mdx']],
		]);
	});

	it('gives paths relative to a project that sits in a sub-folder of the repository', () => {
		const history = loadGitHistory(join(repo, 'src'), ['content']);
		expect(history.commits[0].files.sort()).toEqual(['content/docs/plan/index.mdx', 'content/docs/standards/response-times.mdx']);
	});

	it('leaves out the boundary commit of a shallow clone and says history is partial', () => {
		const clone = mkdtempSync(join(tmpdir(), 'playbook-shallow-'));
		try {
			git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, clone);
			const history = loadGitHistory(clone, ['src/content']);
			expect(history).toEqual({ commits: [], available: true, partial: true, note: PARTIAL_NOTE });
			git(clone, 'fetch', '-q', '--depth', '3');
			const deeper = loadGitHistory(clone, ['src/content']);
			expect(deeper.partial).toBe(true);
			expect(deeper.commits.map((c) => c.subject)).toEqual(['Answer urgent tickets faster']);
		} finally {
			rmSync(clone, { recursive: true, force: true });
		}
	}); // clones and fetches: slow on a busy machine, so the unit project's generous hang guard applies

	it('returns an explanation instead of throwing outside a repository', () => {
		const plain = mkdtempSync(join(tmpdir(), 'playbook-nogit-'));
		try {
			expect(loadGitHistory(plain)).toEqual({ commits: [], available: false, partial: false, note: NO_GIT_NOTE });
		} finally {
			rmSync(plain, { recursive: true, force: true });
		}
	});
});
