// Link and page integrity over the built dist/ (whatever it holds, driven by the route table), and the
// static scan for loads from other websites. Reads files only; the browser is used as an HTML parser.
import { test, expect } from '@playwright/test';
import { scanForeign } from '../integrity/builtSite';
import { readSite } from '../integrity/builtSite';
import {
  brokenReferences,
  crossLanguageLinks,
  descriptionProblems,
  extraRegions,
  externalLinksWithoutRel,
  paddedLinks,
  titleProblems,
  vagueLinks,
  type Site,
} from '../integrity/linkRules';
import { routes } from './fixtures';

const DIST = process.env['DIST_DIR'] ?? 'dist';
const CANARY = 'tests/fixtures/foreign-urls';

test.describe.configure({ mode: 'default', timeout: 180_000 });

let site: Site;
test.beforeAll(async ({ browser }) => {
  // Parses every built page in a browser: over 30 s on a busy 2-core machine, so the same deadline as the tests.
  test.setTimeout(180_000);
  const page = await browser.newPage({ javaScriptEnabled: true });
  site = await readSite(page, DIST, routes);
  await page.close();
});

test('reads every page of the route table from dist/', () => {
  const read = new Set(site.pages.map((p) => p.path));
  expect(routes.filter((r) => !read.has(r.path)).map((r) => r.path)).toEqual([]);
});

test('every internal href, src and #fragment leads to something that exists', () => {
  expect(brokenReferences(site)).toEqual([]);
});

test('every page has its own title', () => {
  expect(titleProblems(site)).toEqual([]);
});

test('every page has one description, unique in its language and translated where the page is', () => {
  expect(descriptionProblems(site)).toEqual([]);
});

test('pages link only within their language, except links marked with the hreflang of the other one', () => {
  expect(crossLanguageLinks(site)).toEqual([]);
});

test('links to other websites carry rel="noopener noreferrer"', () => {
  expect(externalLinksWithoutRel(site)).toEqual([]);
});

test('no link says only "click here", "here", "read more" or a translation of them', () => {
  expect(vagueLinks(site)).toEqual([]);
});

test('no link text starts or ends with whitespace', () => {
  expect(paddedLinks(site)).toEqual([]);
});

test('pages have region landmarks only where people navigate by them', () => {
  expect(extraRegions(site)).toEqual([]);
});

test('no page has a <base> element (the server policy forbids it)', () => {
  expect(site.pages.filter((p) => p.facts.bases > 0).map((p) => p.path)).toEqual([]);
});

test('nothing in dist/ loads a file from another website', async ({ page }) => {
  expect(await scanForeign(page, DIST)).toEqual([]);
});

test('canary: the foreign-load scan reports every planted load and none of the allowed URLs', async ({ page }) => {
  const found = (await scanForeign(page, CANARY)).map((f) => `${f.file} | ${f.where} | ${f.url}`);
  expect(found.sort()).toEqual(
    [
      'canary.css | CSS url() | https://cdn.example.net/imported.css',
      'canary.css | CSS url() | //img.example.net/protocol-relative.png',
      'canary.js | script import | https://cdn.example.net/library.js',
      'canary.js | script import | //cdn.example.net/lazy.js',
      'canary.svg | image xlink:href | https://img.example.net/in-svg-file.png',
      'index.html | link rel=stylesheet href | https://cdn.example.net/site.css',
      'index.html | link rel=preconnect href | https://fonts.example.net',
      'index.html | link rel=icon href | //cdn.example.net/favicon.ico',
      'index.html | link rel=modulepreload href | https://cdn.example.net/module.js',
      'index.html | link rel=preload imagesrcset | https://img.example.net/hero.png',
      'index.html | script src | https://analytics.example.net/a.js',
      'index.html | inline CSS url() | https://cdn.example.net/more.css',
      'index.html | inline CSS url() | https://img.example.net/background.png',
      'index.html | img src | https://tracker.example.net/pixel.gif',
      'index.html | img srcset | https://img.example.net/big.png',
      'index.html | video poster | https://img.example.net/poster.jpg',
      'index.html | iframe src | https://video.example.net/embed',
      'index.html | object data | https://plugin.example.net/x.swf',
      'index.html | inline CSS url() | https://img.example.net/inline.png',
      'index.html | image href | https://img.example.net/inline-svg.png',
      'index.html | use xlink:href | https://icons.example.net/sprite.svg#icon',
    ].sort(),
  );
});
