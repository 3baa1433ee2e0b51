// What the search page fetches for a reader's first query, per language: Pagefind's script, its
// WebAssembly and the index chunks and fragments (as transferred gzipped by a static host).
import type { Browser } from '@playwright/test';
import { gzipSize } from '../../src/lib/pageWeight';
import { searchProbes } from './searchProbe';

function kind(pathname: string): 'js' | 'wasm' | 'index' | 'fragment' | 'meta' | 'other' {
  if (pathname.endsWith('.js')) return 'js';
  if (pathname.includes('/wasm.')) return 'wasm';
  if (pathname.includes('/index/')) return 'index';
  if (pathname.includes('/fragment/')) return 'fragment';
  if (pathname.endsWith('.pf_meta') || pathname.endsWith('.json')) return 'meta';
  return 'other';
}

export async function benchSearch(browser: Browser, origin: string) {
  const rows = [];
  for (const q of await searchProbes()) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${q.path}`, { waitUntil: 'networkidle' });
    const bytes = { js: 0, wasm: 0, index: 0, fragment: 0, meta: 0, other: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (!url.pathname.startsWith('/pagefind/')) return;
      pending.push(
        response
          .body()
          .then((body) => {
            // Pagefind's index files are already compressed; gzip adds nothing to them.
            bytes[kind(url.pathname)] += url.pathname.endsWith('.js') ? gzipSize(body) : body.length;
          })
          .catch(() => undefined),
      );
    });
    await page.getByLabel(q.label, { exact: true }).fill(q.query);
    await page.getByLabel(q.label, { exact: true }).press('Enter');
    await page.locator('.search-results li > a').first().waitFor();
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    await context.close();
    rows.push({ path: q.path, query: q.query, ...bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0) });
  }
  return rows;
}
