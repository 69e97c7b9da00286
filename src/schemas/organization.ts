/**
 * The organization the playbook belongs to: src/content/data/organization.yaml.
 * Renaming the sample organization means editing that one file.
 */
import { z } from 'zod';
import { idField, textField } from './fields.ts';

export const organizationSchema = z.object({
	/** Full name, used in the site title, the print edition and certificates. */
	name: textField('name', 'the organization\'s name, for example "Northwind Outfitters"'),
	/** Short name for tight spaces (browser tab, mobile header). */
	shortName: textField('shortName'),
	/** One line under the name on the home page. */
	tagline: textField('tagline'),
	/** What the organization sells, in a phrase ("outdoor gear and repairs"); used in worked examples. */
	business: textField('business'),
	/** Industry shown first until a reader picks their own; an id from src/content/data/industries/. */
	defaultIndustry: idField('defaultIndustry'),
	/** Where the playbook's source lives; edit and "suggest a change" links are built from it. */
	repository: z.object({
		/** Web address of the repository, without a trailing slash. */
		url: z
			.url({ message: 'repository.url must be a full web address such as https://github.com/acme/playbook' })
			.transform((url) => url.replace(/\/+$/, '')),
		/** Branch that holds the published playbook. */
		branch: textField('repository.branch').default('main'),
	}),
	/**
	 * Where readers find the published playbook, with its path
	 * (https://acme.github.io/playbook/); printed on the print edition's cover.
	 * A build's SITE_URL and BASE_PATH (the Publish workflow sets them from
	 * GitHub Pages) take precedence. Without either, the cover shows no address.
	 */
	siteUrl: z.url({ message: 'siteUrl must be a full web address such as https://acme.github.io/playbook/' }).optional(),
	/** Playbook edition, printed on certificates and the print edition. */
	version: textField('version').default('1.0'),
});

export type Organization = z.infer<typeof organizationSchema>;
