import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Searches on the English search page and returns the number the status line gives. */
async function search(page: Page, query: string): Promise<number> {
  await page.goto('/search/');
  const field = page.getByLabel('Search for', { exact: true });
  await field.fill(query);
  await field.press('Enter');
  await expect(page.getByRole('status')).toContainText(`for “${query}”`);
  return Number((await page.getByRole('status').innerText()).match(/^(\d+) pages? found/)?.[1] ?? 0);
}

const resultPaths = (page: Page) =>
  page
    .locator('.search-results li > a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

test('every result of a search can be reached, a page at a time, focus moving to the first new one', async ({
  page,
}) => {
  const total = await search(page, 'detox');
  expect(total).toBeGreaterThan(10);
  const links = page.locator('.search-results li > a');
  await expect(links).toHaveCount(10);
  const more = page.getByRole('button', { name: /^Show \d+ more results?$/ });
  while ((await links.count()) < total) {
    const before = await links.count();
    await more.click();
    await expect(links).toHaveCount(Math.min(before + 10, total));
    await expect(links.nth(before)).toBeFocused();
  }
  await expect(more).toBeHidden();
});

for (const { query, explainer } of [
  { query: 'methadone', explainer: '/treatment/medication/' },
  { query: 'detox', explainer: '/treatment/detox/' },
]) {
  test(`"${query}" ranks ${explainer} above every finder page`, async ({ page }) => {
    await search(page, query);
    const paths = await resultPaths(page);
    const firstFinder = paths.findIndex((p) => p.startsWith('/find-treatment/'));
    expect(paths.indexOf(explainer)).toBeGreaterThanOrEqual(0);
    if (firstFinder >= 0) expect(paths.indexOf(explainer)).toBeLessThan(firstFinder);
  });
}
