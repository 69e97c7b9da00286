/**
 * Astro integration: when the site is published under a sub-path (BASE_PATH,
 * e.g. GitHub Pages at /playbook/), root-relative Markdown links in pages
 * ("[escalation](/plan/escalation/)") get the base in front, so authors write
 * links the same way wherever the site is hosted. Does nothing at base "/".
 *
 * Component props are out of its reach (Sätteri cannot change a JSX node's
 * attributes), so the home page's cards and hero actions link relative to the
 * home page (`href="plan/"`), which works at any base; after the build, every
 * page is checked for a root-relative link that misses the base, and the
 * build fails naming the page and the link.
 *
 * Like src/integrations/glossary-links.ts, this adds an mdast plugin to Astro 7's
 * default Sätteri processor. The rewriting itself is src/lib/page-href.ts.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findUnbasedLinks, prefixBase } from '../lib/page-href.ts';
import { listHtmlFiles } from './list-html-files.ts';

interface LinkNode {
	type: string;
	url?: string;
}
interface LinkContext {
	setProperty(node: LinkNode, key: 'url', value: string): void;
}

export function baseLinks(): AstroIntegration {
	let base = '/';
	return {
		name: 'playbook:base-links',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				base = config.base;
				if (config.base === '/' || config.base === '') return;
				const processor = config.markdown.processor as { name: string; options?: { mdastPlugins?: unknown[] } } | undefined;
				if (processor?.name !== 'satteri' || !processor.options?.mdastPlugins) {
					logger.warn(`links in pages will not get the base path ${config.base}: that needs the default Sätteri Markdown processor, not "${processor?.name}"`);
					return;
				}
				const rewrite = (node: LinkNode, ctx: LinkContext) => {
					const url = node.url ?? '';
					const prefixed = prefixBase(config.base, url);
					if (prefixed !== url) ctx.setProperty(node, 'url', prefixed);
				};
				processor.options.mdastPlugins.push(() => ({ name: 'playbook-base-links', link: rewrite, definition: rewrite }));
			},
			'astro:build:done': ({ dir }) => {
				if (base === '/' || base === '') return;
				const outDir = fileURLToPath(dir);
				const problems = listHtmlFiles(outDir).flatMap((file) =>
					findUnbasedLinks(readFileSync(file, 'utf8'), base).map((link) => `  ${relative(outDir, file)}: ${link}`),
				);
				if (problems.length > 0) {
					throw new Error(
						`These links miss the base path ${base}, so they break when the site is published there:\n${problems.slice(0, 30).join('\n')}\n` +
							'Write Markdown links from the site root ([text](/plan/)); in component props on the home page, write them relative to it (href="plan/").',
					);
				}
			},
		},
	};
}
