// Writes full-page PNGs of the key pages at phone and desktop widths, in every locale, light and dark,
// into screenshots/ (ignored by git), so a reviewer can look at a change before and after. It also
// prints where each page's <h1> and the finder's first listing start on a 320 px phone.
//
// Usage: npm run build && npm run screenshots [-- --out folder] [-- --only home,statistics]
// (SCREENSHOT_PORT picks the port).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { LOCALES, localizedPath } from '../src/i18n/locales';
import { serveStatic } from './lib/staticServer';
import { chromiumLaunchOptions } from '../tests/chromium';

const PORT = Number(process.env['SCREENSHOT_PORT'] ?? 4390);
const outIndex = process.argv.indexOf('--out');
const OUT = outIndex > 0 ? (process.argv[outIndex + 1] ?? 'screenshots') : 'screenshots';
const onlyIndex = process.argv.indexOf('--only');
const ONLY = onlyIndex > 0 ? new Set((process.argv[onlyIndex + 1] ?? '').split(',')) : null;

/** The pages a design change is judged on; the finder with a filter applied from the fragment. */
const ALL_PAGES = [
  { name: 'home', slug: '', fragment: '' },
  { name: 'hotlines', slug: 'hotlines', fragment: '' },
  { name: 'families', slug: 'families', fragment: '' },
  { name: 'find-treatment', slug: 'find-treatment', fragment: '#service=detox' },
  { name: 'statistics', slug: 'statistics', fragment: '' },
] as const;
const PAGES = ALL_PAGES.filter((p) => !ONLY || ONLY.has(p.name));
const WIDTHS = [320, 390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;

mkdirSync(OUT, { recursive: true });
const server = await serveStatic('dist', PORT);
const browser = await chromium.launch(chromiumLaunchOptions);
const positions: { page: string; locale: string; h1: number; firstListing: number | null }[] = [];
try {
  for (const scheme of SCHEMES) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const locale of LOCALES) {
      for (const item of PAGES) {
        const url = `http://127.0.0.1:${PORT}${localizedPath(locale.code, item.slug)}${item.fragment}`;
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: width < 1000 ? 640 : 800 });
          await page.goto(url);
          await page.locator('h1').waitFor();
          if (width === 320 && scheme === 'light') {
            const top = (selector: string) =>
              page
                .locator(selector)
                .first()
                .evaluate((e) => Math.round(e.getBoundingClientRect().top + window.scrollY))
                .catch(() => null);
            positions.push({
              page: item.name,
              locale: locale.code,
              h1: (await top('h1')) ?? -1,
              firstListing: item.name === 'find-treatment' ? await top('.listing') : null,
            });
          }
          const file = join(OUT, `${item.name}-${locale.code}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
        }
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
writeFileSync(join(OUT, 'positions.json'), `${JSON.stringify(positions, null, 2)}\n`);
console.log('Top of the <h1> (and of the first listing) on a 320 px phone, in CSS px:');
console.table(positions);
console.log(`Screenshots written to ${OUT}/`);
