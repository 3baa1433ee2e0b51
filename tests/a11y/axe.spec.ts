import { expect, routes, test } from '../e2e/fixtures';

// Every page in every language at 320 px and 1280 px: tests/e2e/every-page.spec.ts. Here, dark mode.
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
