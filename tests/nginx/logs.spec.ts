import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { TEST_CLIENT_HEADER } from './nginxServer';

/**
 * One access-log line: network address, time, method, path without query, protocol, status, bytes.
 * Nothing else: no referrer, no user agent, no query string, no full address.
 */
const LINE =
  /^(?<client>\d{1,3}\.\d{1,3}\.\d{1,3}\.0|[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,2}::|-) \[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d\] "(?<method>[A-Z]+) (?<path>[^ ?"]*) HTTP\/[\d.]+" (?<status>\d{3}) \d+$/;

function accessLog(): string[] {
  return readFileSync(process.env['NGINX_ACCESS_LOG']!, 'utf8').split('\n').filter(Boolean);
}

/** Requests from a made-up documentation address (sent to 127.0.0.1 only; nginx trusts the header in tests). */
function from(request: APIRequestContext, address: string, path: string) {
  return request.get(path, { headers: { [TEST_CLIENT_HEADER]: address }, maxRedirects: 0 });
}

test('every access-log line has only address network, time, method, path, protocol, status and size', async ({
  request,
}) => {
  await request.get('/es/?utm_source=canary');
  const lines = accessLog();
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.filter((line) => !LINE.test(line))).toEqual([]);
});

test('query strings never reach the access log', async ({ request }) => {
  await from(request, '203.0.113.41', '/hotlines/?q=naloxone-secret&near=01608');
  await from(request, '203.0.113.41', '/es/no-such-page/?q=another-secret');
  const lines = accessLog();
  expect(lines).toContainEqual(expect.stringMatching(/^203\.0\.113\.0 .*"GET \/hotlines\/ HTTP\/1\.1" 200 /));
  expect(lines).toContainEqual(expect.stringMatching(/^203\.0\.113\.0 .*"GET \/es\/no-such-page\/ HTTP\/1\.1" 404 /));
  expect(lines.filter((line) => line.includes('?') || line.includes('secret'))).toEqual([]);
});

test('an IPv4 address is logged with its last number set to 0', async ({ request }) => {
  await from(request, '203.0.113.77', '/pt/');
  const log = accessLog().join('\n');
  expect(log).toMatch(/^203\.0\.113\.0 .*"GET \/pt\/ /m);
  expect(log).not.toContain('203.0.113.77');
  expect(log).not.toContain('127.0.0.1');
});

test('an IPv6 address is logged as its /48 network only', async ({ request }) => {
  await from(request, '2001:db8:85a3::8a2e:370:7334', '/es/');
  const log = accessLog().join('\n');
  expect(log).toMatch(/^2001:db8:85a3:: .*"GET \/es\/ /m);
  expect(log).not.toContain('8a2e');
});

test('Pagefind requests are never logged, while a look-alike path from the same address is', async ({ request }) => {
  const client = '198.51.100.23';
  await from(request, client, '/pagefind/pagefind-entry.json');
  await from(request, client, '/pagefind/fragment/en_naloxo.pf_fragment');
  await from(request, client, '/pagefind/index/en_over.pf_index?ts=1');
  await from(request, client, '/pagefinder-canary/');
  const mine = accessLog().filter((line) => line.startsWith('198.51.100.0 '));
  expect(mine).toEqual([expect.stringContaining('"GET /pagefinder-canary/ HTTP/1.1" 404 ')]);
});

test('the error log never records a reader, even for bad requests', async ({ request }) => {
  await from(request, '203.0.113.99', '/../../etc/passwd?x=secret');
  await from(request, '203.0.113.99', '/es/%zz?x=secret');
  await from(request, '203.0.113.99', '/_astro/');
  const errors = readFileSync(process.env['NGINX_ERROR_LOG']!, 'utf8');
  expect(errors).not.toMatch(/client:|203\.0\.113|secret/);
});
