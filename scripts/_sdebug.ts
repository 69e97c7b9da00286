import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '/work/wt/issue-14/tests/e2e/support/chromium.ts';
import { serveStatic } from '/work/wt/issue-14/tests/e2e/support/server.ts';
import { pagefindOptions } from '/work/wt/issue-14/src/search-options.ts';
const server = await serveStatic(resolve('dist'));
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
const page = await browser.newPage();
await page.goto(`${server.url}/`);
const out = await page.evaluate(async ({ terms, options }) => {
  const pf = await import('/pagefind/pagefind.js' as string);
  await pf.options(options);
  const res: string[] = [];
  for (const t of terms) {
    const s = await pf.search(t);
    res.push(`## ${t}`);
    for (const r of s.results.slice(0, 4)) {
      const d = await r.data();
      res.push(`  ${r.score.toFixed(2)} ${d.url} meta=${JSON.stringify(d.meta).slice(0,120)} matched=${JSON.stringify(d.matchedMetaFields ?? r.matchedMetaFields)}`);
      for (const sr of d.sub_results.slice(0, 6)) res.push(`     - ${sr.anchor?.id ?? '(page)'} ${sr.title} [${sr.locations.length}] ${sr.excerpt.slice(0, 100)}`);
    }
  }
  return res.join('\n');
}, { terms: process.argv.slice(2), options: pagefindOptions });
console.log(out);
await browser.close(); await server.close();
