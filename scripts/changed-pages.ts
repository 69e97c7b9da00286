/**
 * For the checks workflow's fast lane: compare this branch with a base ref
 * and print, in GitHub Actions output format, whether only content changed and
 * which pages to sweep (see src/lib/changed-pages.ts).
 *
 *   node scripts/changed-pages.ts origin/main      content_only=true / pages=/plan/,/tools/nps/ (empty: every page)
 */
import { execFileSync } from 'node:child_process';
import { planContentLane } from '../src/lib/changed-pages.ts';

const base = process.argv[2];
if (!base) {
	console.error('Give the base to compare with: node scripts/changed-pages.ts origin/main');
	process.exit(1);
}
const files = execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], { encoding: 'utf8' }).split('\n');
const lane = planContentLane(files);
console.log(`content_only=${lane.contentOnly}`);
console.log(`pages=${lane.pages?.join(',') ?? ''}`);
