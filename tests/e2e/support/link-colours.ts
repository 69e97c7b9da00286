/**
 * Links left in the browser's own link blue: a link gets it when it sits
 * outside the styles Starlight gives page content, next to theme-coloured
 * links. Links in parts not shown yet (a closed section, a banner for return
 * visits) count too; a link clipped out of sight until focused (the skip
 * link) is checked with focus.
 *
 * The browser's blue is read from the page itself (a link with every style
 * reverted), since it differs with the colour scheme: rgb(0, 0, 238) in a
 * light one, a paler blue in a dark one. Visited links cannot be checked:
 * browsers report every link's unvisited colour to scripts, for privacy; a
 * link with a theme colour has it visited too, as Starlight styles both.
 */
import type { Page } from 'playwright-core';

export type Theme = 'light' | 'dark';

/** The colour a link with every style reverted has in `theme`: the browser's own. */
export async function readBrowserLinkColour(page: Page, theme: Theme): Promise<string> {
	return page.evaluate((theme) => {
		document.documentElement.setAttribute('data-theme', theme);
		const probe = document.createElement('a');
		probe.href = '#';
		probe.style.all = 'revert';
		document.body.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	}, theme);
}

/** Links ("text" → href (colour)) whose colour is the browser's default in `theme`. */
export async function listDefaultColouredLinks(page: Page, theme: Theme): Promise<string[]> {
	const browserDefault = await readBrowserLinkColour(page, theme);
	return page.evaluate(
		({ theme, browserDefault }) => {
			document.documentElement.setAttribute('data-theme', theme);
			const defaults = new Set([browserDefault, 'rgb(0, 0, 238)', 'rgb(85, 26, 139)']);
			/** Clipped to nothing until focused, as a skip link is: its colour shows only with focus. */
			const isHiddenUntilFocus = (a: HTMLAnchorElement) => {
				const style = getComputedStyle(a);
				return style.getPropertyValue('clip') === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)';
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
		},
		{ theme, browserDefault },
	);
}
