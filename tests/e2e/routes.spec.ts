import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, localizedPath, type LocaleCode } from '../../src/i18n/locales';
import { uiTables } from '../../scripts/lib/searchProbe';
import { expect, routes, test } from './fixtures';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : [],
  );
}

test('the route table and the HTML files in dist/ match one to one', () => {
  const built = htmlFiles('dist')
    .map((f) => relative('dist', f))
    .sort();
  expect(built).toEqual(routes.map((r) => r.file).sort());
});

// Each page's languages, indexing and translation notice: every-page.spec.ts (expectDeclaredLanguages).

const ui = await uiTables();
for (const route of routes.filter((r) => r.kind === 'source')) {
  test(`the language switcher on ${route.path} lands on the same page in each language in turn`, async ({ page }) => {
    await page.goto(route.path);
    let from: LocaleCode = DEFAULT_LOCALE;
    for (const to of LOCALES.filter((l) => l.code !== DEFAULT_LOCALE)) {
      const nav = page.getByRole('navigation', { name: ui[from]['langSwitcher.label'], exact: true });
      await nav.getByRole('link', { name: to.label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${localizedPath(to.code, route.slug)}$`));
      from = to.code;
    }
  });
}

test('Tab reaches the skip link first, then the first crisis line', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('.crisis-bar a').first()).toBeFocused();
  await expect(page.locator('.crisis-bar a').first()).toHaveAttribute('href', 'tel:911');
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/hotlines/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
