import type { Page, Request } from '@playwright/test';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { RESULTS_WINDOW, type FinderListing } from '../../src/lib/finder/filter';
import { geography, loadDerivedListings, toFinderListing } from '../../src/lib/finder/data';
import { SERVICE_SLUGS, type TriState } from '../../src/lib/finder/taxonomy';
import {
  cspViolations,
  expect,
  foreignRequests,
  openAtDoubleTextSize,
  recordRequests,
  test,
  watchCsp,
} from './fixtures';

// Derived as the build derived them (same content, same day): effective values, derived status.
const listings = loadDerivedListings('content');
const records = listings.map((l) => toFinderListing(l, geography()));
const NOT_ADMITTING = 'community-healthlink-queen-street';
const ZIP = '01608';
const FINDER = '/find-treatment/';

/** What the content says the groups must hold, worked out from the listing files directly. */
function expectedGroups(answers: (l: FinderListing) => TriState[]) {
  const confirmed: string[] = [];
  const unknown: string[] = [];
  for (const l of records) {
    if (l.status === 'not-admitting') continue;
    const a = answers(l);
    if (a.includes('no')) continue;
    (a.every((x) => x === 'yes') ? confirmed : unknown).push(l.id);
  }
  return { confirmed: confirmed.sort(), unknown: unknown.sort() };
}

/** Listing ids shown in a result group, sorted; the closed "might offer it" group is opened first. */
async function shown(page: Page, group: 'confirmed' | 'unknown'): Promise<string[]> {
  const section = page.locator(`[data-group="${group}"]`);
  if (await section.isHidden()) return [];
  if (group === 'unknown' && !(await section.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await section.locator('> summary').click();
    await expect(section.locator('article[data-listing]').first()).toBeVisible();
  }
  const ids = await section.locator('article[data-listing]').evaluateAll((els) => els.map((e) => e.id));
  return ids.map((id) => id.replace(/^listing-/, '')).sort();
}

const groupsOf = async (page: Page) => ({
  confirmed: await shown(page, 'confirmed'),
  unknown: await shown(page, 'unknown'),
});

/**
 * Requests that carry `needle` on the wire: in the address (the fragment is never sent, so it is
 * left out), a header or a body.
 */
async function requestsCarrying(log: readonly Request[], needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const request of log) {
    const wire = request.url().split('#')[0] ?? '';
    const headers = Object.values(await request.allHeaders()).join('\n');
    if (`${wire}\n${headers}\n${request.postData() ?? ''}`.includes(needle)) hits.push(request.url());
  }
  return hits;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every place, grouped by town', async ({ page }) => {
    await page.goto(FINDER);
    await expect(page.locator('[data-view="towns"] article[data-listing]')).toHaveCount(listings.length);
    await expect(page.getByRole('heading', { level: 3, name: 'Worcester', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Choose what you need' })).toBeHidden();
  });

  test('shows "call before you go" above the address of an unconfirmed place', async ({ page }) => {
    await page.goto(FINDER);
    const card = page.locator('#listing-spectrum-lincoln-street');
    const warning = await card.getByText('Call before you go').boundingBox();
    const address = await card.getByText('585 Lincoln Street, Worcester, MA').boundingBox();
    expect(warning!.y).toBeLessThan(address!.y);
  });

  test('tells people to call for the mobile unit’s location', async ({ page }) => {
    await page.goto(FINDER);
    await expect(page.locator('#listing-spectrum-mobile-unit').getByText('Call for today’s location.')).toBeVisible();
  });

  test('promises no way to report a problem while no corrections contact is published', async ({ page }) => {
    await page.goto(FINDER);
    await expect(page.locator('#listing-adcare-hospital')).toBeVisible();
    await expect(page.getByRole('link', { name: /Report a problem/ })).toHaveCount(0);
  });

  test('shows a place that is not admitting only in the list by town, under its date', async ({ page }) => {
    await page.goto(FINDER);
    const card = page.locator(`#listing-${NOT_ADMITTING}`);
    await expect(card.getByText(/Not admitting new patients as of \d{4}/)).toBeVisible();
    for (const service of ['detox', 'residential']) {
      await page.goto(`/find-treatment/${service}/`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator(`#listing-${NOT_ADMITTING}`)).toHaveCount(0);
    }
  });

  test('a per-service page folds the places no source speaks for into one group that opens', async ({ page }) => {
    await page.goto('/find-treatment/detox/');
    const group = page.locator('details.maybe');
    const { unknown } = expectedGroups((l) => [l.services.detox]);
    await expect(group.locator('> summary')).toHaveText(
      `${unknown.length} more places might offer this; no source says. Call to ask.`,
    );
    await expect(group.locator('article').first()).toBeHidden();
    await group.locator('> summary').click();
    await expect(group.locator('article')).toHaveCount(unknown.length);
  });

  test('folds each place’s sources, with their dates, into a box that opens and prints open', async ({ page }) => {
    await page.goto(FINDER);
    const card = page.locator('#listing-adcare-hospital');
    const source = card.getByRole('link', { name: 'AdCare Hospital', exact: true });
    await expect(source).toBeHidden();
    await card.getByText('Sources (', { exact: false }).click();
    await expect(source).toBeVisible();
    await expect(card.locator('.sources li').first()).toContainText('Date not stated in the source');
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    await expect(card.locator('.sources a[href^="https://adcare.com/"]')).toBeVisible();
  });

  test('links a listing phone only to a number its source prints', async ({ page }) => {
    await page.goto(FINDER);
    const tels = await page
      .locator('[data-view="towns"] article a[href^="tel:"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
    const allowed = new Set(['tel:+18004649555,1161', 'tel:+18003667732', 'tel:+18003275050']);
    expect(tels.filter((href) => !allowed.has(href ?? ''))).toEqual([]);
  });

  for (const locale of LOCALES) {
    for (const service of SERVICE_SLUGS) {
      test(`${localizedPath(locale.code, `find-treatment/${service}`)} lists the places a source says offer it`, async ({
        page,
      }) => {
        await page.goto(localizedPath(locale.code, `find-treatment/${service}`));
        await expect(page.locator('html')).toHaveAttribute('lang', locale.htmlLang);
        const ids = (
          await page.locator('#group-confirmed ~ ol > li > article').evaluateAll((els) => els.map((e) => e.id))
        )
          .map((id) => id.replace(/^listing-/, ''))
          .sort();
        expect(ids).toEqual(expectedGroups((l) => [l.services[service]]).confirmed);
      });
    }
  }
});

test.describe('filters', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(FINDER);
    await expect(page.getByRole('heading', { name: 'Choose what you need' })).toBeVisible();
  });

  test('narrow by kind of care', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('detox');
    expect(await groupsOf(page)).toEqual(expectedGroups((l) => [l.services.detox]));
  });

  test('narrow by medication, leaving out a place a source says does not offer it', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Medication' }).selectOption('methadone');
    const expected = expectedGroups((l) => [l.medications.methadone]);
    expect(await groupsOf(page)).toEqual(expected);
    expect([...expected.confirmed, ...expected.unknown]).not.toContain('spectrum-rapid-access-worcester');
  });

  test('narrow by payment, leaving out a place a source says does not take it', async ({ page }) => {
    await page.getByRole('combobox', { name: 'How you will pay' }).selectOption('masshealth');
    const expected = expectedGroups((l) => [l.payment.masshealth]);
    expect(await groupsOf(page)).toEqual(expected);
    expect([...expected.confirmed, ...expected.unknown]).not.toContain('new-england-recovery-center');
  });

  test('narrow to same-day or walk-in starts', async ({ page }) => {
    await page.getByLabel('Same-day start or walk-in').check();
    expect(await groupsOf(page)).toEqual(expectedGroups((l) => [l.walkIn]));
  });

  test('combine, and hide "call to ask" places when asked', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('detox');
    await page.getByRole('combobox', { name: 'How you will pay' }).selectOption('masshealth');
    await page.getByLabel('Hide places marked “call to ask”').check();
    const expected = expectedGroups((l) => [l.services.detox, l.payment.masshealth]);
    expect(await groupsOf(page)).toEqual({ confirmed: expected.confirmed, unknown: [] });
  });

  test('fold the places no source speaks for into one closed group with its count', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('detox');
    const { unknown } = expectedGroups((l) => [l.services.detox]);
    const group = page.locator('[data-group="unknown"]');
    await expect(group.locator('> summary')).toHaveText(
      `${unknown.length} more places might offer this; no source says. Call to ask.`,
    );
    await expect(group.locator('article')).toHaveCount(0);
  });

  test('put the confirmed count in the heading and announce both counts politely', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('detox');
    const { confirmed, unknown } = expectedGroups((l) => [l.services.detox]);
    const heading = `${confirmed.length} confirmed matches`;
    await expect(page.locator('#finder-results-heading')).toHaveText(heading);
    await expect(page.getByRole('status').filter({ hasText: heading })).toHaveText(
      `${heading}. ${unknown.length} more places might offer this; no source says. Call to ask.`,
    );
  });

  test('detox near 01604 never shows a place that is not admitting, and shows fewer places than any', async ({
    page,
  }) => {
    await page.goto(`${FINDER}#service=detox&near=01604`);
    await expect(page.locator('[data-group="confirmed"] [data-distance]').first()).toBeVisible();
    const detox = await groupsOf(page);
    expect([...detox.confirmed, ...detox.unknown]).not.toContain(NOT_ADMITTING);
    await page.goto(`${FINDER}#near=01604`);
    await expect(page.locator('#finder-results-heading')).toHaveText(/places, nearest first$/);
    const any = await shown(page, 'confirmed');
    expect(any).not.toContain(NOT_ADMITTING);
    expect(detox.confirmed.length).toBeLessThan(any.length);
  });

  test('keep only places within the chosen distance, in the link too', async ({ page }) => {
    await page.getByLabel('Your ZIP code, to sort by distance').fill('01604');
    await page.getByRole('combobox', { name: 'Distance' }).selectOption('25');
    await expect.poll(() => new URL(page.url()).hash).toBe('#near=01604&within=25');
    const ids = await shown(page, 'confirmed');
    expect(ids).toContain('spectrum-lincoln-street');
    expect(ids).not.toContain('spectrum-pittsfield');
  });

  test('read a pasted ZIP code with a leading space whole', async ({ page }) => {
    const field = page.getByLabel('Your ZIP code, to sort by distance');
    await field.focus();
    // insertText is what a paste does: one input event with the whole text.
    await page.keyboard.insertText(' 01604');
    await expect(field).toHaveValue(' 01604');
    await expect.poll(() => new URL(page.url()).hash).toBe('#near=01604');
    await expect(page.getByText('A ZIP code has 5 digits')).toHaveCount(0);
  });

  test('leave the keyboard focus where it was', async ({ page }) => {
    const select = page.getByRole('combobox', { name: 'Kind of care' });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await expect(select).toBeFocused();
    await page.getByLabel('Same-day start or walk-in').press('Space');
    await expect(page.getByLabel('Same-day start or walk-in')).toBeFocused();
  });

  test('keep the choices in the fragment, never in the query string', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('outpatient');
    await page.getByRole('combobox', { name: 'How you will pay' }).selectOption('medicare');
    await page.getByLabel('Your ZIP code, to sort by distance').fill(ZIP);
    // The link is written a moment after the list changes.
    await expect.poll(() => new URL(page.url()).hash).toBe(`#service=outpatient&payment=medicare&near=${ZIP}`);
    expect(new URL(page.url()).search).toBe('');
  });

  test('clear all resets the list and the link, keeping focus on the button', async ({ page }) => {
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('detox');
    const clear = page.getByRole('button', { name: 'Clear all' });
    await clear.click();
    await expect(page.locator('[data-view="towns"]')).toBeVisible();
    await expect(page.locator('[data-view="towns"] article[data-listing]')).toHaveCount(listings.length);
    await expect(page.getByRole('combobox', { name: 'Kind of care' })).toHaveValue('');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await expect(clear).toBeFocused();
  });

  test('sort by distance from a typed ZIP code, nearest first', async ({ page }) => {
    await page.getByLabel('Your ZIP code, to sort by distance').fill(ZIP);
    const first = page.locator('[data-group="confirmed"] article').first();
    await expect(first.locator('[data-distance]')).toBeVisible();
    const towns = await page
      .locator('[data-group="confirmed"] article')
      .evaluateAll((els) => els.map((e) => e.querySelector('.address')?.textContent ?? ''));
    expect(towns[0]).toContain('Worcester');
    // Known only by Worcester's centre, with the reader in Worcester: no made-up distance.
    await expect(page.locator('#listing-spectrum-lincoln-street [data-distance]')).toHaveText(
      'In Worcester (the exact distance is not known)',
    );
    await expect(page.locator('#listing-spectrum-leominster [data-distance]')).toHaveText(
      /^About \d+ miles away, measured to the center of Leominster$/,
    );
  });

  test('drop the distances when the list goes back to towns', async ({ page }) => {
    await page.getByLabel('Your ZIP code, to sort by distance').fill(ZIP);
    await expect(page.locator('[data-group="confirmed"] [data-distance]').first()).toBeVisible();
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(page.locator('[data-view="towns"] article[data-listing]')).toHaveCount(listings.length);
    await expect(page.locator('[data-view="towns"] [data-distance]:visible')).toHaveCount(0);
  });

  test('say so when a ZIP code is not in Massachusetts', async ({ page }) => {
    await page.getByLabel('Your ZIP code, to sort by distance').fill('03301');
    await expect(
      page.getByText('We could not find the ZIP code 03301 in Massachusetts. Check the number.'),
    ).toBeVisible();
  });

  test('show the help lines when nothing matches', async ({ page }) => {
    // A same-page link: the fragment changes without a reload.
    await page.goto(`${FINDER}#medication=naltrexone&payment=masshealth&only=confirmed`);
    const empty = page.locator('[data-empty]');
    await expect(empty).toBeVisible();
    await expect(empty.locator('a[href="tel:+18003667732"]')).toBeVisible();
    await expect(empty.locator('a[href="tel:+18004649555,1161"]')).toBeVisible();
  });
});

test.describe('call buttons on a small phone at 200% text', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  const inOtherLanguages = LOCALES.filter((l) => l.path !== '').map((l) => localizedPath(l.code, 'find-treatment'));
  for (const path of [FINDER, '/find-treatment/medication/', ...inOtherLanguages]) {
    test(`${path} never splits a number or starts a line with a comma`, async ({ page }) => {
      await openAtDoubleTextSize(page, path);
      const buttons = page.locator('article a[href^="tel:"]');
      expect(await buttons.count()).toBeGreaterThan(0);
      const faults = await buttons.evaluateAll((links) =>
        links.flatMap((a) => {
          const parts = [...a.querySelectorAll<HTMLElement>('.nowrap, .call-number')];
          const problems: string[] = [];
          for (const part of parts) {
            // One line: every box of the number (bidi isolation may make several) shares one top.
            const tops = new Set([...part.getClientRects()].map((r) => Math.round(r.top)));
            if (tops.size !== 1) problems.push(`${a.textContent?.trim()}: "${part.textContent}" wraps`);
            if (!/\d,?$/.test(part.textContent?.trim() ?? '')) {
              problems.push(`${a.textContent?.trim()}: "${part.textContent}" is not a whole number`);
            }
          }
          if (parts.length === 0) problems.push(`${a.textContent?.trim()}: no unbreakable number`);
          // A comma after a number sits inside the number's box, so no line can start with it.
          if (/^\s*,/m.test((a as HTMLElement).innerText))
            problems.push(`${a.textContent?.trim()}: a line starts with a comma`);
          // Nothing of the button may stick out of the screen.
          if (a.getBoundingClientRect().right > window.innerWidth)
            problems.push(`${a.textContent?.trim()}: wider than the screen`);
          return problems;
        }),
      );
      expect(faults).toEqual([]);
    });
  }
});

test('a shared link reproduces the results', async ({ page, context }) => {
  await page.goto(FINDER);
  await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('medication');
  await page.getByLabel('Your ZIP code, to sort by distance').fill(ZIP);
  await expect(page.locator('[data-view="ranked"] [data-distance]').first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`#.*near=${ZIP}`));
  const order = async (p: Page) =>
    p.locator('[data-view="ranked"] article[data-listing]').evaluateAll((els) => els.map((e) => e.id));
  const expected = await order(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole('combobox', { name: 'Kind of care' })).toHaveValue('medication');
  await expect(other.getByLabel('Your ZIP code, to sort by distance')).toHaveValue(ZIP);
  await expect(other.locator('[data-view="ranked"] [data-distance]').first()).toBeVisible();
  expect(await order(other)).toEqual(expected);
});

test.describe('privacy', () => {
  test('no request leaves the site or carries the ZIP code while typing and filtering', async ({ page, baseURL }) => {
    await watchCsp(page);
    const log = recordRequests(page);
    await page.goto(FINDER);
    await page.getByLabel('Your ZIP code, to sort by distance').pressSequentially(ZIP, { delay: 20 });
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('detox');
    await page.getByLabel('Same-day start or walk-in').check();
    await expect(page.locator('[data-group] [data-distance]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(foreignRequests(log, baseURL!)).toEqual([]);
    expect(await requestsCarrying(log, ZIP)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  test('no request carries the ZIP code when a shared link is opened', async ({ page, baseURL }) => {
    const log = recordRequests(page);
    await page.goto(`${FINDER}#service=detox&near=${ZIP}`);
    await expect(page.locator('[data-group] [data-distance]').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(foreignRequests(log, baseURL!)).toEqual([]);
    expect(await requestsCarrying(log, ZIP)).toEqual([]);
  });

  test.describe('with the location opt-in', () => {
    test.use({ geolocation: { latitude: 42.2626, longitude: -71.8023 }, permissions: ['geolocation'] });

    test('uses the location on the device only, and keeps it out of the link', async ({ page, baseURL }) => {
      const log = recordRequests(page);
      await page.goto(FINDER);
      await page.getByRole('button', { name: 'Use my location' }).click();
      await expect(page.getByText('Sorting by distance from your location.')).toBeVisible();
      await expect(page.locator('[data-group] [data-distance]').first()).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).hash).toBe('');
      expect(foreignRequests(log, baseURL!)).toEqual([]);
      expect(await requestsCarrying(log, '42.26')).toEqual([]);
      expect(await requestsCarrying(log, '71.80')).toEqual([]);
    });
  });

  test.describe('canaries: the ZIP detector catches a leak', () => {
    test('in a query string', async ({ page }) => {
      const log = recordRequests(page);
      await page.goto(FINDER);
      await page.evaluate((zip) => fetch(`/data/ma-zip-centroids.json?near=${zip}`), ZIP);
      expect(await requestsCarrying(log, ZIP)).toEqual([expect.stringContaining(`near=${ZIP}`)]);
    });

    test('in a request body', async ({ page }) => {
      const log = recordRequests(page);
      await page.goto(FINDER);
      await page.evaluate(
        (zip) => fetch('/data/ma-zip-centroids.json', { method: 'POST', body: zip }).catch(() => null),
        ZIP,
      );
      expect((await requestsCarrying(log, ZIP)).length).toBe(1);
    });
  });
});

test.describe('in every language', () => {
  // axe over a full finder page takes long on a busy 2-core machine.
  test.describe.configure({ timeout: 120_000 });

  for (const locale of LOCALES) {
    const path = localizedPath(locale.code, 'find-treatment');
    test(`${path} has no axe violations when filtered`, async ({ page, makeAxeBuilder }) => {
      await page.goto(`${path}#service=detox&payment=masshealth&near=${ZIP}`);
      await expect(page.locator('[data-group] [data-distance]').first()).toBeVisible();
      expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    });

    test(`${path} has no axe violations with the "might offer it" group open`, async ({ page, makeAxeBuilder }) => {
      await page.goto(`${path}#service=outpatient`);
      const group = page.locator('[data-group="unknown"]');
      await group.locator('> summary').click();
      await expect(group.locator('article').first()).toBeVisible();
      expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    });

    test(`${path} keeps the finder's choices when switching language`, async ({ page }) => {
      await page.goto(`${path}#service=detox&near=01604`);
      await expect(page.locator('[data-group] [data-distance]').first()).toBeVisible();
      const other = LOCALES.find((l) => l.code !== locale.code)!;
      await page.locator(`nav.lang a[hreflang="${other.hreflang}"]`).click();
      await expect(page).toHaveURL(
        new RegExp(`${localizedPath(other.code, 'find-treatment')}#service=detox&near=01604$`),
      );
      await expect(page.locator('html')).toHaveAttribute('lang', other.htmlLang);
      await expect(page.locator('[data-group] [data-distance]').first()).toBeVisible();
    });

    test(`${path} has no axe violations when nothing matches`, async ({ page, makeAxeBuilder }) => {
      await page.goto(`${path}#medication=naltrexone&payment=masshealth&only=confirmed`);
      await expect(page.locator('[data-empty]')).toBeVisible();
      expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    });
  }
});

test.describe('nothing vanishes', () => {
  test.use({ javaScriptEnabled: false });

  test('every listing file appears on the finder page', async ({ page }) => {
    const { readdirSync } = await import('node:fs');
    const files = readdirSync('content/services').filter((f) => f.endsWith('.yaml'));
    await page.goto('/find-treatment/');
    await expect(page.locator('[data-listing]')).toHaveCount(files.length);
  });
});

test.describe('with many places', () => {
  test.beforeEach(async ({ page }) => {
    const { multiplyListings } = await import('../../scripts/lib/benchFinder');
    await page.route('**/find-treatment/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: multiplyListings(await response.text(), 300) });
    });
    await page.goto('/find-treatment/');
  });

  test(`a filter shows the first ${RESULTS_WINDOW} confirmed places and the rest on request, focus carrying on; the other group waits closed`, async ({
    page,
  }) => {
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('outpatient');
    const confirmed = page.locator('[data-group="confirmed"]');
    await expect(confirmed.locator('ol > li')).toHaveCount(RESULTS_WINDOW);
    const showAll = confirmed.getByRole('button', { name: /^Show all \d+ places in this group$/ });
    const total = Number((await showAll.innerText()).match(/\d+/)![0]);
    expect(total).toBeGreaterThan(2 * RESULTS_WINDOW);
    await showAll.click();
    await expect(confirmed.locator('ol > li')).toHaveCount(total);
    await expect(confirmed.locator('ol > li').nth(RESULTS_WINDOW).locator('article')).toBeFocused();
    const unknown = page.locator('[data-group="unknown"]');
    await expect(unknown.locator('ol > li')).toHaveCount(0);
    await unknown.locator('> summary').click();
    await expect(unknown.locator('ol > li')).toHaveCount(RESULTS_WINDOW);
  });

  test('the complete list shows its first places, the rest on request, and again after a filter', async ({ page }) => {
    const towns = page.locator('[data-view="towns"]');
    await expect(towns.locator('article[data-listing]')).toHaveCount(RESULTS_WINDOW);
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('detox');
    await page.getByRole('combobox', { name: 'Kind of care' }).selectOption('');
    await expect(towns.locator('article[data-listing]')).toHaveCount(RESULTS_WINDOW);
    await towns.getByRole('button', { name: 'Show all 300 places' }).click();
    await expect(towns.locator('article[data-listing]')).toHaveCount(300);
    await expect(towns.locator('article[data-listing]').nth(RESULTS_WINDOW)).toBeFocused();
    await expect(page.locator('#finder-results-heading')).toHaveText('All 300 places, by town');
  });

  test('a place that stays in the results keeps the keyboard focus', async ({ page }) => {
    await page.goto('/find-treatment/#service=detox');
    const link = page.locator('[data-group="confirmed"] article').first().locator('a').first();
    await link.focus();
    // Hiding the "call to ask" group leaves the confirmed group as it was.
    await page.evaluate(() => (location.hash = '#service=detox&only=confirmed'));
    await expect(page.locator('[data-group="unknown"]')).toBeHidden();
    await expect(link).toBeFocused();
  });
});
