import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedRoutes } from '#src/schemas/generated-pages.ts';
import { runContentCheck } from '#src/integrations/content-check.ts';

const walk = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

describe('generated pages the content check knows', () => {
	it('covers every route in src/pages with a [parameter], so links to its pages are checked', () => {
		const dynamicRoutes = walk('src/pages').filter((file) => file.includes('['));
		expect(dynamicRoutes.sort()).toEqual(generatedRoutes.map((r) => r.file).sort());
	});

	it('lists a hub per industry file and a calculator page per calculator and industry', () => {
		const { content } = runContentCheck(process.cwd());
		const addresses = generatedRoutes.flatMap((route) => route.list(content).map((page) => page.address));
		expect(addresses).toContain('/industries/saas/');
		expect(addresses).toContain('/tools/health-score/retail/');
		expect(addresses).toHaveLength(content.industries.size * 5);
	});
});
