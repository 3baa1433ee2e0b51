import type { Page } from '@playwright/test';
import { EXIT_URL } from '../../src/lib/quickExit';
import { expect, routes, test } from './fixtures';

const PAGES = ['/families/', '/buyer-diversion/'];

/** Serves a stand-in for the exit site, so no test ever reaches the real one. */
async function stubExitSite(page: Page): Promise<string[]> {
  const visits: string[] = [];
  await page.route(`${EXIT_URL}**`, async (route) => {
    visits.push(route.request().url());
    await route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><p>Weather</p>' });
  });
  return visits;
}

for (const path of PAGES) {
  test.describe(`quick exit on ${path}`, () => {
    test('is a plain link to the neutral site, sent without a referrer', async ({ page }) => {
      await page.goto(path);
      const link = page.getByRole('link', { name: 'Exit this page' });
      await expect(link).toHaveAttribute('href', EXIT_URL);
      await expect(link).toHaveAttribute('rel', /\bnoreferrer\b/);
      await expect(link).toHaveAttribute('rel', /\bnofollow\b/);
    });

    test('is in the first screen and stays on screen after scrolling to the end', async ({ page }) => {
      await page.goto(path);
      const link = page.getByRole('link', { name: 'Exit this page' });
      await expect(link).toBeInViewport();
      await page.keyboard.press('End');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(link).toBeInViewport();
    });

    test('never hides a link scrolled to the top of the window under itself', async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      // Fragment links and keyboard focus bring an element to the top edge the same way.
      const target = page.locator('main a:not(.quick-exit-button)').nth(2);
      await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      const bar = await page.getByRole('link', { name: 'Exit this page' }).boundingBox();
      const link = await target.boundingBox();
      expect(link!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    });

    test('leaves the page when clicked', async ({ page }) => {
      const visits = await stubExitSite(page);
      await page.goto(path);
      await page.getByRole('link', { name: 'Exit this page' }).click();
      await expect(page).toHaveURL(EXIT_URL);
      expect(visits).toEqual([EXIT_URL]);
    });

    test('leaves the page when Shift is pressed three times', async ({ page }) => {
      await stubExitSite(page);
      await page.goto(path);
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await page.keyboard.press('Shift');
      await expect(page).toHaveURL(EXIT_URL);
    });

    test('leaves the page when overlapping left and right Shift presses make three releases', async ({ page }) => {
      await stubExitSite(page);
      await page.goto(path);
      await expect(page.locator('[data-quick-exit-hint]').first()).toBeVisible();
      // Playwright's keyboard API clears the modifier on release; the browser's own events come through CDP.
      const cdp = await page.context().newCDPSession(page);
      const key = (type: 'rawKeyDown' | 'keyUp', side: 'Left' | 'Right', modifiers: number) =>
        cdp.send('Input.dispatchKeyEvent', {
          type,
          key: 'Shift',
          code: `Shift${side}`,
          windowsVirtualKeyCode: 16,
          location: side === 'Left' ? 1 : 2,
          modifiers,
        });
      const SHIFT = 8;
      await key('rawKeyDown', 'Left', SHIFT);
      await key('rawKeyDown', 'Right', SHIFT);
      await key('keyUp', 'Left', SHIFT); // Right Shift is still down: the release reports shiftKey true.
      await key('keyUp', 'Right', 0);
      await key('rawKeyDown', 'Left', SHIFT);
      await key('keyUp', 'Left', 0);
      await expect(page).toHaveURL(EXIT_URL);
    });

    test('loads nothing from the neutral site until it is used', async ({ page }) => {
      const visits = await stubExitSite(page);
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(visits).toEqual([]);
    });
  });
}

test.describe('quick exit on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const route of routes.filter((r) => PAGES.includes(`/${r.slug}/`) && r.kind !== '404')) {
    test(`is whole in the first screen on ${route.path}`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.locator('a.quick-exit-button')).toBeInViewport({ ratio: 1 });
    });
  }
});

test.describe('quick exit without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('still leaves the page when the link is followed', async ({ page }) => {
    await stubExitSite(page);
    await page.goto('/families/');
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL(EXIT_URL);
  });

  test('does not mention the Shift shortcut, which needs JavaScript', async ({ page }) => {
    await page.goto('/families/');
    await expect(page.getByText('press the Shift key 3 times')).toBeHidden();
  });
});

test.describe('quick exit keyboard shortcut', () => {
  test('tells screen reader users how many more presses are needed', async ({ page }) => {
    await page.goto('/families/');
    const status = page.locator('[data-quick-exit-status]');
    await expect(status).toHaveAttribute('role', 'status');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 2 more times to exit.');
    await page.keyboard.press('Shift');
    await expect(status).toHaveText('Shift, press 1 more time to exit.');
  });

  test('does not leave when Shift is used to type capital letters', async ({ page }) => {
    const visits = await stubExitSite(page);
    await page.goto('/families/');
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift+B');
    await page.keyboard.press('Shift+C');
    await expect(page).toHaveURL(/\/families\/$/);
    expect(visits).toEqual([]);
  });

  test('starts again when another key comes between the Shift presses', async ({ page }) => {
    const visits = await stubExitSite(page);
    await page.goto('/families/');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift');
    await expect(page.locator('[data-quick-exit-status]')).toHaveText('Shift, press 2 more times to exit.');
    expect(visits).toEqual([]);
  });

  test('mentions the shortcut in the staying-safe note when JavaScript runs', async ({ page }) => {
    await page.goto('/families/');
    await expect(page.getByText('press the Shift key 3 times')).toBeVisible();
  });

  test('replaces this page in the history, so Back goes to the page before it', async ({ page }) => {
    await stubExitSite(page);
    await page.goto('/');
    await page.goto('/families/');
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await expect(page).toHaveURL(EXIT_URL);
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page).not.toHaveURL(/families/);
  });

  test('does not appear on pages without a quick exit', async ({ page }) => {
    await page.goto('/treatment/');
    await expect(page.getByRole('link', { name: 'Exit this page' })).toHaveCount(0);
  });
});
