// @ts-check
/**
 * The course site: Astro + Starlight reading `content/`.
 *
 * Deploying under a sub-path: set SITE_BASE (e.g. `SITE_BASE=/iam-roles-lab`)
 * and, for canonical URLs and the sitemap, SITE_URL (e.g.
 * `https://example.github.io`). Root-relative links in content are prefixed
 * with the base at build time (src/lib/base-links-plugin.ts); every internal
 * link of the built site is checked after the build (src/lib/check-links.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { siteChecks } from './src/lib/site-checks-integration.ts';
import { sidebarFromFolder } from './src/lib/sidebar-from-folder.ts';

const base = process.env.SITE_BASE || '/';
const contentDir = fileURLToPath(new URL('./content/', import.meta.url));

export default defineConfig({
	site: process.env.SITE_URL || undefined,
	base,
	trailingSlash: 'ignore',
	integrations: [
		starlight({
			title: 'IAM Roles Lab',
			description:
				'A hands-on course on AWS IAM roles: trust policies, permission policies, how AWS decides, with an in-page policy playground.',
			markdown: { processedDirs: ['./content/'] },
			customCss: ['./src/styles/site.css'],
			components: {
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
				Search: './src/components/overrides/Search.astro',
			},
			lastUpdated: false,
			routeMiddleware: './src/route-data.ts',
			sidebar: [
				{
					label: 'Course',
					items: [
						{ label: 'All chapters', link: '/chapters/' },
						...sidebarFromFolder(contentDir, 'chapters', { numbered: true }),
					],
				},
				{
					label: 'Reference',
					items: [
						...sidebarFromFolder(contentDir, 'reference'),
						{ label: 'AWS services', link: '/reference/services/' },
						{ label: 'AWS managed policies', link: '/reference/managed-policies/' },
					],
				},
				{ label: 'Playground', link: '/playground/' },
				{ label: 'Account explorer', link: '/explorer/' },
			],
		}),
		siteChecks({ base, contentDir }),
	],
});
