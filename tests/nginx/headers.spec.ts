import { readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { GZIP_MIN_LENGTH } from '../../scripts/lib/deployConfig';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { vcardFileName } from '../../src/lib/carry/files';
import { routes } from '../e2e/fixtures';

/** What every response must carry, written out here rather than read from the generator. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};
/** Features a reader's browser must never hand to this site. */
const MUST_DENY = ['camera', 'microphone', 'payment', 'usb', 'browsing-topics'];
const ONE_YEAR = 31_536_000;
const ONE_HOUR = 3_600;
const GZIP = { 'accept-encoding': 'gzip' };

/** Problems with the security headers of one response, as readable lines. */
function securityProblems(response: APIResponse): string[] {
  const problems: string[] = [];
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    if (headers[name] !== value) problems.push(`${name} is ${JSON.stringify(headers[name])}, expected "${value}"`);
  }
  const features = new Map(
    (headers['permissions-policy'] ?? '').split(',').map((part) => {
      const [feature = '', allow = ''] = part.trim().split('=');
      return [feature, allow] as const;
    }),
  );
  if (features.get('geolocation') !== '(self)') problems.push('Permissions-Policy does not allow geolocation=(self)');
  for (const [feature, allow] of features) {
    if (feature !== 'geolocation' && allow !== '()') problems.push(`Permissions-Policy allows ${feature}=${allow}`);
  }
  for (const feature of MUST_DENY) {
    if (!features.has(feature)) problems.push(`Permissions-Policy does not deny ${feature}`);
  }
  if (headers['server'] !== 'nginx') problems.push(`Server header "${headers['server']}" should not name a version`);
  const names = response.headersArray().map((h) => h.name.toLowerCase());
  for (const name of [...Object.keys(SECURITY_HEADERS), 'permissions-policy', 'cache-control']) {
    if (names.filter((n) => n === name).length !== 1)
      problems.push(`${name} is sent ${names.filter((n) => n === name).length} times`);
  }
  return problems;
}

function maxAge(response: APIResponse): number {
  const match = /max-age=(\d+)/.exec(response.headers()['cache-control'] ?? '');
  return match ? Number(match[1]) : Number.NaN;
}

function expectShortCache(response: APIResponse) {
  expect(response.headers()['cache-control']).not.toContain('immutable');
  expect(maxAge(response)).toBeLessThanOrEqual(ONE_HOUR);
}

function expectImmutable(response: APIResponse) {
  expect(response.headers()['cache-control']).toContain('immutable');
  expect(maxAge(response)).toBeGreaterThanOrEqual(ONE_YEAR);
}

const homePages = LOCALES.map((l) => ({ locale: l, path: localizedPath(l.code, '') }));

for (const { locale, path } of homePages) {
  test.describe(`${locale.label} (${locale.code})`, () => {
    test(`the home page ${path} carries every security header, gzip and a short cache`, async ({ request }) => {
      const response = await request.get(path, { headers: GZIP });
      expect(response.status()).toBe(200);
      expect(securityProblems(response)).toEqual([]);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers()['content-encoding']).toBe('gzip');
      expect(response.headers()['vary']).toContain('Accept-Encoding');
      expectShortCache(response);
    });

    test(`the hashed assets of ${path} carry every security header and a year-long immutable cache`, async ({
      request,
    }) => {
      const html = await (await request.get(path)).text();
      const assets = [...new Set([...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1]!))];
      expect(assets, `${path} references no file under /_astro/`).not.toEqual([]);
      for (const asset of assets) {
        const response = await request.get(asset, { headers: GZIP });
        expect(response.status(), asset).toBe(200);
        expect(securityProblems(response), asset).toEqual([]);
        expectImmutable(response);
        if (asset.endsWith('.css')) {
          expect(response.headers()['content-type']).toBe('text/css; charset=utf-8');
          // nginx leaves tiny files as they are; every other stylesheet travels gzipped.
          const size = statSync(join('dist', asset)).size;
          expect(response.headers()['content-encoding'], `${asset} (${size} bytes)`).toBe(
            size >= GZIP_MIN_LENGTH ? 'gzip' : undefined,
          );
        }
      }
    });

    const missing = `${path}this-page-does-not-exist/`;
    test(`a missing page ${missing} answers 404 with the ${locale.label} 404 page and every header`, async ({
      request,
    }) => {
      const response = await request.get(missing, { headers: GZIP });
      expect(response.status()).toBe(404);
      expect(securityProblems(response)).toEqual([]);
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
      expectShortCache(response);
      expect(await response.text()).toContain(`<html lang="${locale.htmlLang}"`);
    });

    test(`a missing asset under ${path} answers 404 with the ${locale.label} 404 page`, async ({ request }) => {
      const response = await request.get(`${path}no-such-image.png`);
      expect(response.status()).toBe(404);
      expect(securityProblems(response)).toEqual([]);
      expect(await response.text()).toContain(`<html lang="${locale.htmlLang}"`);
    });

    const page = routes.find((r) => r.locale === locale.code && r.slug !== '' && r.path.endsWith('/'));
    const withoutSlash = [path === '/' ? undefined : path.slice(0, -1), page?.path.slice(0, -1)].filter(
      (p): p is string => p !== undefined,
    );
    for (const from of withoutSlash) {
      test(`${from} redirects to ${from}/ with a relative Location and every header`, async ({ request }) => {
        const response = await request.get(from, { maxRedirects: 0 });
        expect(response.status()).toBe(301);
        expect(response.headers()['location']).toBe(`${from}/`);
        expect(securityProblems(response)).toEqual([]);
      });
    }
  });
}

test('every page of the route table is served with status 200, as HTML, with every security header', async ({
  request,
}) => {
  const problems: string[] = [];
  for (const route of routes) {
    const response = await request.get(route.path);
    if (response.status() !== 200) problems.push(`${route.path}: status ${response.status()}`);
    if (response.headers()['content-type'] !== 'text/html; charset=utf-8') {
      problems.push(`${route.path}: content-type ${response.headers()['content-type']}`);
    }
    problems.push(...securityProblems(response).map((p) => `${route.path}: ${p}`));
  }
  expect(problems).toEqual([]);
});

/** Content-Type nginx must send for each kind of file the build can produce. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

test('one file of every type in the build is served with its proper Content-Type', async ({ request }) => {
  const root = process.env['NGINX_ROOT']!;
  const byType = new Map<string, string>();
  for (const file of files(root)) {
    const type = extname(file);
    // Pagefind's index chunks are compressed binary files that only its own script reads.
    if (!byType.has(type) && !file.includes(`${join(root, 'pagefind')}/`)) byType.set(type, file);
  }
  const problems: string[] = [];
  for (const [type, file] of byType) {
    const path = `/${relative(root, file)}`;
    const expected = CONTENT_TYPES[type];
    if (expected === undefined) {
      problems.push(`${path}: no Content-Type is expected for "${type}" files; add one here and in deploy/`);
      continue;
    }
    const response = await request.get(path);
    if (response.headers()['content-type'] !== expected) {
      problems.push(`${path}: ${response.headers()['content-type']}, expected ${expected}`);
    }
  }
  expect(problems).toEqual([]);
});

for (const locale of LOCALES) {
  const path = `/${vcardFileName(locale.code)}`;
  test(`the ${locale.label} contact file ${path} is served as text/vcard with every header`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/vcard; charset=utf-8');
    expect(securityProblems(response)).toEqual([]);
    expect(await response.text()).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
  });
}

test('/.well-known/security.txt is served as UTF-8 plain text with every header', async ({ request }) => {
  const response = await request.get('/.well-known/security.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(securityProblems(response)).toEqual([]);
  expect(await response.text()).toMatch(/^Contact: /m);
});

test('a folder without an index page answers like a missing page, not with a listing or a 403', async ({ request }) => {
  const response = await request.get('/_astro/');
  expect(response.status()).toBe(404);
  expect(securityProblems(response)).toEqual([]);
  expect(await response.text()).toContain('<html lang="en"');
});
