/**
 * What the link and privacy checks need to know about one built file, read with the browser's own HTML
 * parser (DOMParser: nothing is fetched, no script runs), so the checks see markup exactly as readers do.
 */
import type { Page } from '@playwright/test';

/** One URL in an attribute of an element. `srcset` lists become one entry per candidate. */
export interface UrlRef {
  /** Lower-case element name (`a`, `link`, `img`, `feimage`). */
  readonly tag: string;
  /** Attribute name (`href`, `src`, `srcset`, `poster`, `action`, `data`, `xlink:href`). */
  readonly attr: string;
  readonly value: string;
  /** `rel` tokens, lower case. */
  readonly rel: readonly string[];
  readonly hreflang: string | null;
  /** Visible text of a link (with image alt text), whitespace collapsed. */
  readonly text: string;
  /** The link's text exactly as written (textContent), whitespace kept: a space at either end shows as a gap. */
  readonly rawText: string;
  /** `aria-label`, when the element has one. */
  readonly label: string | null;
}

export interface PageFacts {
  readonly titles: readonly string[];
  readonly descriptions: readonly string[];
  /** Every `id`, plus `name` on anchors (both are fragment targets). */
  readonly ids: readonly string[];
  readonly refs: readonly UrlRef[];
  /** Contents of `<style>` elements and `style` attributes. */
  readonly styles: readonly string[];
  /** Number of `<base>` elements (the header CSP forbids them: base-uri 'none'). */
  readonly bases: number;
  /**
   * Region landmarks (a `<section>` with an accessible name, or `role="region"`), each named by what labels
   * it: the `aria-labelledby` ids, else `label:` and its `aria-label`.
   */
  readonly regions: readonly string[];
}

/** Runs inside the browser: must not use anything from the enclosing module. */
function extract([markup, type]: [string, DOMParserSupportedType]): PageFacts {
  const doc = new DOMParser().parseFromString(markup, type);
  const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const attrs = new Set(['href', 'src', 'srcset', 'imagesrcset', 'poster', 'action', 'formaction']);
  const refs: UrlRef[] = [];
  const styles: string[] = [];
  const ids: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (el.id) ids.push(el.id);
    if (tag === 'a' && el.getAttribute('name')) ids.push(el.getAttribute('name')!);
    const style = el.getAttribute('style');
    if (style) styles.push(style);
    if (tag === 'style') styles.push(el.textContent ?? '');
    const rel = squash(el.getAttribute('rel')).toLowerCase().split(' ').filter(Boolean);
    const isLink = tag === 'a' || tag === 'area';
    const alts = isLink ? Array.from(el.querySelectorAll('img[alt]')).map((img) => img.getAttribute('alt')) : [];
    const text = isLink ? squash([el.textContent, ...alts].join(' ')) : '';
    for (const attr of Array.from(el.attributes)) {
      const name = attr.prefix ? `${attr.prefix}:${attr.localName}` : attr.localName;
      const isUrl = attrs.has(attr.localName) || (tag === 'object' && attr.localName === 'data');
      if (!isUrl) continue;
      const values = attr.localName.endsWith('srcset')
        ? attr.value
            .split(',')
            .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean)
        : [attr.value.trim()];
      for (const value of values) {
        refs.push({
          tag,
          attr: name,
          value,
          rel,
          hreflang: el.getAttribute('hreflang'),
          text,
          rawText: isLink ? (el.textContent ?? '') : '',
          label: el.getAttribute('aria-label'),
        });
      }
    }
  }
  const regions = Array.from(
    doc.querySelectorAll('section[aria-labelledby], section[aria-label], [role="region"]'),
  ).map((el) => el.getAttribute('aria-labelledby') ?? `label:${el.getAttribute('aria-label') ?? ''}`);
  return {
    regions,
    titles: Array.from(doc.querySelectorAll('head > title')).map((t) => squash(t.textContent)),
    descriptions: Array.from(doc.querySelectorAll('meta[name="description"]')).map((m) =>
      squash(m.getAttribute('content')),
    ),
    ids,
    refs,
    styles,
    bases: doc.querySelectorAll('base').length,
  };
}

// esbuild-based runners (tsx) wrap named functions in __name(); the copy sent to the browser defines it.
const EXTRACT_SOURCE = `(${extract.toString()})`;

/**
 * Parses HTML or SVG text in the browser and returns its facts.
 * @example const facts = await pageFacts(page, '<title>A</title>'); facts.titles // ['A']
 */
export function pageFacts(
  page: Page,
  markup: string,
  type: 'text/html' | 'image/svg+xml' = 'text/html',
): Promise<PageFacts> {
  const call = `(() => { var __name = (f) => f; return ${EXTRACT_SOURCE}(${JSON.stringify([markup, type])}); })()`;
  return page.evaluate(call) as Promise<PageFacts>;
}
