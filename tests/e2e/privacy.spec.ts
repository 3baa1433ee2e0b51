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

// Every page requests nothing from another origin and breaks no CSP rule: every-page.spec.ts.

test.describe('canaries: the detectors catch what they are meant to catch', () => {
  test('a third-party image is reported as a foreign request', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    await blockForeign(page, origin);
    const log = recordRequests(page);
    await page.goto('/');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://tracker.invalid/pixel.gif';
      img.alt = '';
      document.body.append(img);
    });
    await expect.poll(() => foreignRequests(log, origin)).toEqual(['https://tracker.invalid/pixel.gif']);
  });

  test('an inline script is reported as a CSP violation', async ({ page }) => {
    await watchCsp(page);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
    });
    await expect.poll(() => cspViolations(page)).not.toEqual([]);
  });
});

test('no page sets a cookie', async ({ page, context }) => {
  for (const route of routes) await page.goto(route.path);
  expect(await context.cookies()).toEqual([]);
});
