/**
 * Starlight route middleware: prunes each page's sidebar to its own section
 * (see src/lib/sidebar-prune.ts for why). Pagination is computed before this
 * runs, so previous/next links still follow the full order.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pruneSidebar, MAX_GROUP_LINKS } from './lib/sidebar-prune.ts';
import { formatFolderLabel, sections } from './sidebar.ts';

// Top-level groups keep their configured labels; subfolder groups get readable ones.
const sectionLabels = new Set(sections.map((s) => s.label));
const formatLabel = (label: string) => (sectionLabels.has(label) ? label : formatFolderLabel(label));

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = pruneSidebar(route.sidebar as Parameters<typeof pruneSidebar>[0], MAX_GROUP_LINKS, formatLabel) as typeof route.sidebar;
});
