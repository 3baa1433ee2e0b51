/** Where `astro preview` serves the built site; the origin of local builds. */
export const LOCAL_PREVIEW_URL = 'http://localhost:4321';

const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost\.localdomain)$|(^|\.)example\./;

/**
 * The absolute origin for canonical links, hreflang, the sitemap, feeds and citations.
 * `SITE_URL` when set (must be http(s) and never a placeholder host), else the local preview address.
 * @example resolveSiteUrl({}) // 'http://localhost:4321'
 * @example resolveSiteUrl({ SITE_URL: 'https://help.example.org' }) // throws
 */
export function resolveSiteUrl(env: Readonly<Record<string, string | undefined>>): string {
  const raw = env['SITE_URL'];
  if (raw === undefined || raw.trim() === '') return LOCAL_PREVIEW_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://help.city.gov, received "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, received "${raw}"`);
  }
  if (PLACEHOLDER_HOST.test(url.hostname)) {
    throw new Error(
      `SITE_URL uses a placeholder host (${url.hostname}); set the real address the site is published at`,
    );
  }
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw new Error(`SITE_URL must be an origin without a path, query or fragment, received "${raw}"`);
  }
  return url.origin;
}
