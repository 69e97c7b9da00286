// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import { parse } from 'yaml';
import { organizationSchema } from './src/schemas/organization.ts';
import { sidebar } from './src/sidebar.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { baseLinks } from './src/integrations/base-links.ts';
import { pagefindRanking } from './src/search-options.ts';
import { finishPages } from './src/integrations/finish-pages.ts';

// The organization's name and repository come from its settings file, so
// renaming the sample organization never touches code. Only the fields used
// here are read, so a mistake elsewhere in the file (a currency code, say)
// reaches the content check, which names the file, the field and the fix.
const organization = organizationSchema
	.pick({ name: true, shortName: true, tagline: true, repository: true })
	.parse(parse(readFileSync(new URL('./src/content/data/organization.yaml', import.meta.url), 'utf8')));

// Where the site is published. GitHub Pages sets both in the deploy workflow.
// A local build has no site address of its own (no canonical links to
// localhost); the print edition's cover then shows the organization's siteUrl.
const site = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [
		// First, so bad content stops the build before anything renders.
		contentCheck(),
		// Before Starlight, whose build step indexes the pages for search: one pass over the
		// built pages puts table cells apart in excerpts and adds the security policy.
		finishPages(),
		starlight({
			title: `${organization.shortName} Playbook`,
			description: `${organization.name}: ${organization.tagline}`,
			editLink: { baseUrl: `${organization.repository.url}/edit/${organization.repository.branch}/` },
			lastUpdated: true,
			customCss: ['./src/styles/playbook.css', './src/styles/tables.css', './src/styles/controls.css'],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
				EditLink: './src/components/overrides/EditLink.astro',
				Footer: './src/components/overrides/Footer.astro',
				LastUpdated: './src/components/overrides/LastUpdated.astro',
			},
			sidebar,
			routeMiddleware: './src/route-middleware.ts',
			// Search ranking (staff vocabulary, answer pages first): src/search-options.ts.
			pagefind: { ranking: pagefindRanking },
		}),
		react(),
		// First use of each glossary term on a page links to /reference/glossary/#<id>.
		glossaryLinks(),
		// Under a sub-path (BASE_PATH), root-relative links in pages get the base.
		baseLinks(),
	],
});
