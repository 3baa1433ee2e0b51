/**
 * The browser suites test a built dist/; its absolute links (canonical, hreflang, sitemap, feeds) carry the
 * SITE_URL it was built with. A dist/ built for another address (by `npm start` on another port, or with a
 * production SITE_URL) would fail those checks for a reason that has nothing to do with the site, so the
 * suites refuse it up front and say how to rebuild.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSiteUrl } from '../src/lib/siteUrl';

/**
 * The origin a built folder's home page names as canonical, or null when the folder has no home page yet.
 * @example builtOrigin('dist') // 'http://localhost:4321'
 */
export function builtOrigin(dist: string): string | null {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return null;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(home, 'utf8'))?.[1];
  return canonical === undefined ? null : new URL(canonical).origin;
}

/**
 * Throws when `dist` exists but was built for another origin than the one SITE_URL (or its default) gives
 * the tests. A missing dist/ passes: the suite builds it with the same environment.
 * @throws Error naming both origins and the command that rebuilds.
 * @example assertBuiltForTests('dist', process.env)
 */
export function assertBuiltForTests(dist: string, env: Readonly<Record<string, string | undefined>>): void {
  const built = builtOrigin(dist);
  const expected = new URL(resolveSiteUrl(env)).origin;
  if (built !== null && built !== expected) {
    throw new Error(
      `${dist}/ was built for ${built}, but these tests expect ${expected} (SITE_URL). ` +
        `Rebuild with the same SITE_URL: "npm run build".`,
    );
  }
}
