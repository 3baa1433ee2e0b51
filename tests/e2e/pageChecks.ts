// What a reader would notice on any page, as checks shared by the test that opens every page of the route
// table once with JavaScript and once without (every-page.spec.ts) and by the tests of single pages.
import type AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { getLocale } from '../../src/i18n/locales';
import { loadHotlines } from '../../src/lib/contentFiles';
import type { Route } from '../../src/lib/routeTable';
import { digitsOf, telHref } from '../../src/lib/tel';
import { STRUCTURED_DATA_REQUIREMENTS } from '../fixtures/structuredDataRequirements';
import { expect } from './fixtures';

/** The sizes every page is checked at: the smallest phone the site supports and a desktop. */
export const PHONE = { name: 'a 320 px phone', width: 320, height: 640 } as const;
export const DESKTOP = { name: 'a 1280 px desktop', width: 1280, height: 800 } as const;

/** The crisis bar's lines in their order, and what each link dials. */
export const crisisBarHrefs = loadHotlines()
  .filter((h) => h.crisisBar !== undefined)
  .sort((a, b) => a.crisisBar! - b.crisisBar!)
  .map((h) => telHref(h.channels.call!, h.extension));

/** Axe (WCAG 2.2 A/AA tags) finds nothing; a failure lists each rule with the elements it flagged. */
export async function expectNoAxeViolations(builder: AxeBuilder, where: string): Promise<void> {
  const results = await builder.analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    where,
  ).toEqual([]);
}

/** The page's <h1> ends within the first screen of a phone, below the crisis bar. */
export async function expectHeadingInFirstScreen(page: Page, screenHeight: number): Promise<void> {
  const { h1, bar } = await page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    };
    return { h1: box('h1'), bar: box('.crisis-bar') };
  });
  expect(bar.top, 'crisis bar above the heading').toBeLessThan(h1.top);
  expect(h1.bottom, 'heading within the first screen').toBeLessThanOrEqual(screenHeight);
}

/** The page is no wider than the screen: nothing scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${where}: page wider than the screen by ${overflow} px`).toBeLessThanOrEqual(0);
}

/** Every crisis line is a call link of at least 44 × 44 px in the first screen, showing exactly what it dials. */
export async function expectCrisisLinksInFirstScreen(page: Page, where: string): Promise<void> {
  const links = page.locator('.crisis-bar a[href^="tel:"]');
  await expect(links, where).toHaveCount(crisisBarHrefs.length);
  for (const [index, href] of crisisBarHrefs.entries()) {
    const link = links.nth(index);
    await expect(link, where).toHaveAttribute('href', href);
    await expect(link, where).toBeInViewport();
    const box = await link.boundingBox();
    expect(box!.width, where).toBeGreaterThanOrEqual(44);
    expect(box!.height, where).toBeGreaterThanOrEqual(44);
    // The number and extension shown are exactly what the link dials; the year beside them is not a digit to dial.
    const dialled = await link.locator('.crisis-number, .crisis-ext').allInnerTexts();
    expect(digitsOf(dialled.join(' ')), where).toBe(digitsOf(href));
  }
}

/** The notice a page opens with: untranslated (fallback), draft translation, or none. */
export async function expectTranslationNotice(page: Page, route: Route): Promise<void> {
  const fallback = page.locator('#fallback-notice');
  const draft = page.locator('aside[aria-labelledby="draft-notice"]');
  if (route.kind === 'fallback') {
    const first = page.locator('main > :first-child');
    await expect(first).toHaveAttribute('lang', getLocale(route.locale).htmlLang);
    await expect(first.locator('#fallback-notice')).toBeVisible();
    await expect(first.locator('#fallback-notice').locator('xpath=..').getByRole('link')).toHaveAttribute(
      'href',
      '#translation-note',
    );
  } else if (route.kind === 'translated-draft') {
    // One short line at the top links to the explanation at the end, which links to the English page.
    await expect(draft).toBeVisible();
    await expect(draft.getByRole('link')).toHaveAttribute('href', '#translation-note');
    await expect(page.locator('#translation-note').getByRole('link')).toHaveAttribute(
      'href',
      `/${route.slug === '' ? '' : `${route.slug}/`}`,
    );
  } else {
    await expect(fallback).toHaveCount(0);
    await expect(draft).toHaveCount(0);
  }
}

/** `html` and `main` carry the reader's and the content's language and direction; robots, canonical and hreflang as the route table says. */
export async function expectDeclaredLanguages(page: Page, route: Route): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', getLocale(route.locale).htmlLang);
  await expect(page.locator('main')).toHaveAttribute('lang', getLocale(route.contentLocale).htmlLang);
  await expect(page.locator('html')).toHaveAttribute('dir', getLocale(route.locale).dir);
  await expect(page.locator('main')).toHaveAttribute('dir', getLocale(route.contentLocale).dir);
  await expect(page.locator('h1')).toHaveCount(1);
  const robots = page.locator('meta[name="robots"]');
  if (route.indexable) await expect(robots).toHaveCount(0);
  else await expect(robots).toHaveAttribute('content', /noindex/);
  if (route.canonical) await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', route.canonical);
  const alternates = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => ({ hreflang: l.getAttribute('hreflang'), href: l.getAttribute('href') })));
  expect(alternates).toEqual(route.alternates);
  if (route.kind !== '404' && route.kind !== 'utility') await expectTranslationNotice(page, route);
}

/** Share-preview (Open Graph) tags with a PNG image that exists, and structured data with every required and recommended field. */
export async function expectSharePreview(page: Page, request: APIRequestContext): Promise<void> {
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', /^[a-z]{2}_[A-Z]{2}$/);
  const image = await page.locator('meta[property="og:image"]').getAttribute('content');
  const png = await request.get(new URL(image!).pathname);
  expect(png.headers()['content-type']).toContain('image/png');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  for (const block of blocks) {
    const data = JSON.parse(block) as Record<string, unknown>;
    const type = String(data['@type']);
    const req = STRUCTURED_DATA_REQUIREMENTS[type];
    expect(req, `unexpected type ${type}`).toBeDefined();
    for (const key of [...req!.required, ...req!.recommended]) expect(data, `${type}.${key}`).toHaveProperty(key);
    if (type === 'BreadcrumbList') {
      const items = data['itemListElement'] as { position: number; name: string; item: string }[];
      items.forEach((item, i) => expect(item).toMatchObject({ '@type': 'ListItem', position: i + 1 }));
    }
  }
}
