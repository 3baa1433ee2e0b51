// Times the finder over 5,000 synthetic listings in Chromium: the real /find-treatment/ page with its
// listings repeated (new ids) before the browser parses it, then 60 filter changes, each timed from
// the change event to the next painted frame. Nothing synthetic is ever written to dist/.
//
// Chromium runs twice: once with the frame-rate limit off, so a frame is produced as soon as the
// page's work is done and the figure is that work (script, style, layout, paint); once as a 60 Hz
// display would, where every figure also holds the wait for the display's next refresh (up to
// 16.7 ms, nearly all of it here, since each change starts right after a frame).
import { chromium, type LaunchOptions } from '@playwright/test';

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

/**
 * Median and p95 of the finder's filter time, with the frame-rate limit off and at 60 Hz, with the
 * "might offer it" group closed (as a filter leaves it) and opened.
 */
export async function benchFinder(launch: LaunchOptions, origin: string) {
  const noLimit = { ...launch, args: [...(launch.args ?? []), '--disable-frame-rate-limit', '--disable-gpu-vsync'] };
  const unlimited = await timeChanges(noLimit, origin, false);
  const opened = await timeChanges(noLimit, origin, true);
  const at60Hz = await timeChanges(launch, origin, false);
  return {
    ...unlimited,
    groupOpened: { medianMs: opened.medianMs, p95Ms: opened.p95Ms },
    at60Hz: { medianMs: at60Hz.medianMs, p95Ms: at60Hz.p95Ms },
  };
}

async function timeChanges(launch: LaunchOptions, origin: string, openGroup: boolean) {
  const browser = await chromium.launch(launch);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  let count = 0;
  await page.route(`${origin}/find-treatment/`, async (route) => {
    const response = await route.fetch();
    const body = multiplyListings(await response.text(), LISTINGS);
    count = body.split('<article class="listing"').length - 1;
    await route.fulfill({ response, body });
  });
  await page.goto(`${origin}/find-treatment/`, { waitUntil: 'load' });
  const select = page.locator('[data-control="service"]');
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  await page.waitForTimeout(300);
  const times = await page.evaluate(
    async ({ values, changes, openGroup }) => {
      const el = document.querySelector<HTMLSelectElement>('[data-control="service"]')!;
      // The group stays open across filter changes once the reader opened it.
      const group = document.querySelector<HTMLDetailsElement>('details[data-group="unknown"]');
      if (openGroup && group) group.open = true;
      const heading = document.querySelector('[data-results-heading]')!;
      const live = document.querySelector('[data-live]')!;
      // The heading of the complete list, as the script writes it (the server counted the real places).
      el.value = '';
      el.dispatchEvent(new Event('input', { bubbles: true }));
      const allHeading = heading.textContent;
      const out: number[] = [];
      for (let i = 0; i < changes; i++) {
        el.value = values[i % values.length]!;
        const t0 = performance.now();
        el.dispatchEvent(new Event('input', { bubbles: true }));
        // rAF runs before the next paint; a task queued from it runs after that paint.
        await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        out.push(performance.now() - t0);
        // A timing only counts if the change reached the page: a broken script would be very fast.
        const filtered = el.value !== '';
        if (filtered === (heading.textContent === allHeading) || !live.textContent?.includes(heading.textContent!)) {
          throw new Error(`the finder did not update for "${el.value}": "${heading.textContent}"`);
        }
      }
      return out;
    },
    { values, changes: CHANGES, openGroup },
  );
  await browser.close();
  const sorted = [...times].sort((a, b) => a - b);
  const pick = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return { listings: count, changes: times.length, medianMs: pick(0.5), p95Ms: pick(0.95) };
}
