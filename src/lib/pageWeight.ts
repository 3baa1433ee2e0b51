import { gzipSync } from 'node:zlib';

/**
 * Bytes after gzip at the default level, as a server would send them.
 * @example gzipSize('aaaa') // 24
 */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data).length;
}

/**
 * The stylesheets, scripts and other files a page loads first, as site paths, in document order.
 * (Images, icons and preloads included; links to other pages are not.)
 * @example firstLoadAssets('<link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/b.js"></script>') // ['/_astro/a.css', '/_astro/b.js']
 */
export function firstLoadAssets(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\b(stylesheet|modulepreload|preload|icon)\b/.test(rel)) found.push(href);
  }
  for (const m of html.matchAll(/<(?:script|img|source|video|audio)\b[^>]*\bsrc="([^"]+)"/g)) found.push(m[1]!);
  for (const m of html.matchAll(/\bimport\s*["']([^"']+)["']|\bfrom\s*["'](\/[^"']+)["']/g))
    found.push((m[1] ?? m[2])!);
  return [...new Set(found)].filter((p) => p.startsWith('/'));
}

/**
 * The HTML up to and including the end of the crisis bar: what must arrive in the first round trip.
 * Throws when the page has no crisis bar.
 * @example crisisBarPrefix('<body><section class="crisis-bar">…</section><main>') // '<body><section class="crisis-bar">…</section>'
 */
export function crisisBarPrefix(html: string): string {
  const start = html.indexOf('class="crisis-bar"');
  if (start === -1) throw new Error('The page has no crisis bar');
  const end = html.indexOf('</section>', start);
  if (end === -1) throw new Error('The crisis bar section is not closed');
  return html.slice(0, end + '</section>'.length);
}

/**
 * The response header block as bytes on the wire (status line, headers, blank line).
 * @example headerBytes({ 'content-type': 'text/html' }) // 44
 */
export function headerBytes(headers: Readonly<Record<string, string>>, statusLine = 'HTTP/1.1 200 OK'): number {
  const lines = [statusLine, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  return Buffer.byteLength(`${lines.join('\r\n')}\r\n\r\n`);
}
