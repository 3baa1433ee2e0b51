import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEFAULT_LOCALE, getLocale, LOCALES, localizedPath, type LocaleCode } from '../../src/i18n/locales';
import { uiTables } from '../../scripts/lib/searchProbe';
import type { Page } from '@playwright/test';
import type { Route } from '../../src/lib/routeTable';
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

/** The notice a page opens with: untranslated (fallback), draft translation, or none. */
async function expectTranslationNotice(page: Page, route: Route) {
  const fallback = page.locator('#fallback-notice');
  const draft = page.locator('aside[aria-labelledby="draft-notice"]');
  if (route.kind === 'fallback') {
    const first = page.locator('main > :first-child');
    await expect(first).toHaveAttribute('lang', getLocale(route.locale).htmlLang);
    await expect(first.locator('#fallback-notice')).toBeVisible();
    await expect(first.locator('#fallback-notice').locator('xpath=..').getByRole('link')).toHaveAttribute(
      'href',
      '#translation-note',
    );
  } else if (route.kind === 'translated-draft') {
    // One short line at the top links to the explanation at the end, which links to the English page.
    await expect(draft).toBeVisible();
    await expect(draft.getByRole('link')).toHaveAttribute('href', '#translation-note');
    await expect(page.locator('#translation-note').getByRole('link')).toHaveAttribute(
      'href',
      `/${route.slug === '' ? '' : `${route.slug}/`}`,
    );
  } else {
    await expect(fallback).toHaveCount(0);
    await expect(draft).toHaveCount(0);
  }
}

for (const route of routes) {
  test(`${route.path} declares its languages, indexing and translation state as the route table says`, async ({
    page,
  }) => {
    await page.goto(route.path);
    await expect(page.locator('html')).toHaveAttribute('lang', getLocale(route.locale).htmlLang);
    await expect(page.locator('main')).toHaveAttribute('lang', getLocale(route.contentLocale).htmlLang);
    await expect(page.locator('html')).toHaveAttribute('dir', getLocale(route.locale).dir);
    await expect(page.locator('main')).toHaveAttribute('dir', getLocale(route.contentLocale).dir);
    await expect(page.locator('h1')).toHaveCount(1);
    const robots = page.locator('meta[name="robots"]');
    if (route.indexable) await expect(robots).toHaveCount(0);
    else await expect(robots).toHaveAttribute('content', /noindex/);
    if (route.canonical) await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', route.canonical);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        links.map((l) => ({ hreflang: l.getAttribute('hreflang'), href: l.getAttribute('href') })),
      );
    expect(alternates).toEqual(route.alternates);
    if (route.kind !== '404' && route.kind !== 'utility') await expectTranslationNotice(page, route);
  });
}

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
