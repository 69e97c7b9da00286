/**
 * Starlight route middleware: prunes each page's sidebar to its own section
 * (see src/lib/sidebar-prune.ts for why). Pagination is computed before this
 * runs, so previous/next links still follow the full order.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { pruneSidebar } from './lib/sidebar-prune.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.sidebar = pruneSidebar(route.sidebar as Parameters<typeof pruneSidebar>[0]) as typeof route.sidebar;
});
