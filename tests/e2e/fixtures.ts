import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type Request } from '@playwright/test';
import { resolveSiteUrl } from '../../src/lib/siteUrl';
import { routesFromDisk } from '../../src/lib/routesFromDisk';
import type { Route } from '../../src/lib/routeTable';

/** Every URL of the built site, read from content/ exactly as the build reads it, with the same SITE_URL. */
export const routes: readonly Route[] = routesFromDisk('content', resolveSiteUrl(process.env));

/** WCAG levels the site is held to (DESIGN §8). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Known axe exceptions, each with the reason it is acceptable. Empty: there are none. */
export const AXE_EXCEPTIONS: readonly { rule: string; path: string; reason: string }[] = [];

/**
 * Records every request a page makes, so tests can assert none leaves the site's origin.
 * @example const log = recordRequests(page); await page.goto('/'); foreignRequests(log, baseURL)
 */
export function recordRequests(page: Page): Request[] {
  const log: Request[] = [];
  page.on('request', (request) => log.push(request));
  return log;
}

/** URLs of requests to any origin other than `origin` (data: and blob: are local). */
export function foreignRequests(log: readonly Request[], origin: string): string[] {
  const own = new URL(origin).origin;
  return log
    .map((r) => r.url())
    .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== own);
}

/** Aborts anything bound for another origin, so a leak is recorded but never sent. */
export async function blockForeign(page: Page, origin: string): Promise<void> {
  await page.route(
    (url) => url.origin !== origin && url.protocol !== 'data:',
    (route) => route.abort(),
  );
}

/** Starts recording `securitypolicyviolation` events; read them with `cspViolations(page)`. */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = list;
    document.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** The CSP violations recorded on the current page. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/**
 * Opens `path` with the browser's own text size doubled (16 px → 32 px), as a reader who set 200% text would
 * see it, and waits until the page uses it.
 * @example await openAtDoubleTextSize(page, '/find-treatment/')
 */
export async function openAtDoubleTextSize(page: Page, path: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(path);
  await expect
    .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)))
    .toBe(32);
}

export const test = base.extend<{ makeAxeBuilder: () => AxeBuilder }>({
  makeAxeBuilder: async ({ page }, use) => {
    await use(() => {
      const builder = new AxeBuilder({ page }).withTags([...AXE_TAGS]);
      const path = new URL(page.url()).pathname;
      const skipped = AXE_EXCEPTIONS.filter((e) => e.path === path).map((e) => e.rule);
      return skipped.length > 0 ? builder.disableRules(skipped) : builder;
    });
  },
});

export { expect };
