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
