/**
 * Tables that a reader cannot see whole: every table must either fit the
 * column it sits in or sit in a scroll region a reader can find and use. A
 * region counts when it shows a cue that there is more to the side (a
 * shadow or fade edge: a gradient or box-shadow on the region, its wrapper
 * or their ::before/::after), takes keyboard focus (so arrow keys scroll it)
 * and has an accessible name (so a screen reader announces what the focus
 * landed on). A table clipped by `overflow: hidden`, or sticking out past the
 * screen, fails. Closed <details> are opened first, so the tables readers
 * unfold are checked too (which leaves them open: check last).
 */
import type { Page } from 'playwright-core';

/** One line per table that neither fits nor scrolls in a usable region; empty when all is well. */
export async function listTableProblems(page: Page): Promise<string[]> {
	// Sections that render their contents when opened do so on the toggle event: two frames later they are there.
	await page.evaluate(async () => {
		for (const details of document.querySelectorAll('details:not([open])')) details.setAttribute('open', '');
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
	});
	return page.evaluate(() => {
		const problems: string[] = [];
		const slack = 1;
		const describeTable = (table: HTMLTableElement, index: number) => {
			const caption = table.caption?.textContent?.trim() || table.getAttribute('aria-label') || table.querySelector('th')?.textContent?.trim() || '';
			return `table ${index + 1} ("${caption.slice(0, 50)}")`;
		};
		/** Left and right edge of the box an element shows its content in (inside borders and scrollbars). */
		const viewBox = (element: Element) => {
			const rect = element.getBoundingClientRect();
			const left = rect.left + element.clientLeft;
			return { left, right: left + element.clientWidth };
		};
		const nameOf = (element: Element) => {
			const labelledBy = element.getAttribute('aria-labelledby');
			if (labelledBy) {
				return labelledBy
					.split(/\s+/)
					.map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
					.join(' ')
					.trim();
			}
			return element.getAttribute('aria-label')?.trim() ?? '';
		};
		const paintsCue = (element: Element) =>
			[null, '::before', '::after'].some((pseudo) => {
				const style = getComputedStyle(element, pseudo);
				if (pseudo && (style.content === 'none' || style.content === 'normal')) return false;
				if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
				return style.backgroundImage.includes('gradient') || style.boxShadow !== 'none';
			});
		const checkRegion = (region: Element, what: string) => {
			const issues: string[] = [];
			if ((region as HTMLElement).tabIndex < 0) issues.push('cannot take keyboard focus (tabindex="0")');
			const role = region.getAttribute('role');
			if (!nameOf(region)) issues.push('has no accessible name (aria-label or aria-labelledby)');
			else if (!role && !['SECTION', 'FIGURE', 'TABLE'].includes(region.tagName)) issues.push('has a name but no role to carry it (role="region")');
			if (!paintsCue(region) && !(region.parentElement && paintsCue(region.parentElement))) issues.push('shows no scroll cue (shadow or fade edge)');
			return issues.length ? [`${what} scrolls sideways but ${issues.join(', ')}`] : [];
		};
		[...document.querySelectorAll('table')].forEach((table, index) => {
			const box = table.getBoundingClientRect();
			// Hidden tables (another industry's, a chart's table alternative for screen readers) are not seen.
			if (box.width <= 1 || box.height <= 1) return;
			const what = describeTable(table, index);
			// The box that has to fit: the table, then the scroll region once one is found.
			let target: Element = table;
			let scrolled = false;
			if (table.scrollWidth > table.clientWidth + slack && /auto|scroll/.test(getComputedStyle(table).overflowX)) {
				problems.push(...checkRegion(table, what));
				scrolled = true;
			}
			for (let element = table.parentElement; element && element !== document.documentElement; element = element.parentElement) {
				const rect = target.getBoundingClientRect();
				const view = viewBox(element);
				if (rect.left >= view.left - slack && rect.right <= view.right + slack) continue;
				const overflow = getComputedStyle(element).overflowX;
				if (/auto|scroll/.test(overflow)) {
					if (!scrolled) problems.push(...checkRegion(element, what));
					scrolled = true;
					target = element;
				} else if (/hidden|clip/.test(overflow)) {
					problems.push(
						`${what} is cut off by ${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (overflow: ${overflow}), with no way to scroll to the rest`,
					);
					return;
				}
			}
			const rect = target.getBoundingClientRect();
			if (rect.left < -slack || rect.right > window.innerWidth + slack) {
				problems.push(`${what} runs ${Math.round(rect.right - window.innerWidth)} px past the edge of the screen`);
			}
		});
		return problems;
	});
}
