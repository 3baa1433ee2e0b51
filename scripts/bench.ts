// npm run bench -- <out.json> [--peer]
// Builds the site once and measures every page against the budgets of DESIGN §10: bytes (raw and
// gzipped), what Chromium transfers on a first visit with an empty cache, the first round trip,
// build and index time (and for 10x the content), the finder's filter time, and FCP/LCP on slow 4G.
// Prints a table and writes the same figures as JSON to the path given.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { LOCAL_PREVIEW_URL } from '../src/lib/siteUrl';
import { routesFromDisk } from '../src/lib/routesFromDisk';
import { crisisBarPrefix, firstLoadAssets, gzipSize, headerBytes } from '../src/lib/pageWeight';
import { shippedHtmlHeaders } from './lib/shippedHeaders';
import { benchFinder } from './lib/benchFinder';
import { benchPeer } from './lib/benchPeer';
import { benchSearch } from './lib/benchSearch';
import { serveStatic } from './lib/staticServer';
import { chromiumLaunchOptions } from '../tests/chromium';

const out = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!out) {
  console.error('usage: npm run bench -- <out.json> [--peer]');
  process.exit(2);
}
const withPeer = process.argv.includes('--peer');
const PORT = 4410;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astroBin = join('node_modules', 'astro', 'bin', 'astro.mjs');
const pagefindBin = join('node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

function timed(command: string, args: string[], extraEnv: Record<string, string> = {}): number {
  const start = performance.now();
  const result = spawnSync(command, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
  return Math.round(performance.now() - start);
}

function buildTimes(outDir: string, contentDir?: string) {
  const extra = contentDir ? { CONTENT_DIR: contentDir } : {};
  const build = timed(process.execPath, [astroBin, 'build', '--outDir', outDir], extra);
  const index = timed(process.execPath, [pagefindBin, '--site', outDir]);
  return { buildMs: build, pagefindMs: index, pages: countHtml(outDir) };
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

/**
 * A copy of content/ with every page and listing repeated `factor` times under new slugs. It lives in
 * .bench/ inside the project (git-ignored) because Astro's loaders need content under the site root.
 */
function scaledContent(factor: number): string {
  mkdirSync('.bench', { recursive: true });
  const dir = relative('.', mkdtempSync(join('.bench', 'content-')));
  cpSync('content', dir, { recursive: true });
  for (const folder of ['pages', 'news']) {
    const base = join(dir, folder);
    if (!existsSync(base)) continue;
    const files = readdirSync(base, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'));
    for (const file of files) {
      for (let i = 1; i < factor; i++) {
        const target = join(
          base,
          file.replace(/(index)?\.mdx$/, (_, idx: string | undefined) =>
            idx ? `copy-${i}/index.mdx` : `-copy-${i}.mdx`,
          ),
        );
        cpSync(join(base, file), target);
      }
    }
  }
  const services = join(dir, 'services');
  if (existsSync(services)) {
    for (const file of readdirSync(services).filter((f) => f.endsWith('.yaml'))) {
      for (let i = 1; i < factor; i++)
        cpSync(join(services, file), join(services, file.replace(/\.yaml$/, `-copy-${i}.yaml`)));
    }
  }
  return dir;
}

interface PageRow {
  path: string;
  htmlRaw: number;
  htmlGzip: number;
  cssRaw: number;
  cssGzip: number;
  jsRaw: number;
  jsGzip: number;
  firstLoadGzip: number;
  requests: number;
  firstRoundTrip: number;
}

async function measurePages(browser: Browser): Promise<PageRow[]> {
  const routes = routesFromDisk('content', LOCAL_PREVIEW_URL);
  const headers = headerBytes(shippedHtmlHeaders());
  const rows: PageRow[] = [];
  for (const route of routes) {
    const html = readFileSync(join('dist', route.file), 'utf8');
    const assets = firstLoadAssets(html).filter((a) => !a.startsWith('/pagefind/'));
    const bytes = (ext: string) => assets.filter((a) => a.endsWith(ext)).map((a) => readFileSync(join('dist', a)));
    const sum = (list: Buffer[], f: (b: Buffer) => number) => list.reduce((n, b) => n + f(b), 0);
    const css = bytes('.css');
    const js = bytes('.js');
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    let transferred = 0;
    let requests = 0;
    page.on('response', async (response) => {
      requests++;
      const url = new URL(response.url());
      if (url.pathname.startsWith('/pagefind/')) return;
      try {
        const body = await response.body();
        transferred += gzipSize(body) + headerBytes(response.headers());
      } catch {
        /* redirects have no body */
      }
    });
    await page.goto(`${ORIGIN}${route.path}`, { waitUntil: 'networkidle' });
    await context.close();
    rows.push({
      path: route.path,
      htmlRaw: Buffer.byteLength(html),
      htmlGzip: gzipSize(html),
      cssRaw: sum(css, (b) => b.length),
      cssGzip: sum(css, gzipSize),
      jsRaw: sum(js, (b) => b.length),
      jsGzip: sum(js, gzipSize),
      firstLoadGzip: transferred,
      requests,
      firstRoundTrip: gzipSize(crisisBarPrefix(html)) + headers,
    });
  }
  return rows;
}

async function paintTimings(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  // Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; and a 4x slower CPU.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
  const timings = await page.evaluate(
    () =>
      new Promise<{ fcp: number; lcp: number }>((resolve) => {
        let lcp = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) lcp = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
          resolve({ fcp, lcp });
        }, 500);
      }),
  );
  await context.close();
  return { fcpMs: Math.round(timings.fcp), lcpMs: Math.round(timings.lcp) };
}

function table(rows: PageRow[]): string {
  const cols: (keyof PageRow)[] = [
    'path',
    'htmlRaw',
    'htmlGzip',
    'cssRaw',
    'cssGzip',
    'jsRaw',
    'jsGzip',
    'firstLoadGzip',
    'requests',
    'firstRoundTrip',
  ];
  const lines = [cols.join('\t'), ...rows.map((r) => cols.map((c) => r[c]).join('\t'))];
  return lines.join('\n');
}

const build = buildTimes('dist');
const scaledDir = scaledContent(10);
const scaledOut = mkdtempSync(join(tmpdir(), 'bench-dist-'));
const scaled = buildTimes(scaledOut, scaledDir);
rmSync(scaledDir, { recursive: true, force: true });
rmSync(scaledOut, { recursive: true, force: true });

const server = await serveStatic('dist', PORT);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const pages = await measurePages(browser);
  const paint = await paintTimings(browser);
  const finder = await benchFinder(chromiumLaunchOptions, ORIGIN);
  const search = await benchSearch(browser, ORIGIN);
  const peer = withPeer ? benchPeer(pages, build.buildMs) : null;
  const result = {
    generated: new Date().toISOString(),
    build: {
      ...build,
      scaled10x: scaled,
      ratio: {
        build: +(scaled.buildMs / build.buildMs).toFixed(2),
        pagefind: +(scaled.pagefindMs / build.pagefindMs).toFixed(2),
      },
    },
    pages,
    homeFirstRoundTrip: pages.find((p) => p.path === '/')?.firstRoundTrip,
    paint,
    finder,
    search,
    peer,
  };
  console.log(table(pages));
  console.log(`\nbuild ${build.buildMs} ms + pagefind ${build.pagefindMs} ms for ${build.pages} pages;`);
  console.log(
    `10x content: build ${scaled.buildMs} ms + pagefind ${scaled.pagefindMs} ms for ${scaled.pages} pages (x${result.build.ratio.build} / x${result.build.ratio.pagefind})`,
  );
  console.log(
    `home: first round trip ${result.homeFirstRoundTrip} bytes; slow 4G + 4x CPU: FCP ${paint.fcpMs} ms, LCP ${paint.lcpMs} ms`,
  );
  if (finder)
    console.log(
      `finder over ${finder.listings} listings (${finder.changes} changes): median ${finder.medianMs} ms, p95 ${finder.p95Ms} ms with the frame-rate limit off (group opened: median ${finder.groupOpened.medianMs} ms, p95 ${finder.groupOpened.p95Ms} ms); at 60 Hz median ${finder.at60Hz.medianMs} ms, p95 ${finder.at60Hz.p95Ms} ms`,
    );
  for (const row of search)
    console.log(
      `search ${row.path} "${row.query}": ${row.total} bytes (js ${row.js}, wasm ${row.wasm}, index ${row.index}, fragments ${row.fragment}, meta ${row.meta})`,
    );
  if (peer) console.log(`peer (Starlight): ${JSON.stringify(peer)}`);
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nwrote ${relative('.', out)}`);
} finally {
  await browser.close();
  server.close();
}
