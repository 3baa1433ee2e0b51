/**
 * Static scan for anything that would make a reader's browser contact another website: absolute URLs in
 * resource-loading attributes, in CSS `url()` and `@import`, and in script imports (DESIGN §9).
 * Links people click (`<a href>`), canonical and hreflang links are navigation, not loads, and are allowed.
 */
import type { PageFacts, UrlRef } from './pageFacts';

/** One absolute URL that a file would load. */
export interface ForeignUrl {
  /** File it was found in, relative to the scanned folder. */
  readonly file: string;
  /** Where in the file: `img src`, `link rel=stylesheet href`, `CSS url()`, `script import`. */
  readonly where: string;
  readonly url: string;
}

/** `rel` values of `<link>` that make the browser fetch or connect. */
export const LOADING_RELS: ReadonlySet<string> = new Set([
  'stylesheet',
  'preload',
  'modulepreload',
  'prefetch',
  'prerender',
  'preconnect',
  'dns-prefetch',
  'icon',
  'apple-touch-icon',
  'apple-touch-icon-precomposed',
  'mask-icon',
  'manifest',
]);

/** SVG elements whose `href` is fetched (an external `<use>` or `<image>`). */
const SVG_LOADING_TAGS = new Set(['image', 'use', 'feimage', 'script']);

/**
 * True for a URL that names a host: `https://…`, `http://…`, `//…` (any scheme with an authority).
 * @example isAbsoluteUrl('//cdn.example/x.js') // true
 * @example isAbsoluteUrl('/_astro/x.css') // false
 */
export function isAbsoluteUrl(value: string): boolean {
  return /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(value.trim());
}

/**
 * Whether an attribute makes the browser load its URL (rather than navigate to it on a click).
 * @example loads({ tag: 'img', attr: 'src', value: 'x', rel: [], hreflang: null, text: '', label: null }) // true
 */
export function loads(ref: UrlRef): boolean {
  if (['src', 'srcset', 'imagesrcset', 'poster', 'data'].includes(ref.attr)) return true;
  if (ref.tag === 'link' && ref.attr === 'href') return ref.rel.some((r) => LOADING_RELS.has(r));
  return SVG_LOADING_TAGS.has(ref.tag) && (ref.attr === 'href' || ref.attr === 'xlink:href');
}

function describe(ref: UrlRef): string {
  return ref.tag === 'link' ? `link rel=${ref.rel.join(' ')} ${ref.attr}` : `${ref.tag} ${ref.attr}`;
}

/**
 * URLs in CSS: `url(…)` (quoted or not) and `@import "…"`.
 * @example cssUrls('a{background:url("https://x.example/a.png")} @import "b.css";') // ['https://x.example/a.png', 'b.css']
 */
export function cssUrls(css: string): string[] {
  const urls: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/gi))
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) urls.push(m[1] ?? m[2] ?? '');
  return urls;
}

/**
 * Module specifiers of static and dynamic imports in a script (`import x from "…"`, `import("…")`).
 * @example scriptImports('import{a}from"https://cdn.example/m.js";') // ['https://cdn.example/m.js']
 */
export function scriptImports(js: string): string[] {
  const specifiers: string[] = [];
  for (const m of js.matchAll(/\bimport\s*(?:\(\s*|[\w*${},\s]*?\bfrom\s*|)(["'`])([^"'`]+)\1/g)) {
    specifiers.push(m[2] ?? '');
  }
  return specifiers;
}

/** Foreign loads in one parsed HTML or SVG file. */
export function foreignInMarkup(file: string, facts: PageFacts): ForeignUrl[] {
  const found: ForeignUrl[] = facts.refs
    .filter((ref) => loads(ref) && isAbsoluteUrl(ref.value))
    .map((ref) => ({ file, where: describe(ref), url: ref.value }));
  for (const css of facts.styles) found.push(...foreignInCss(file, css, 'inline CSS url()'));
  return found;
}

/** Foreign loads in a stylesheet. */
export function foreignInCss(file: string, css: string, where = 'CSS url()'): ForeignUrl[] {
  return cssUrls(css)
    .filter(isAbsoluteUrl)
    .map((url) => ({ file, where, url }));
}

/** Foreign module imports in a script. */
export function foreignInScript(file: string, js: string): ForeignUrl[] {
  return scriptImports(js)
    .filter(isAbsoluteUrl)
    .map((url) => ({ file, where: 'script import', url }));
}
