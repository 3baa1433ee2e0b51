import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLocale, LOCALES } from '../../src/i18n/locales';
import { expect, routes, test } from './fixtures';

function sitemapUrls(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const files = [...index.matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
  return files.flatMap((f) =>
    [...readFileSync(join('dist', f), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
  );
}

test('every sitemap URL exists in dist/ and every indexable page is in the sitemap', () => {
  const urls = sitemapUrls();
  for (const url of urls) {
    const path = new URL(url).pathname;
    expect(existsSync(join('dist', path, 'index.html')), url).toBe(true);
  }
  const indexable = routes.filter((r) => r.inSitemap).map((r) => r.canonical);
  expect([...urls].sort()).toEqual([...indexable].sort());
});

test('the sitemap never lists a fallback or 404 page', () => {
  const urls = new Set(sitemapUrls().map((u) => new URL(u).pathname));
  for (const route of routes.filter((r) => r.kind === 'fallback' || r.kind === '404'))
    expect(urls.has(route.path)).toBe(false);
});

// Every indexable page's share-preview tags and structured data: every-page.spec.ts (expectSharePreview).

test('Spectrum’s organization data lists only Spectrum’s own lines, never 911 or 988', async ({ page }) => {
  await page.goto('/');
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b));
  const org = blocks.find((b) => b['@type'] === 'Organization');
  const phones = org.contactPoint.map((c: { telephone: string }) => c.telephone);
  expect(phones).toEqual(['+1-800-366-7732', '+1-800-464-9555 ext. 1161']);
  expect(org.contactPoint.map((c: { contactType: string }) => c.contactType)).toEqual([
    'inpatient services',
    'outpatient services and admissions',
  ]);
});

for (const prefix of LOCALES.map((l) => (l.path === '' ? '' : `/${l.path}`))) {
  test(`the news feed at ${prefix}/rss.xml parses as RSS and is announced on the home page`, async ({ page }) => {
    await page.goto(`${prefix}/`);
    const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(href).toBe(`${prefix}/rss.xml`);
    const response = await page.goto(href!);
    const body = await response!.text();
    const doc = await page.evaluate((xml) => {
      const parsed = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: parsed.querySelector('parsererror') !== null,
        root: parsed.documentElement.nodeName,
        title: parsed.querySelector('channel > title')?.textContent ?? '',
        links: [...parsed.querySelectorAll('item > link')].map((l) => l.textContent ?? ''),
        items: parsed.querySelectorAll('item').length,
        pubDates: [...parsed.querySelectorAll('item')].map((i) => i.querySelector('pubDate')?.textContent ?? ''),
        lastBuildDate: parsed.querySelector('channel > lastBuildDate')?.textContent ?? '',
        self: [...parsed.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')].map((l) => ({
          rel: l.getAttribute('rel'),
          href: l.getAttribute('href'),
          type: l.getAttribute('type'),
        })),
      };
    }, body);
    expect(doc.error).toBe(false);
    expect(doc.root).toBe('rss');
    expect(doc.title.length).toBeGreaterThan(0);
    expect(doc.self).toEqual([
      {
        rel: 'self',
        href: expect.stringMatching(new RegExp(`^https?://[^/]+${prefix}/rss\\.xml$`)),
        type: 'application/rss+xml',
      },
    ]);
    expect(doc.lastBuildDate).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(doc.pubDates).toHaveLength(doc.items);
    for (const date of doc.pubDates) expect(Number.isNaN(Date.parse(date)), date).toBe(false);
    const times = doc.pubDates.map((d) => Date.parse(d));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const link of doc.links)
      expect(new URL(link).pathname.startsWith(prefix === '' ? '/news/' : `${prefix}/news/`)).toBe(true);
  });
}

test('the feeds date the 10 November 2017 release 10 November for a reader in Worcester, as the page does', async ({
  request,
}) => {
  // A feed lists the news written in its language: every language with the 2017 item translated.
  const written = routes.filter((r) => r.slug === 'news/spectrum-2017-buyer-diversion' && r.kind !== 'fallback');
  expect(written.length).toBeGreaterThan(1);
  for (const prefix of written.map((r) => getLocale(r.locale).path).map((p) => (p === '' ? '' : `/${p}`))) {
    const xml = await (await request.get(`${prefix}/rss.xml`)).text();
    const item = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)]
      .map((m) => m[1]!)
      .find((i) => i.includes('/news/spectrum-2017-buyer-diversion/'));
    const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item ?? '')?.[1] ?? '';
    const inWorcester = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', dateStyle: 'long' });
    expect(inWorcester.format(new Date(pubDate)), `${prefix}/rss.xml`).toBe('November 10, 2017');
  }
});

test('the sitemap gives every page the x-default alternate its head has', async ({ page }) => {
  const files = [...readFileSync('dist/sitemap-index.xml', 'utf8').matchAll(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/g)];
  const xml = files.map((m) => readFileSync(join('dist', m[1]!), 'utf8')).join('');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) {
    const loc = /<loc>([^<]+)<\/loc>/.exec(entry)![1]!;
    const alternates = [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
      (m) => ({ hreflang: m[1]!, href: m[2]! }),
    );
    const route = routes.find((r) => r.canonical === loc)!;
    expect(alternates, loc).toEqual(route.alternates);
    expect(
      alternates.some((a) => a.hreflang === 'x-default'),
      loc,
    ).toBe(true);
  }
  await page.goto('/hotlines/');
  const head = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((l) => ({ hreflang: l.getAttribute('hreflang'), href: l.getAttribute('href') })));
  expect(head).toEqual(routes.find((r) => r.path === '/hotlines/')!.alternates);
});

async function jsonLd(page: import('@playwright/test').Page, path: string, type: string) {
  await page.goto(path);
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (b) => JSON.parse(b) as Record<string, unknown>,
  );
  return blocks.find((b) => b['@type'] === type);
}

test('the statistics page is described as a Dataset whose downloads exist', async ({ page, request }) => {
  const dataset = await jsonLd(page, '/statistics/', 'Dataset');
  const downloads = dataset!['distribution'] as { encodingFormat: string; contentUrl: string }[];
  expect(downloads.map((d) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
  for (const d of downloads) expect((await request.get(new URL(d.contentUrl).pathname)).ok()).toBe(true);
});

test('the 2017 news item is a NewsArticle based on Spectrum’s original release, dated as the source dates it', async ({
  page,
}) => {
  const article = await jsonLd(page, '/news/spectrum-2017-buyer-diversion/', 'NewsArticle');
  expect(article).toMatchObject({ datePublished: '2017-11-10', isBasedOn: expect.stringContaining('spectrum') });
});

test('a news item whose source shows no date is dated by the day it was listed here, and the page says so', async ({
  page,
}) => {
  const article = await jsonLd(page, '/news/spectrum-community-grants/', 'NewsArticle');
  expect(article).toMatchObject({ datePublished: '2026-11-27' });
  await expect(page.locator('main .dateline')).toContainText('Added to this site on November 27, 2026.');
});
