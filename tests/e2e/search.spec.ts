import { readFileSync } from 'node:fs';
import { DEFAULT_LOCALE, LOCALES, localizedPath } from '../../src/i18n/locales';
import { searchProbes } from '../../scripts/lib/searchProbe';
import { cspViolations, expect, foreignRequests, recordRequests, routes, test, watchCsp } from './fixtures';

// Every language whose detox page is translated; the others serve it in English, out of their index.
const translated = new Set(
  routes.filter((r) => r.slug === 'treatment/detox' && r.kind !== 'fallback').map((r) => r.locale),
);
const cases = (await searchProbes())
  .filter((p) => translated.has(p.locale))
  .map((p) => ({
    ...p,
    others: LOCALES.filter((l) => l.code !== p.locale && l.path !== '').map((l) => `/${l.path}/`),
  }));

test('the search tests cover more than one language', () => {
  expect(cases.length).toBeGreaterThan(1);
});

for (const c of cases) {
  test(`searching "${c.query}" in ${c.locale} finds the detox page in that language and nothing from another`, async ({
    page,
    baseURL,
    makeAxeBuilder,
  }) => {
    const origin = new URL(baseURL!).origin;
    await watchCsp(page);
    const log = recordRequests(page);
    await page.goto(c.path);
    await page.getByLabel(c.label, { exact: true }).fill(c.query);
    await page.getByLabel(c.label, { exact: true }).press('Enter');
    const links = page.locator('.search-results li > a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(localizedPath(c.locale, 'treatment/detox'));
    for (const href of hrefs) {
      for (const other of c.others) expect(href.startsWith(other), href).toBe(false);
      if (c.locale !== DEFAULT_LOCALE) expect(href.startsWith(localizedPath(c.locale, '')), href).toBe(true);
    }
    await expect(page.getByRole('status')).toContainText(c.query);
    expect(foreignRequests(log, origin)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(
      log.map((r) => r.url()).filter((u) => u.includes(encodeURIComponent(c.query)) || u.includes(c.query)),
    ).toEqual([]);
    const results = await makeAxeBuilder().analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

/** A title as a reader types it without accents: marks dropped, and đ typed as d. */
const typedPlain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
const plainCases = cases
  .map((c) => {
    const title =
      /^title:\s*(.+)$/m.exec(readFileSync(`content/pages/${c.locale}/treatment/detox.mdx`, 'utf8'))?.[1] ?? '';
    return { ...c, title, plain: typedPlain(title) };
  })
  .filter(
    (c) =>
      c.plain !==
      c.title
        .replace(/[^\p{L}\p{N}\s]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .toLocaleLowerCase(),
  );

test('the accent-free search tests cover every language whose detox title has accents', () => {
  expect(plainCases.length).toBeGreaterThan(0);
});

for (const c of plainCases) {
  test(`searching "${c.plain}" (the detox title without accents) in ${c.locale} finds the detox page`, async ({
    page,
  }) => {
    await page.goto(c.path);
    await page.getByLabel(c.label, { exact: true }).fill(c.plain);
    await page.getByLabel(c.label, { exact: true }).press('Enter');
    const links = page.locator('.search-results li > a');
    await expect(links.first()).toBeVisible();
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toContain(localizedPath(c.locale, 'treatment/detox'));
  });
}

test('a search with no match says so and offers the help lines', async ({ page }) => {
  await page.goto('/search/');
  await page.getByLabel('Search for', { exact: true }).fill('zzqxv');
  await page.getByLabel('Search for', { exact: true }).press('Enter');
  await expect(page.getByRole('status')).toHaveText('No pages found for “zzqxv”.');
  await expect(page.getByText('Try another word')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and links to the site map', async ({ page }) => {
    await page.goto('/es/search/');
    await expect(page.getByText('La búsqueda necesita JavaScript')).toBeVisible();
    await expect(page.getByRole('search')).toBeHidden();
    await page.getByRole('link', { name: 'Ir al mapa del sitio' }).click();
    await expect(page).toHaveURL(/\/es\/site-map\/$/);
    await expect(page.locator('main a[href="/es/hotlines/"]')).toBeVisible();
  });
});

test('Pagefind loads only on the search page', async ({ page }) => {
  const log = recordRequests(page);
  await page.goto('/');
  await page.goto('/hotlines/');
  expect(log.map((r) => r.url()).filter((u) => u.includes('/pagefind/'))).toEqual([]);
});
