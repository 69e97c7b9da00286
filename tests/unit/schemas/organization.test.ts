/** The organization settings (src/schemas/organization.ts): the currency money is shown in. */
import { describe, expect, it } from 'vitest';
import { checkContent, coreCrossChecks, coreDataFileSpecs, type RawContent } from '#src/schemas/check.ts';
import { organizationSchema } from '#src/schemas/organization.ts';

const organization = {
	name: 'Acme',
	shortName: 'Acme',
	tagline: 'We help',
	business: 'widgets',
	defaultIndustry: 'saas',
	repository: { url: 'https://github.com/acme/playbook' },
};

function problemsWith(settings: Record<string, unknown>) {
	const raw: RawContent = {
		pages: [],
		data: new Map<string, { file: string; data: unknown }>([
			['organization.yaml', { file: 'src/content/data/organization.yaml', data: settings }],
			[
				'owners.yaml',
				{
					file: 'src/content/data/owners.yaml',
					data: [{ id: 'maria-lopez', name: 'Maria Lopez', role: 'Head of Support', team: 'Support', github: 'mlopez' }],
				},
			],
			['industries/saas.yaml', { file: 'src/content/data/industries/saas.yaml', data: { name: 'SaaS', summary: 'Software.' } }],
		]),
	};
	return checkContent(raw, { specs: coreDataFileSpecs, rules: coreCrossChecks }).problems;
}

describe('currency', () => {
	it('is US dollars when the settings name none', () => {
		expect(organizationSchema.parse(organization).currency).toBe('USD');
	});

	it.each(['USD', 'EUR', 'GBP', 'JPY', 'CAD'])('accepts the ISO 4217 code %s', (currency) => {
		expect(problemsWith({ ...organization, currency })).toEqual([]);
	});

	it.each([
		['EURO', 'currency "EURO" is not an ISO 4217 currency code: write the three-letter code in capitals, for example currency: USD (or EUR, GBP, CAD)'],
		['usd', 'currency "usd" is not an ISO 4217 currency code: write the three-letter code in capitals, for example currency: USD (or EUR, GBP, CAD)'],
		['$', 'currency "$" is not an ISO 4217 currency code: write the three-letter code in capitals, for example currency: USD (or EUR, GBP, CAD)'],
		[978, 'currency must be text: write a three-letter ISO 4217 code, for example currency: USD'],
	])('refuses %j, naming the file, the field and the fix', (currency, message) => {
		expect(problemsWith({ ...organization, currency })).toEqual([{ file: 'src/content/data/organization.yaml', field: 'currency', message }]);
	});
});
