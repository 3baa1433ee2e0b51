import { CACHE_SHORT, SECURITY_HEADERS } from './deployConfig';

/**
 * The response headers the shipped nginx configuration sends with an HTML page (gzip on), as the
 * tests in tests/nginx observe them. The first-round-trip budget counts these bytes.
 * @example headerBytes(shippedHtmlHeaders())
 */
export function shippedHtmlHeaders(): Record<string, string> {
  return {
    server: 'nginx',
    date: 'Fri, 27 Nov 2026 23:16:12 GMT',
    'content-type': 'text/html; charset=utf-8',
    'transfer-encoding': 'chunked',
    connection: 'keep-alive',
    vary: 'Accept-Encoding',
    'cache-control': CACHE_SHORT,
    'content-encoding': 'gzip',
    ...Object.fromEntries(SECURITY_HEADERS.map((h) => [h.name, h.value])),
  };
}
