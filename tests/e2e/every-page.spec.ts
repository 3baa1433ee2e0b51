import {
  DESKTOP,
  expectCrisisLinksInFirstScreen,
  expectDeclaredLanguages,
  expectHeadingInFirstScreen,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectSharePreview,
  PHONE,
} from './pageChecks';
import {
  blockForeign,
  cspViolations,
  expect,
  foreignRequests,
  recordRequests,
  routes,
  test,
  watchCsp,
} from './fixtures';

// Every URL of the route table, in every language, including the 404 pages, is opened twice: once as most
// readers see it (JavaScript on) and once without JavaScript. Each visit checks, as named steps, everything a
// reader of any page would notice, at a 320 px phone and a 1280 px desktop. One visit per page and mode keeps
// the browser work in step with the number of pages as languages are added; a failure names the page, the
// step and the screen size.

for (const route of routes) {
  test(`${route.path} with JavaScript: accessible at 320 px and 1280 px, heading in the first screen, languages and share preview declared, nothing from another origin`, async ({
    page,
    request,
    baseURL,
    makeAxeBuilder,
  }) => {
    const origin = new URL(baseURL!).origin;
    await blockForeign(page, origin);
    await watchCsp(page);
    const log = recordRequests(page);
    await page.setViewportSize(PHONE);
    await page.goto(route.path);

    await test.step(`shows its heading in the first 640 px, after the crisis bar, on ${PHONE.name}`, () =>
      expectHeadingInFirstScreen(page, PHONE.height));
    await test.step(`does not scroll sideways on ${PHONE.name}`, () => expectNoSidewaysScroll(page, PHONE.name));
    await test.step(`has no WCAG 2.2 A/AA violations on ${PHONE.name}`, () =>
      expectNoAxeViolations(makeAxeBuilder(), PHONE.name));
    await page.setViewportSize(DESKTOP);
    await test.step(`has no WCAG 2.2 A/AA violations on ${DESKTOP.name}`, () =>
      expectNoAxeViolations(makeAxeBuilder(), DESKTOP.name));
    await test.step('declares its languages, indexing and translation state as the route table says', () =>
      expectDeclaredLanguages(page, route));
    if (route.indexable) {
      await test.step('has share-preview tags and valid structured data', () => expectSharePreview(page, request));
    }
    await test.step('requests nothing from another origin and breaks no CSP rule', async () => {
      // Anything the page's scripts fetch after loading has been asked for once the network is quiet.
      await page.waitForLoadState('networkidle');
      expect(foreignRequests(log, origin)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of routes) {
    test(`${route.path} without JavaScript: heading and every crisis line as a 44 px call link in the first screen, at 320 px and 1280 px`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(route.path);
      await test.step(`shows its heading in the first 640 px, after the crisis bar, on ${PHONE.name}`, () =>
        expectHeadingInFirstScreen(page, PHONE.height));
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        // Scrolled to the top as a reader arriving on the page is, whatever the previous size left.
        await page.evaluate(() => window.scrollTo(0, 0));
        await test.step(`shows every crisis line in the first screen on ${viewport.name}`, () =>
          expectCrisisLinksInFirstScreen(page, viewport.name));
        await test.step(`does not scroll sideways on ${viewport.name}`, () =>
          expectNoSidewaysScroll(page, viewport.name));
      }
    });
  }
});
