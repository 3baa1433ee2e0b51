import { expect, test, type Page } from '@playwright/test';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { loadHotlines } from '../../src/lib/contentFiles';
import { telHref } from '../../src/lib/tel';

const crisisHrefs = loadHotlines()
  .filter((h) => h.crisisBar !== undefined)
  .sort((a, b) => a.crisisBar! - b.crisisBar!)
  .map((h) => telHref(h.channels.call!, h.extension));

test.describe('through nginx, without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  for (const locale of LOCALES) {
    const home = localizedPath(locale.code, '');
    test(`${home} shows every crisis line in the first screen`, async ({ page }) => {
      const response = await page.goto(home);
      expect(response?.status()).toBe(200);
      const links = page.locator('.crisis-bar a[href^="tel:"]');
      await expect(links).toHaveCount(crisisHrefs.length);
      for (const [index, href] of crisisHrefs.entries()) {
        await expect(links.nth(index)).toHaveAttribute('href', href);
        await expect(links.nth(index)).toBeInViewport();
      }
    });

    const missing = `${home}no-such-page/`;
    test(`${missing} answers 404 with the ${locale.label} not-found page and the crisis bar`, async ({ page }) => {
      const response = await page.goto(missing);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.htmlLang);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('.crisis-bar a[href^="tel:"]')).toHaveCount(crisisHrefs.length);
    });
  }

  for (const locale of LOCALES.filter((l) => l.path !== '')) {
    test(`/${locale.path} lands on /${locale.path}/`, async ({ page, baseURL }) => {
      await page.goto(`/${locale.path}`);
      expect(page.url()).toBe(`${baseURL}/${locale.path}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale.htmlLang);
    });
  }
});

/** Warnings and errors the browser prints about a page and its response headers. */
function browserComplaints(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(m.text());
  });
  return messages;
}

const NOT_FOUND_NOTICE = 'Failed to load resource: the server responded with a status of 404 (Not Found)';

test('the browser accepts every response header without a warning', async ({ page }) => {
  const complaints = browserComplaints(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.goto('/es/no-such-page/', { waitUntil: 'networkidle' });
  // The 404 status itself is reported once, for the missing page.
  expect(complaints).toEqual([NOT_FOUND_NOTICE]);
});

test('canary: a header the browser does not understand is reported as a warning', async ({ page, baseURL }) => {
  const complaints = browserComplaints(page);
  await page.route(`${baseURL}/canary/`, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html', 'permissions-policy': 'geolocation=(self), no-such-feature=()' },
      body: '<!doctype html><title>canary</title>',
    }),
  );
  await page.goto('/canary/');
  await expect
    .poll(() => complaints)
    .toContainEqual(expect.stringContaining("Unrecognized feature: 'no-such-feature'"));
});
