import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { blockForeign, cspViolations, expect, foreignRequests, recordRequests, test, watchCsp } from '../e2e/fixtures';

// Every page's privacy check runs against the preview server (tests/e2e/every-page.spec.ts); through nginx,
// with the real headers added to each page's own policy, the pages with scripts are checked again.
// Every language's home and search pages, and the statistics page in the last language of the list.
const PAGES = [
  ...LOCALES.flatMap((l) => [localizedPath(l.code, ''), localizedPath(l.code, 'search')]),
  '/find-treatment/',
  localizedPath(LOCALES[LOCALES.length - 1]!.code, 'statistics'),
  '/families/',
];

for (const path of PAGES) {
  test(`through nginx, ${path} requests nothing from another origin and breaks no CSP rule`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    await blockForeign(page, origin);
    await watchCsp(page);
    const log = recordRequests(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreignRequests(log, origin)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
}
