/**
 * Astro integration: links the first use of each glossary term on a page to its
 * definition on /reference/glossary/#<id>.
 *
 * Astro 7 renders Markdown and MDX with the Sätteri processor by default (the
 * remark/rehype `markdown.remarkPlugins` option is deprecated and ignored
 * unless the unified processor is installed). Sätteri takes "mdast plugins":
 * objects with one visitor per node type. Like Starlight does for its own
 * plugins, this adds one to the configured processor's `mdastPlugins`, so no
 * extra package is needed. The matching itself is src/lib/glossary-links.ts.
 *
 * Skipped: headings, existing links, JSX components (their own markup), code
 * (code is not a text node), and the glossary page itself. Cost: one regular
 * expression over each text run of each page.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { AstroIntegration } from 'astro';
import { glossarySchema } from '../schemas/glossary.ts';
import { compileGlossaryMatcher, findGlossaryLinks, type GlossaryMatcher } from '../lib/glossary-links.ts';

/** Node types whose text must not become a link. */
const SKIP_INSIDE = new Set(['heading', 'link', 'linkReference', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

interface MinimalNode {
	type: string;
	value?: string;
}
interface MinimalContext {
	parent(node: MinimalNode): MinimalNode | undefined;
	replaceNode(node: MinimalNode, replacement: unknown[]): void;
}

/** The mdast plugin for one document; `linked` remembers which terms this page already linked. */
export function createGlossaryPlugin(matcher: GlossaryMatcher, glossaryUrl: string) {
	const linked = new Set<string>();
	return {
		name: 'playbook-glossary-links',
		text(node: MinimalNode, ctx: MinimalContext) {
			for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) {
				if (SKIP_INSIDE.has(parent.type)) return;
			}
			const segments = findGlossaryLinks(node.value ?? '', matcher, linked);
			if (segments.length === 1 && !segments[0].id) return;
			ctx.replaceNode(
				node,
				segments.map((s) =>
					s.id
						? {
								type: 'link',
								url: `${glossaryUrl}#${s.id}`,
								children: [{ type: 'text', value: s.text }],
								data: { hProperties: { className: ['pb-glossary-link'] } },
							}
						: { type: 'text', value: s.text },
				),
			);
		},
	};
}

export function glossaryLinks({ glossaryFile = 'src/content/data/glossary.yaml', glossaryPage = 'reference/glossary' } = {}): AstroIntegration {
	return {
		name: 'playbook:glossary-links',
		hooks: {
			'astro:config:setup': ({ config, logger }) => {
				const processor = config.markdown.processor as { name: string; options?: { mdastPlugins?: unknown[] } } | undefined;
				if (processor?.name !== 'satteri' || !processor.options?.mdastPlugins) {
					logger.warn(`glossary links are off: they need the default Sätteri Markdown processor, not "${processor?.name}"`);
					return;
				}
				const root = fileURLToPath(config.root);
				const parsed = glossarySchema.safeParse(parse(readFileSync(`${root}/${glossaryFile}`, 'utf8')));
				// The content check reports an invalid glossary with file and field; nothing to add here.
				if (!parsed.success) return;
				const matcher = compileGlossaryMatcher(parsed.data);
				const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				const glossaryUrl = `${base}${glossaryPage}/`;
				const docs = `${root}/src/content/docs/`.replace(/\/+/g, '/');
				const ownPage = new RegExp(`${glossaryPage.replace(/[/]/g, '\\/')}(?:\\/index)?\\.mdx?$`);
				processor.options.mdastPlugins.push(({ fileURL }: { fileURL?: URL }) => {
					if (!fileURL) return undefined;
					const path = fileURLToPath(fileURL);
					if (!path.startsWith(docs) || ownPage.test(path)) return undefined;
					return createGlossaryPlugin(matcher, glossaryUrl);
				});
			},
		},
	};
}
