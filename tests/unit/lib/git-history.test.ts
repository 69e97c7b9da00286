import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCommitUrl, loadGitHistory, NO_GIT_NOTE, PARTIAL_NOTE, parseGitLog } from '#src/lib/git-history.ts';

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

describe('formatCommitUrl', () => {
	it('links a commit on the repository, whatever the trailing slash', () => {
		expect(formatCommitUrl('https://github.com/o/r/', 'abc1234')).toBe('https://github.com/o/r/commit/abc1234');
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
			env: {
				...process.env,
				GIT_AUTHOR_NAME: 'T',
				GIT_AUTHOR_EMAIL: 't@e.x',
				GIT_COMMITTER_NAME: 'T',
				GIT_COMMITTER_EMAIL: 't@e.x',
				GIT_AUTHOR_DATE: date,
				GIT_COMMITTER_DATE: date,
			},
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
