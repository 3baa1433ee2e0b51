import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
import { getLocale, LOCALES, localizedPath } from '../../src/i18n/locales';
import { expect, routes, test } from './fixtures';

// The statistics page checked against the data files read here on their own, not through src/lib,
// so a mistake in the page's own derivation cannot hide itself.

interface CsvRow {
  indicator: string;
  period: string;
  period_type: string;
  value: string;
  qualifier: string;
  high: string;
  source: string;
  vintage: string;
}
const csvText = readFileSync('content/stats/observations.csv', 'utf8');
const csvRows = parse(csvText, { columns: true, skip_empty_lines: true }) as CsvRow[];
const indicatorIds = (parseYaml(readFileSync('content/stats/indicators.yaml', 'utf8')) as { id: string }[]).map(
  (i) => i.id,
);
const statsRoutes = routes.filter((r) => r.slug === 'statistics');

// The statistics page is the longest page of the site; give its browser checks room on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** How the page should write a row's value in English, worked out here from the CSV alone. */
function expectedEnglish(row: CsvRow): string {
  const n = (s: string) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 }).format(Number(s));
  switch (row.qualifier) {
    case 'exact':
      return n(row.value);
    case 'at-least':
      return `at least ${n(row.value)}`;
    case 'more-than':
      return `more than ${n(row.value)}`;
    case 'nearly':
      return `nearly ${n(row.value)}`;
    case 'approximately':
      return `about ${n(row.value)}`;
    case 'range':
      return `${n(row.value)} to ${n(row.high)}`;
    default:
      throw new Error(`unexpected qualifier ${row.qualifier}`);
  }
}

/** For each indicator and period, the row of the newest report (an empty report date counts as oldest). */
function newestRows(): CsvRow[] {
  const best = new Map<string, CsvRow>();
  for (const row of csvRows) {
    const key = `${row.indicator}|${row.period_type}|${row.period}`;
    const current = best.get(key);
    if (!current || row.vintage > current.vintage) best.set(key, row);
  }
  return [...best.values()];
}

test('serves the statistics page in every locale', () => {
  expect(statsRoutes.map((r) => r.path).sort()).toEqual(LOCALES.map((l) => localizedPath(l.code, 'statistics')).sort());
});

test('shows every row of observations.csv, each report kept, with its value as written in the file', async ({
  page,
}) => {
  await page.goto('/statistics/');
  // Rows used for a period sit in the tables; every report of a period with several reports sits in the revision log.
  const inTables = await page.$$eval('table.stats-table tbody tr', (trs) =>
    trs.map((tr) => ({
      key: `${tr.closest('table')?.getAttribute('data-indicator')}|${tr.getAttribute('data-period')}|${tr.getAttribute('data-vintage')}`,
      text: tr.querySelector('td')?.textContent?.trim() ?? '',
    })),
  );
  const inLogs = await page.$$eval('table[id$="-revision-log"] li', (lis) =>
    lis.map((li) => ({
      key: `${li.closest('table')?.getAttribute('data-indicator')}|${li.closest('tr')?.getAttribute('data-period')}|${li.getAttribute('data-vintage')}`,
      text: li.textContent?.trim() ?? '',
    })),
  );
  const found = new Set([...inTables, ...inLogs].map((r) => r.key));
  expect(found.size).toBe(csvRows.length);
  for (const row of csvRows) {
    const key = `${row.indicator}|${row.period}|${row.vintage}`;
    const value = expectedEnglish(row);
    const table = inTables.find((r) => r.key === key);
    const log = inLogs.find((r) => r.key === key);
    expect(table ?? log, `${key} is on the page`).toBeTruthy();
    if (table) expect(table.text, key).toBe(value);
    if (log) expect(log.text.startsWith(`${value} (report of `), `${key}: ${log.text}`).toBe(true);
  }
});

test('shows, for each period, the figure of the newest report', async ({ page }) => {
  await page.goto('/statistics/');
  for (const row of newestRows()) {
    const table = row.period_type === 'year' || row.period_type === 'fiscal-year' ? 'table' : 'other';
    const tr = page.locator(`#${row.indicator}-${table} tr[data-period="${row.period}"]`);
    await expect(tr, `${row.indicator} ${row.period}`).toHaveAttribute('data-vintage', row.vintage);
    await expect(tr.locator('td').first()).toHaveText(expectedEnglish(row));
  }
});

test('has a section with a permalink for every indicator, in file order', async ({ page }) => {
  await page.goto('/statistics/');
  const ids = await page.$$eval('section[data-indicator] > h3', (hs) => hs.map((h) => h.id));
  expect(ids).toEqual(indicatorIds);
  for (const id of ids) await expect(page.locator(`a[href="#${id}"]`).first()).toBeAttached();
});

test('puts the program statements before the first indicator', async ({ page }) => {
  await page.goto('/statistics/');
  const order = await page.$$eval('#statements-program, section[data-indicator]', (els) => els.map((e) => e.id || 'x'));
  expect(order[0]).toBe('statements-program');
});

const golden = [
  { locale: 'en', path: '/statistics/', ma: '2,357', report: 'Jun 2024' },
  { locale: 'es', path: '/es/statistics/', ma: '2,357', report: 'jun 2024' },
  { locale: 'pt', path: '/pt/statistics/', ma: '2.357', report: 'jun. de 2024' },
] as const;

for (const g of golden) {
  test(`shows the golden values in ${g.locale}: Massachusetts 2022 and Worcester County 2023`, async ({ page }) => {
    await page.goto(g.path);
    const ma = page.locator('#ma-dph-deaths-confirmed-estimated-table tr[data-period="2022"]');
    await expect(ma).toHaveAttribute('data-vintage', '2024-06');
    await expect(ma.locator('td').first()).toHaveText(g.ma);
    await expect(ma.locator('td').last()).toHaveText(g.report);
    const county = page.locator('#worcester-county-dph-deaths-table tr[data-period="2023"] td').first();
    await expect(county).toHaveText('278');
  });
}

test('formats numbers with each locale’s Intl tag', async ({ page }) => {
  for (const route of statsRoutes) {
    await page.goto(route.path);
    const intl = getLocale(route.contentLocale).intl;
    const expected = new Intl.NumberFormat(intl).format(833598);
    await expect(page.locator('#samhsa-helpline-calls-table tr[data-period="2020"] td').first()).toHaveText(expected);
  }
});

test('gives each chart a title, a description and axis titles', async ({ page }) => {
  for (const route of statsRoutes) {
    await page.goto(route.path);
    const charts = page.locator('main svg[role="img"]');
    expect(await charts.count()).toBeGreaterThan(5);
    for (const svg of await charts.all()) {
      const title = (await svg.locator('title').textContent()) ?? '';
      const desc = (await svg.locator('desc').textContent()) ?? '';
      expect(title.length, route.path).toBeGreaterThan(5);
      expect(desc.length, route.path).toBeGreaterThan(20);
      const labelled = (await svg.getAttribute('aria-labelledby'))?.split(' ') ?? [];
      expect(labelled).toEqual([
        await svg.locator('title').getAttribute('id'),
        await svg.locator('desc').getAttribute('id'),
      ]);
      expect(await svg.locator('text.axis-title').count()).toBe(2);
    }
  }
});

test('the CSV download parses and holds every observation and every statement figure', async ({ request }) => {
  const response = await request.get('/statistics/statistics.csv');
  expect(response.ok()).toBe(true);
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const all = parse(bytes.toString('utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const rows = all.filter((r) => r.record === 'observation');
  expect(rows).toHaveLength(csvRows.length);
  expect(all.filter((r) => r.record === 'statement').length).toBeGreaterThanOrEqual(6);
  for (const column of ['indicator', 'period', 'period_type', 'value', 'qualifier', 'source_id', 'vintage']) {
    expect(Object.keys(rows[0] ?? {})).toContain(column);
  }
  const ma2022 = rows.filter((r) => r.indicator === 'ma-dph-deaths-confirmed-estimated' && r.period === '2022');
  expect(ma2022.map((r) => `${r.value}@${r.vintage}`).sort()).toEqual(['2357@2023-06', '2357@2024-06', '2359@2023-12']);
});

test('the JSON download parses and carries metadata with every observation', async ({ request }) => {
  const response = await request.get('/statistics/statistics.json');
  expect(response.ok()).toBe(true);
  const json = (await response.json()) as {
    observations: unknown[];
    indicators: { id: string; definition: Record<string, string> }[];
    sources: { id: string }[];
    citation: string;
    licence: string;
    generated: string;
  };
  expect(json.observations).toHaveLength(csvRows.length);
  expect(json.indicators.map((i) => i.id)).toEqual(indicatorIds);
  expect(json.indicators.every((i) => LOCALES.every((l) => i.definition[l.code]))).toBe(true);
  const cited = new Set(csvRows.map((r) => r.source));
  for (const id of cited) expect(json.sources.map((s) => s.id)).toContain(id);
  expect(json.citation).toContain('/statistics/');
  expect(json.licence.length).toBeGreaterThan(20);
  expect(json.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test('links to both downloads from every locale', async ({ page }) => {
  for (const route of statsRoutes) {
    await page.goto(route.path);
    await expect(page.locator('a[href="/statistics/statistics.csv"]')).toBeVisible();
    await expect(page.locator('a[href="/statistics/statistics.json"]')).toBeVisible();
  }
});

test('gives a citation with the page address and reminds readers to credit the publishers', async ({
  page,
  baseURL,
}) => {
  await page.goto('/pt/statistics/');
  const citation = page.locator('[data-citation]');
  await expect(citation).toContainText('/pt/statistics/');
  await expect(citation).toContainText(/\d{4}/);
  await expect(page.locator('#how-to-cite ~ p').filter({ hasText: 'Departamento de Saúde Pública' })).toBeVisible();
  expect(baseURL).toBeTruthy();
});

/** Ids that in-page links of <main> point to but that no element has. */
const missingAnchors = (page: Page) =>
  page.$$eval('main a[href^="#"]', (links) =>
    links.map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
  );
/** Elements of <main> that carry a style attribute (the CSP forbids them). */
const inlineStyles = (page: Page) => page.locator('main [style]').count();
/** How wide the page is, to catch sideways scrolling. */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('every in-page link on the statistics page has a target', async ({ page }) => {
  await page.goto('/statistics/');
  expect(await missingAnchors(page)).toEqual([]);
});

test('uses no inline style attributes', async ({ page }) => {
  await page.goto('/statistics/');
  expect(await inlineStyles(page)).toBe(0);
});

test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  for (const route of statsRoutes) {
    await page.goto(route.path);
    expect(await pageWidth(page), route.path).toBeLessThanOrEqual(320);
  }
});

test.describe('canaries: the checks above fail when the fault is planted', () => {
  test('a link to a missing anchor is reported', async ({ page }) => {
    await page.goto('/statistics/');
    await page.evaluate(() =>
      document.querySelector('main')!.insertAdjacentHTML('beforeend', '<a href="#no-such-id">x</a>'),
    );
    expect(await missingAnchors(page)).toEqual(['no-such-id']);
  });

  test('a style attribute is counted', async ({ page }) => {
    await page.goto('/statistics/');
    await page.evaluate(() => document.querySelector('main p')!.setAttribute('style', 'color: red'));
    expect(await inlineStyles(page)).toBe(1);
  });

  test('an element wider than the screen makes the page scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto('/statistics/');
    // Planted outside the tables, which now scroll inside their own regions.
    await page.evaluate(() => {
      const wide = document.createElement('pre');
      wide.textContent = 'Averyveryverylongwordthatcannotwrapatallanywhere'.repeat(3);
      document.querySelector('main')!.append(wide);
    });
    expect(await pageWidth(page)).toBeGreaterThan(320);
  });
});

test('keeps chart text readable at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/statistics/');
  const sizes = await page.$$eval('main svg[role="img"] text', (texts) =>
    texts.map((t) => (t as SVGTextElement).getBoundingClientRect().height),
  );
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
});

for (const route of statsRoutes) {
  test(`${route.path} has no WCAG 2.2 A/AA violations`, async ({ page, makeAxeBuilder }) => {
    await page.goto(route.path);
    const results = await makeAxeBuilder().analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
