// Times the finder over 5,000 synthetic listings in Chromium: the real /find-treatment/ page with its
// listings repeated (new ids) before the browser parses it, then 60 filter changes, each timed from
// the change event to the next painted frame. Nothing synthetic is ever written to dist/.
import type { Browser } from '@playwright/test';

const LISTINGS = 5_000;
const CHANGES = 60;

/** The page's listing items (`<li>` around `<article class="listing">`), repeated to `count` with new ids. */
export function multiplyListings(html: string, count: number): string {
  const items: string[] = [];
  let at = 0;
  for (;;) {
    const article = html.indexOf('<article class="listing"', at);
    if (article === -1) break;
    const start = html.lastIndexOf('<li', article);
    const end = html.indexOf('</li>', html.indexOf('</article>', article)) + '</li>'.length;
    items.push(html.slice(start, end));
    at = end;
  }
  if (items.length === 0) throw new Error('no listings found on the finder page');
  const extra: string[] = [];
  for (let i = items.length; i < count; i++) {
    const source = items[i % items.length]!;
    const id = /id="listing-([^"]+)"/.exec(source)![1]!;
    extra.push(source.replaceAll(id, `${id}-synthetic-${i}`));
  }
  const insertAt = html.indexOf('</li>', html.lastIndexOf('<article class="listing"')) + '</li>'.length;
  return `${html.slice(0, insertAt)}${extra.join('')}${html.slice(insertAt)}`;
}

export async function benchFinder(browser: Browser, origin: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route(`${origin}/find-treatment/`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: multiplyListings(await response.text(), LISTINGS) });
  });
  await page.goto(`${origin}/find-treatment/`, { waitUntil: 'load' });
  const count = await page.locator('[data-listing]').count();
  const select = page.locator('[data-control="service"]');
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await page.waitForTimeout(300);
  const times = await page.evaluate(
    async ({ values, changes }) => {
      const el = document.querySelector<HTMLSelectElement>('[data-control="service"]')!;
      const out: number[] = [];
      for (let i = 0; i < changes; i++) {
        el.value = values[i % values.length]!;
        const t0 = performance.now();
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // rAF runs before the next paint; a task queued from it runs after that paint.
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        out.push(performance.now() - t0);
      }
      return out;
    },
    { values, changes: CHANGES },
  );
  await context.close();
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return { listings: count, changes: times.length, medianMs: pick(0.5), p95Ms: pick(0.95) };
}
