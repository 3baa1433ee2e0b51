import { uiTables } from '../../scripts/lib/searchProbe';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { loadHotlines, loadSources } from '../../src/lib/contentFiles';
import { crisisBarYear } from '../../src/lib/hotlines';
import { telHref } from '../../src/lib/tel';
import { crisisBarHrefs } from './pageChecks';
import { expect, test } from './fixtures';

const barLines = loadHotlines()
  .filter((h) => h.crisisBar !== undefined)
  .sort((a, b) => a.crisisBar! - b.crisisBar!);

test('the crisis bar dials 911, 988, Spectrum inpatient and Spectrum outpatient extension 1161, in that order', () => {
  expect(crisisBarHrefs).toEqual(['tel:911', 'tel:988', 'tel:+18003667732', 'tel:+18004649555,1161']);
});

// Every crisis line in the first screen of every page, without JavaScript: every-page.spec.ts.

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
