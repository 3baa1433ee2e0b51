import { expect, routes, test } from '../e2e/fixtures';

// Every URL of the route table, in every locale, including the 404 pages. The statistics page
// holds many tables; axe needs more than the default 30 s for it on a two-core machine.
test.describe.configure({ timeout: 120_000 });

for (const route of routes) {
  test(`${route.path} has no WCAG 2.2 A/AA violations`, async ({ page, makeAxeBuilder }) => {
    await page.goto(route.path);
    const results = await makeAxeBuilder().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

// Dark mode (prefers-color-scheme): every page of English, and the key pages of the other languages.
const KEY_SLUGS = new Set(['', 'hotlines', 'families', 'find-treatment', 'statistics']);
test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const route of routes.filter((r) => r.locale === 'en' || KEY_SLUGS.has(r.slug))) {
    test(`${route.path} has no WCAG 2.2 A/AA violations in dark mode`, async ({ page, makeAxeBuilder }) => {
      await page.goto(route.path);
      await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
      const results = await makeAxeBuilder().analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
