import { describe, expect, it } from 'vitest';
import { crisisBarPrefix, firstLoadAssets, gzipSize, headerBytes } from '../../src/lib/pageWeight';

describe('page weight helpers', () => {
  it('find the stylesheets, scripts and icons a page loads, not links to other pages', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="https://x/">' +
      '<a href="/hotlines/">x</a><script type="module" src="/_astro/b.js"></script><script type="module">import "/_astro/c.js";</script>';
    expect(firstLoadAssets(html)).toEqual(['/_astro/a.css', '/favicon.svg', '/_astro/b.js', '/_astro/c.js']);
  });

  it('cut the HTML at the end of the crisis bar', () => {
    const html = '<body><section class="crisis-bar"><ul><li>911</li></ul></section><main>long</main>';
    expect(crisisBarPrefix(html)).toBe('<body><section class="crisis-bar"><ul><li>911</li></ul></section>');
  });

  it('refuse a page without a crisis bar', () => {
    expect(() => crisisBarPrefix('<main></main>')).toThrow(/no crisis bar/);
  });

  it('count gzip and header bytes', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(100);
    expect(headerBytes({ 'content-type': 'text/html' })).toBe(
      'HTTP/1.1 200 OK\r\ncontent-type: text/html\r\n\r\n'.length,
    );
  });
});
