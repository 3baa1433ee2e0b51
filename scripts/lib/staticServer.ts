// A minimal static file server for the benchmark: serves dist/ on loopback the way a static host
// would (index.html for folders, the locale's 404.html for missing paths). No compression: the
// benchmark computes gzip sizes itself.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, resolve, sep } from 'node:path';
import { getLocale, splitPath } from '../../src/i18n/locales';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv; charset=utf-8',
};

/**
 * Resolves a URL path to a file in `root`, or null. Dots inside a name are fine (Astro names a chunk
 * `_..hash.css`); a `..` segment cannot climb out of `root`.
 * @example resolveFile('dist', '/_astro/_..DAZk4YsS.css') // 'dist/_astro/_..DAZk4YsS.css'
 */
export function resolveFile(root: string, urlPath: string): string | null {
  const path = posix.normalize(`/${decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/')}`);
  let file = join(root, path);
  if (!`${resolve(file)}${sep}`.startsWith(`${resolve(root)}${sep}`)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const file = resolveFile(root, url);
    if (file) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    const prefix = getLocale(splitPath(url.split(/[?#]/)[0] ?? '/').locale).path;
    const notFound = join(root, prefix ? `${prefix}/404.html` : '404.html');
    res.writeHead(404, { 'content-type': TYPES['.html']! });
    res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
