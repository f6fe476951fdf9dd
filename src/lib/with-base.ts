/**
 * Prefixes a root-relative link with the site's deploy base, so that content
 * written as `/chapters/06-how-aws-decides/` works when the site is served
 * under a sub-path such as `/iam-roles-lab/`.
 */

/**
 * Returns `href` with `base` in front when `href` is root-relative
 * (`/chapters/…`, `/reference/…#anchor`); any other link (absolute URL,
 * protocol-relative `//host`, `#anchor`, `mailto:`, relative `../x`) and a link
 * that already starts with the base come back unchanged.
 *
 * @param base the configured base, e.g. `/` or `/iam-roles-lab` or `/iam-roles-lab/`
 */
export function withBase(href: string, base: string): string {
	if (!href.startsWith('/') || href.startsWith('//')) return href;
	const prefix = _normalizeBase(base);
	if (prefix === '') return href;
	if (href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}

/** `/` → ``; `/docs/` → `/docs`; `docs` → `/docs`. */
function _normalizeBase(base: string): string {
	const trimmed = base.replace(/\/+$/, '');
	if (trimmed === '') return '';
	return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
