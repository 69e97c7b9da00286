/**
 * Every link on every built page, in the light and the dark theme, takes its
 * colour from the theme: none is left in the browser's own link blue (which
 * a link gets when it sits outside the styles Starlight gives page content),
 * next to theme-coloured links. Links in parts not shown yet (a closed
 * section, a banner for return visits) count too; a link clipped out of
 * sight until focused (the skip link) is checked with focus.
 *
 * The browser's blue is read from the page itself (a link with every style
 * reverted), since it differs with the colour scheme: rgb(0, 0, 238) in a
 * light one, a paler blue in a dark one. Visited links cannot be checked:
 * browsers report every link's unvisited colour to scripts, for privacy; a
 * link with a theme colour has it visited too, as Starlight styles both.
 */
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { listBuiltPages } from './support/browser.ts';
import { it } from './support/calculator.ts';

/** Links ("text" → href) whose colour is the browser's default in this theme. */
async function listDefaultColouredLinks(page: Page, theme: 'light' | 'dark'): Promise<string[]> {
	return page.evaluate((theme) => {
		document.documentElement.setAttribute('data-theme', theme);
		const probe = document.createElement('a');
		probe.href = '#';
		probe.style.all = 'revert';
		document.body.append(probe);
		const defaults = new Set([getComputedStyle(probe).color, 'rgb(0, 0, 238)', 'rgb(85, 26, 139)']);
		probe.remove();
		/** Clipped to nothing until focused, as a skip link is: its colour shows only with focus. */
		const isHiddenUntilFocus = (a: HTMLAnchorElement) => {
			const style = getComputedStyle(a);
			return style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
		};
		const colourOf = (a: HTMLAnchorElement) => {
			if (!isHiddenUntilFocus(a)) return getComputedStyle(a).color;
			a.focus();
			const colour = getComputedStyle(a).color;
			a.blur();
			return colour;
		};
		return [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].flatMap((a) => {
			const colour = colourOf(a);
			return defaults.has(colour) ? [`"${(a.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60)}" → ${a.getAttribute('href')} (${colour})`] : [];
		});
	}, theme);
}

const pages = listBuiltPages();

describe('link colours', () => {
	it('reads the browser default from a link with its styles reverted', async ({ openPage }) => {
		const tracked = await openPage('/', { reuseTab: true });
		const colour = await tracked.page.evaluate(() => {
			document.documentElement.setAttribute('data-theme', 'light');
			const probe = document.createElement('a');
			probe.href = '#';
			probe.style.all = 'revert';
			document.body.append(probe);
			return getComputedStyle(probe).color;
		});
		expect(colour).toBe('rgb(0, 0, 238)');
	});

	// One at a time in one reused tab: see openPage's reuseTab.
	it.for(pages)('%s: no link in the browser default colour, light or dark', async (path, { openPage }) => {
		const tracked = await openPage(path, { reuseTab: true });
		expect(await listDefaultColouredLinks(tracked.page, 'light'), 'light theme').toEqual([]);
		expect(await listDefaultColouredLinks(tracked.page, 'dark'), 'dark theme').toEqual([]);
	});
});
