import { expect, routes, test } from '../e2e/fixtures';

// Every URL of the route table, in every locale, including the 404 pages.
for (const route of routes) {
  test(`${route.path} has no WCAG 2.2 A/AA violations`, async ({ page, makeAxeBuilder }) => {
    await page.goto(route.path);
    const results = await makeAxeBuilder().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
