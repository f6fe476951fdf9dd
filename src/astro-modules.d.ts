/**
 * Lets plain `tsc` (npm run typecheck) resolve `.astro` imports in `.ts`
 * files such as the MDX barrel; Astro's own tooling types them fully.
 */
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
	const Component: AstroComponentFactory;
	export default Component;
}
