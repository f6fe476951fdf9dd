/**
 * Starlight route middleware. A page titled like the site (the home page)
 * would read "IAM Roles Lab | IAM Roles Lab" in the browser tab and in
 * search engines: its `<title>` becomes the site title alone.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { soleTitle } from './lib/sole-title.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = soleTitle(route.head, route.entry.data.title, route.siteTitle);
});
