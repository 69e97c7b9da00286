/**
 * The organization the playbook belongs to: src/content/data/organization.yaml.
 * Renaming the sample organization means editing that one file.
 */
import { z } from 'zod';
import { DEFAULT_CURRENCY } from '../lib/format.ts';
import { idField, textField } from './fields.ts';

// The ISO 4217 codes this JavaScript engine can format (Node and browsers share the list).
const currencyCodes = new Set(Intl.supportedValuesOf('currency'));

/** An ISO 4217 currency code in capitals, one formatMoney accepts (also a calculator preset's `currency`). */
export const currencyField = z
	.string({ error: 'currency must be text: write a three-letter ISO 4217 code, for example currency: USD' })
	.refine((code) => currencyCodes.has(code), {
		error: (issue) =>
			`currency "${String(issue.input)}" is not an ISO 4217 currency code: write the three-letter code in capitals, for example currency: USD (or EUR, GBP, CAD)`,
	});

export const organizationSchema = z.object({
	/** Full name, used in the site title, the print edition and certificates. */
	name: textField('name', 'the organization\'s name, for example "Northwind Outfitters"'),
	/** Short name for tight spaces (browser tab, mobile header). */
	shortName: textField('shortName'),
	/** One line under the name on the home page. */
	tagline: textField('tagline'),
	/** What the organization sells, in a phrase ("outdoor gear and repairs"); used in worked examples. */
	business: textField('business'),
	/** Currency of amounts in the playbook (ISO 4217 code such as USD, EUR, GBP); money is shown in it. */
	currency: currencyField.default(DEFAULT_CURRENCY),
	/** Industry shown first until a reader picks their own; an id from src/content/data/industries/. */
	defaultIndustry: idField('defaultIndustry'),
	/** Where the playbook's source lives; edit and "suggest a change" links are built from it. */
	repository: z.object({
		/** Web address of the repository, without a trailing slash. */
		url: z.url({ message: 'repository.url must be a full web address such as https://github.com/acme/playbook' }).transform((url) => url.replace(/\/+$/, '')),
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
