import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crisisBarPrefix, firstLoadAssets, gzipSize, headerBytes } from '../../src/lib/pageWeight';
import { shippedHtmlHeaders } from '../../scripts/lib/shippedHeaders';
import { expect, routes, test } from './fixtures';

// Byte budgets from DESIGN §10, measured on the built files. Timings live in `npm run bench`.
const PAGE_BUDGET = 60_000;
const read = (path: string) => readFileSync(join('dist', path));

function firstLoadBytes(file: string): { total: number; parts: Record<string, number> } {
  const html = read(file).toString('utf8');
  const parts: Record<string, number> = { [file]: gzipSize(html) };
  for (const asset of firstLoadAssets(html).filter((a) => !a.startsWith('/pagefind/')))
    parts[asset] = gzipSize(read(asset));
  return { total: Object.values(parts).reduce((a, b) => a + b, 0), parts };
}

for (const route of routes) {
  test(`${route.path} loads at most 60 KB gzipped on first visit`, () => {
    const { total, parts } = firstLoadBytes(route.file);
    expect(total, JSON.stringify(parts)).toBeLessThanOrEqual(PAGE_BUDGET);
  });
}

test('the wallet card page loads at most 20 KB gzipped on first visit, in every language', () => {
  for (const route of routes.filter((r) => r.slug === 'card')) {
    const { total, parts } = firstLoadBytes(route.file);
    expect(total, JSON.stringify(parts)).toBeLessThanOrEqual(20_000);
  }
});

test('the home page delivers its crisis bar in the first round trip (14,000 bytes with headers)', () => {
  for (const file of routes.filter((r) => r.slug === '').map((r) => r.file)) {
    const html = read(file).toString('utf8');
    const bytes = gzipSize(crisisBarPrefix(html)) + headerBytes(shippedHtmlHeaders());
    expect(bytes, file).toBeLessThanOrEqual(14_000);
  }
});

test('every image declares its width and height', () => {
  for (const route of routes) {
    const html = read(route.file).toString('utf8');
    for (const img of html.match(/<img\b[^>]*>/g) ?? []) {
      expect(img, route.path).toMatch(/\bwidth="\d+"/);
      expect(img, route.path).toMatch(/\bheight="\d+"/);
    }
  }
});

test('no web fonts are shipped or declared', () => {
  const files = readdirSync('dist', { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
  expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f.name)).map((f) => f.name)).toEqual([]);
  for (const css of files.filter((f) => f.name.endsWith('.css'))) {
    expect(readFileSync(join(css.parentPath, css.name), 'utf8')).not.toContain('@font-face');
  }
});
