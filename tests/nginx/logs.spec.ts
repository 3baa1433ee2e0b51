import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { TEST_CLIENT_HEADER } from './nginxServer';

/**
 * One access-log line: network address, time, method, path without query, protocol, status, bytes.
 * Nothing else: no referrer, no user agent, no query string, no full address.
 */
const LINE =
  /^(?<client>\d{1,3}\.\d{1,3}\.\d{1,3}\.0|[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,2}::|-) \[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\] "(?<method>[A-Z]+) (?<path>[^ ?"]*) HTTP\/[\d.]+" (?<status>\d{3}) \d+$/;

/**
 * nginx writes a request's line after it has sent the response, so a test waits for its own lines, up to
 * this deadline, instead of reading the log once. Generous: a busy 2-core machine delays the worker.
 */
const LOG_DEADLINE_MS = 15_000;

/**
 * The tests share one access log and run in parallel (and repeated, with --repeat-each), so each reads only
 * its own lines: those naming a path made unique for this run, or those from a client network no other
 * test uses (192.0.2.0/24 for the format test, 198.51.100.0/24 for the Pagefind test).
 */
function accessLog(): string[] {
  return readFileSync(process.env['NGINX_ACCESS_LOG']!, 'utf8').split('\n').filter(Boolean);
}

/** A path segment no other test or repeat uses, e.g. `ipv4-3f9c2a71`. */
function unique(name: string): string {
  return `${name}-${randomUUID().slice(0, 8)}`;
}

/** The access-log lines containing `marker`, once there are `count` of them (fails after the deadline). */
async function ownLines(marker: string, count: number): Promise<string[]> {
  await expect
    .poll(() => accessLog().filter((line) => line.includes(marker)).length, {
      message: `${count} access-log line(s) containing ${marker}`,
      timeout: LOG_DEADLINE_MS,
    })
    .toBeGreaterThanOrEqual(count);
  return accessLog().filter((line) => line.includes(marker));
}

/** Requests from a made-up documentation address (sent to 127.0.0.1 only; nginx trusts the header in tests). */
function from(request: APIRequestContext, address: string, path: string) {
  return request.get(path, { headers: { [TEST_CLIENT_HEADER]: address }, maxRedirects: 0 });
}

test('every access-log line has only address network, time, method, path, protocol, status and size', async ({
  request,
}) => {
  // 192.0.2.0/24 is this test's alone: a page with a query, a 404, a redirect, an asset.
  const client = '192.0.2.10';
  const missing = unique('/es/log-format');
  await from(request, client, '/es/?utm_source=canary');
  await from(request, client, '/es?utm_source=canary');
  await from(request, client, '/favicon.svg?v=1');
  await from(request, client, `${missing}/?utm_source=canary`);
  await ownLines(`GET ${missing}/ `, 1);
  const mine = accessLog().filter((line) => line.startsWith('192.0.2.0 '));
  expect(mine).toContainEqual(expect.stringMatching(/"GET \/es\/ HTTP\/1\.1" 200 \d+$/));
  expect(mine).toContainEqual(expect.stringMatching(/"GET \/es HTTP\/1\.1" 301 \d+$/));
  expect(mine.filter((line) => !LINE.test(line))).toEqual([]);
});

test('query strings never reach the access log', async ({ request }) => {
  const page = unique('/hotlines/query');
  const missing = unique('/es/no-such-page');
  await from(request, '203.0.113.41', `${page}/?q=naloxone-secret&near=01608`);
  await from(request, '203.0.113.41', `${missing}/?q=another-secret`);
  const lines = [...(await ownLines(`${page}/`, 1)), ...(await ownLines(`${missing}/`, 1))];
  expect(lines).toEqual([
    expect.stringMatching(new RegExp(`^203\\.0\\.113\\.0 .*"GET ${page}/ HTTP/1\\.1" 404 \\d+$`)),
    expect.stringMatching(new RegExp(`^203\\.0\\.113\\.0 .*"GET ${missing}/ HTTP/1\\.1" 404 \\d+$`)),
  ]);
  expect(lines.filter((line) => line.includes('?') || line.includes('secret'))).toEqual([]);
});

test('an IPv4 address is logged with its last number set to 0', async ({ request }) => {
  const path = unique('/pt/ipv4');
  await from(request, '203.0.113.77', `${path}/`);
  const [line] = await ownLines(`GET ${path}/ `, 1);
  expect(line).toMatch(/^203\.0\.113\.0 /);
  expect(line).not.toContain('203.0.113.77');
  expect(line).not.toContain('127.0.0.1');
});

test('an IPv6 address is logged as its /48 network only', async ({ request }) => {
  const path = unique('/es/ipv6');
  await from(request, '2001:db8:85a3::8a2e:370:7334', `${path}/`);
  const [line] = await ownLines(`GET ${path}/ `, 1);
  expect(line).toMatch(/^2001:db8:85a3:: /);
  expect(line).not.toContain('8a2e');
});

test('Pagefind requests are never logged, while a look-alike path from the same address is', async ({ request }) => {
  // 198.51.100.0/24 is this test's alone, so every line from it must be one of its canaries.
  const client = '198.51.100.23';
  const token = randomUUID().slice(0, 8);
  await from(request, client, `/pagefind/pagefind-entry.json?${token}`);
  await from(request, client, `/pagefind/fragment/en_${token}.pf_fragment`);
  await from(request, client, `/pagefind/index/en_${token}.pf_index?ts=1`);
  await from(request, client, `/pagefinder-canary-${token}/`);
  // One worker serves requests in order, so once the canary's line is written the earlier ones would be too.
  expect(await ownLines(token, 1)).toEqual([
    expect.stringContaining(`"GET /pagefinder-canary-${token}/ HTTP/1.1" 404 `),
  ]);
  const mine = accessLog().filter((line) => line.startsWith('198.51.100.0 '));
  expect(mine.filter((line) => !/"GET \/pagefinder-canary-[0-9a-f]{8}\/ HTTP\/1\.1" 404 \d+$/.test(line))).toEqual([]);
});

test('the error log never records a reader, even for bad requests', async ({ request }) => {
  const done = unique('/error-log-done');
  await from(request, '203.0.113.99', '/../../etc/passwd?x=secret');
  await from(request, '203.0.113.99', '/es/%zz?x=secret');
  await from(request, '203.0.113.99', '/_astro/');
  // Sent last and served in order: once its access-log line is written, the bad requests are fully handled.
  await from(request, '203.0.113.99', `${done}/`);
  await ownLines(`GET ${done}/ `, 1);
  const errors = readFileSync(process.env['NGINX_ERROR_LOG']!, 'utf8');
  expect(errors).not.toMatch(/client:|203\.0\.113|secret/);
});
