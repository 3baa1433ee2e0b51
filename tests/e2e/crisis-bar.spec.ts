import { uiTables } from '../../scripts/lib/searchProbe';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { loadHotlines, loadSources } from '../../src/lib/contentFiles';
import { crisisBarYear } from '../../src/lib/hotlines';
import { digitsOf, telHref } from '../../src/lib/tel';
import { expect, routes, test } from './fixtures';

const barLines = loadHotlines()
  .filter((h) => h.crisisBar !== undefined)
  .sort((a, b) => a.crisisBar! - b.crisisBar!);
const expectedHrefs = barLines.map((h) => telHref(h.channels.call!, h.extension));

test('the crisis bar dials 911, 988, Spectrum inpatient and Spectrum outpatient extension 1161, in that order', () => {
  expect(expectedHrefs).toEqual(['tel:911', 'tel:988', 'tel:+18003667732', 'tel:+18004649555,1161']);
});

const viewports = [
  { name: 'a 320 px phone', width: 320, height: 640 },
  { name: 'a 1280 px desktop', width: 1280, height: 800 },
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of routes) {
    test(`${route.path} shows every crisis line in the first screen as a 44 px call link, on a 320 px phone and a desktop`, async ({
      page,
    }) => {
      for (const viewport of viewports) {
        await page.setViewportSize({ width: viewport.width, height: viewport.height });
        await page.goto(route.path);
        const links = page.locator('.crisis-bar a[href^="tel:"]');
        await expect(links, viewport.name).toHaveCount(expectedHrefs.length);
        for (const [index, href] of expectedHrefs.entries()) {
          const link = links.nth(index);
          await expect(link, viewport.name).toHaveAttribute('href', href);
          await expect(link, viewport.name).toBeInViewport();
          const box = await link.boundingBox();
          expect(box!.width, viewport.name).toBeGreaterThanOrEqual(44);
          expect(box!.height, viewport.name).toBeGreaterThanOrEqual(44);
          // The number and extension shown are exactly what the link dials; the year beside them is not a digit to dial.
          const dialled = await link.locator('.crisis-number, .crisis-ext').allInnerTexts();
          expect(digitsOf(dialled.join(' ')), viewport.name).toBe(digitsOf(href));
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, viewport.name).toBeLessThanOrEqual(0);
      }
    });
  }
});

test('the outpatient line writes out "then dial 1161"', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.crisis-bar a[href="tel:+18004649555,1161"]')).toContainText('then dial 1161');
});

test('the Spanish crisis bar is in Spanish', async ({ page }) => {
  await page.goto('/es/');
  await expect(page.getByRole('heading', { name: '¿Necesita ayuda ahora?' })).toBeVisible();
  await expect(page.locator('.crisis-bar a[href="tel:+18004649555,1161"]')).toContainText('luego marque 1161');
});

const ui = await uiTables();
const dated = new Map(loadSources().map((s) => [s.id, s]));
const unverified = barLines.flatMap((h) => {
  const year = crisisBarYear(h, dated);
  return year === null ? [] : [{ href: telHref(h.channels.call!, h.extension), year }];
});

test('two crisis lines nobody has called carry the year their numbers were published', () => {
  expect(unverified).toEqual([
    { href: 'tel:+18003667732', year: 2017 },
    { href: 'tel:+18004649555,1161', year: 2017 },
  ]);
});

for (const locale of LOCALES) {
  const path = localizedPath(locale.code, '');
  const published = (year: number) => ui[locale.code]['crisisBar.published'].replace('{year}', String(year));
  test(`${path} shows "${published(2017)}" beside each unverified crisis number, visibly and in the link's name`, async ({
    page,
  }) => {
    await page.goto(path);
    for (const { href, year } of unverified) {
      const link = page.locator(`.crisis-bar a[href="${href}"]`);
      await expect(link.locator('.crisis-published')).toBeVisible();
      await expect(link.locator('.crisis-published')).toHaveText(published(year));
      await expect(link).toHaveAccessibleName(new RegExp(`${published(year)}$`));
    }
    for (const href of ['tel:911', 'tel:988']) {
      await expect(page.locator(`.crisis-bar a[href="${href}"] .crisis-published`)).toHaveCount(0);
    }
    await expect(page.locator('.crisis-more a')).toHaveAttribute('href', `${path}hotlines/`);
  });
}

test('phones do not turn other numbers into call links', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[name="format-detection"]')).toHaveAttribute('content', 'telephone=no');
});
