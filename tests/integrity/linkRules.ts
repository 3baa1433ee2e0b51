/**
 * Link and page integrity rules over the built site, as pure functions of the facts read from each page.
 * Each returns readable problems ("page: what is wrong"); an empty list means the rule holds.
 */
import { LOCALES, splitPath } from '../../src/i18n/locales';
import type { RouteKind } from '../../src/lib/routeTable';
import type { PageFacts, UrlRef } from './pageFacts';

/** One built HTML page. */
export interface SitePage {
  /** URL path (`/es/hotlines/`, `/es/404.html`). */
  readonly path: string;
  /** Locale of the chrome, from the route table (or the URL for a page the table does not list). */
  readonly locale: string;
  readonly slug: string;
  /** Route kind, or `unlisted` for an HTML file the route table does not know. */
  readonly kind: RouteKind | 'unlisted';
  readonly facts: PageFacts;
}

export interface Site {
  /** The site's own origin (from SITE_URL at build time): absolute URLs on it are internal. */
  readonly origin: string;
  readonly pages: readonly SitePage[];
  /** What the built folder holds at a URL path (decoded, without query or fragment). */
  fileKind(path: string): 'file' | 'dir' | 'missing';
}

type Target =
  | { readonly kind: 'internal'; readonly url: URL }
  | { readonly kind: 'external'; readonly url: URL }
  | { readonly kind: 'other' }
  | { readonly kind: 'bad'; readonly reason: string };

/**
 * Where a URL written on a page points.
 * @example classify('/hotlines/', '/es/', 'https://h.org').kind // 'internal'
 */
export function classify(value: string, pagePath: string, origin: string): Target {
  if (value === '') return { kind: 'bad', reason: 'is empty' };
  if (/^javascript:/i.test(value)) return { kind: 'bad', reason: 'runs a script (javascript:)' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { kind: 'other' };
  let url: URL;
  try {
    url = new URL(value, `${origin}${pagePath}`);
  } catch {
    return { kind: 'bad', reason: 'is not a valid URL' };
  }
  return url.origin === origin ? { kind: 'internal', url } : { kind: 'external', url };
}

const isLink = (ref: UrlRef) => (ref.tag === 'a' || ref.tag === 'area') && ref.attr === 'href';

/** The page a path belongs to, if it is an HTML page of the site. */
function pageAt(site: Site, path: string): SitePage | undefined {
  const asPage = path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
  return site.pages.find((p) => p.path === asPage);
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
const decodedPath = (url: URL) => decoded(url.pathname);
const decodedFragment = (url: URL) => decoded(url.hash.slice(1));

/**
 * Every internal href, src, srcset, poster and form action resolves to a file in the build, and every
 * `#fragment` to an element id on its target page. Fragments holding `=` are page state (the finder's
 * `#service=detox`), not element ids; `#top` is defined by HTML itself.
 */
export function brokenReferences(site: Site): string[] {
  const problems: string[] = [];
  const pagefindBuilt = site.fileKind('/pagefind/') === 'dir';
  for (const page of site.pages) {
    for (const ref of page.facts.refs) {
      const at = `${page.path}: ${ref.tag} ${ref.attr}="${ref.value}"`;
      const target = classify(ref.value, page.path, site.origin);
      if (target.kind === 'bad') problems.push(`${at} ${target.reason}`);
      if (target.kind !== 'internal') continue;
      if (ref.value === '#') {
        problems.push(`${at} points nowhere`);
        continue;
      }
      const path = decodedPath(target.url);
      const file = path.endsWith('/') ? `${path}index.html` : path;
      const kind = site.fileKind(file);
      if (kind === 'dir') {
        problems.push(`${at} names a folder without its trailing slash (the server has to redirect)`);
        continue;
      }
      if (kind === 'missing') {
        problems.push(
          path.startsWith('/pagefind/') && !pagefindBuilt
            ? `${at} needs Pagefind's index: build with "npm run build"`
            : `${at} leads to a file that does not exist`,
        );
        continue;
      }
      const fragment = decodedFragment(target.url);
      if (fragment === '' || fragment === 'top' || fragment.includes('=')) continue;
      const targetPage = pageAt(site, path);
      if (targetPage && !targetPage.facts.ids.includes(fragment)) {
        problems.push(`${at} leads to #${fragment}, which ${targetPage.path} does not have`);
      }
    }
  }
  return problems;
}

/** Every page has exactly one non-empty `<title>`, and no two pages share one. */
export function titleProblems(site: Site): string[] {
  const problems: string[] = [];
  const byTitle = new Map<string, string[]>();
  for (const page of site.pages) {
    const { titles } = page.facts;
    if (titles.length !== 1 || titles[0] === '') {
      problems.push(`${page.path}: has ${titles.length} <title> elements${titles[0] === '' ? ' (empty)' : ''}`);
      continue;
    }
    byTitle.set(titles[0]!, [...(byTitle.get(titles[0]!) ?? []), page.path]);
  }
  for (const [title, paths] of byTitle) {
    if (paths.length > 1) problems.push(`${paths.join(', ')}: share the title "${title}"`);
  }
  return problems;
}

/**
 * Every page has exactly one non-empty meta description, unique among the pages of its language, and a
 * translated page does not repeat the English description (it would not be in its language).
 * Fallback pages carry the English description of the English content they show.
 */
export function descriptionProblems(site: Site): string[] {
  const problems: string[] = [];
  const byLocale = new Map<string, Map<string, string[]>>();
  for (const page of site.pages) {
    const { descriptions } = page.facts;
    if (descriptions.length !== 1 || descriptions[0] === '') {
      problems.push(
        `${page.path}: has ${descriptions.length} meta descriptions${descriptions[0] === '' ? ' (empty)' : ''}`,
      );
      continue;
    }
    const seen = byLocale.get(page.locale) ?? new Map<string, string[]>();
    seen.set(descriptions[0]!, [...(seen.get(descriptions[0]!) ?? []), page.path]);
    byLocale.set(page.locale, seen);
    if (page.kind === 'translated-draft' || page.kind === 'translated-reviewed') {
      const english = site.pages.find((p) => p.locale === 'en' && p.slug === page.slug && p.kind === 'source');
      if (english && english.facts.descriptions[0] === descriptions[0]) {
        problems.push(`${page.path}: repeats the English description of ${english.path}`);
      }
    }
  }
  for (const seen of byLocale.values()) {
    for (const [description, paths] of seen) {
      if (paths.length > 1) problems.push(`${paths.join(', ')}: share the description "${description}"`);
    }
  }
  return problems;
}

/**
 * A page links only to pages of its own language, except links that say they change language with an
 * `hreflang` of the target language: the language switcher and the draft notice's "read in English" link.
 */
export function crossLanguageLinks(site: Site): string[] {
  const problems: string[] = [];
  for (const page of site.pages) {
    for (const ref of page.facts.refs.filter(isLink)) {
      const target = classify(ref.value, page.path, site.origin);
      if (target.kind !== 'internal') continue;
      const targetPage = pageAt(site, decodedPath(target.url));
      if (!targetPage || targetPage.locale === page.locale) continue;
      const hreflang = LOCALES.find((l) => l.code === targetPage.locale)?.hreflang;
      if (ref.hreflang !== null && ref.hreflang === hreflang) continue;
      problems.push(
        `${page.path}: "${ref.text}" (${ref.value}) leads to the ${targetPage.locale} page ${targetPage.path}` +
          ` without hreflang="${hreflang}"`,
      );
    }
  }
  return problems;
}

/** Links to other websites carry rel="noopener noreferrer" (DESIGN §9). */
export function externalLinksWithoutRel(site: Site): string[] {
  const problems: string[] = [];
  for (const page of site.pages) {
    for (const ref of page.facts.refs.filter(isLink)) {
      if (classify(ref.value, page.path, site.origin).kind !== 'external') continue;
      const missing = ['noopener', 'noreferrer'].filter((token) => !ref.rel.includes(token));
      if (missing.length > 0) problems.push(`${page.path}: ${ref.value} lacks rel ${missing.join(' and ')}`);
    }
  }
  return problems;
}

/** Link texts that say nothing out of context, in English, Spanish and Portuguese (compared without accents). */
export const VAGUE_LINK_TEXTS: ReadonlySet<string> = new Set([
  'click here',
  'click',
  'here',
  'read more',
  'more',
  'learn more',
  'link',
  'this link',
  'haga clic aqui',
  'haz clic aqui',
  'clic aqui',
  'pulse aqui',
  'presione aqui',
  'aqui',
  'leer mas',
  'lea mas',
  'mas',
  'seguir leyendo',
  'enlace',
  'este enlace',
  'clique aqui',
  'clica aqui',
  'leia mais',
  'ler mais',
  'mais',
  'saiba mais',
  'continue lendo',
  'este link',
]);

/**
 * A link text reduced for comparison: lower case, accents and surrounding punctuation removed.
 * @example normalizeLinkText('  Aquí… ') // 'aqui'
 */
export function normalizeLinkText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/g, ' ');
}

/** Every link has text, and none says only "click here", "here", "read more" or a translation of them. */
export function vagueLinks(site: Site): string[] {
  const problems: string[] = [];
  for (const page of site.pages) {
    for (const ref of page.facts.refs.filter(isLink)) {
      const names = [ref.text, ref.label ?? ''].filter((n) => n !== '');
      if (names.length === 0) problems.push(`${page.path}: the link to ${ref.value} has no text`);
      for (const name of names) {
        if (VAGUE_LINK_TEXTS.has(normalizeLinkText(name))) {
          problems.push(`${page.path}: the link to ${ref.value} says only "${name}"`);
        }
      }
    }
  }
  return problems;
}

/**
 * The regions a screen reader user navigates by, named by their labelling id: the crisis bar, the search
 * results and the finder's results (where a reader goes back after each change of the choices). Every other
 * part of a page is found by its heading.
 */
export const NAVIGATED_REGIONS: readonly string[] = [
  'crisis-bar-title',
  'search-results-title',
  'finder-results-heading',
];

/** Region landmarks only where people navigate by them (NAVIGATED_REGIONS); the rest are headings. */
export function extraRegions(site: Site): string[] {
  const problems: string[] = [];
  for (const page of site.pages) {
    for (const region of page.facts.regions) {
      if (NAVIGATED_REGIONS.includes(region)) continue;
      problems.push(`${page.path}: a region labelled by "${region}" (make it a plain section with its heading)`);
    }
  }
  return problems;
}

/**
 * No link text starts or ends with whitespace: in running text it shows as a gap inside the underline
 * ("treatment ."), and it comes from a line break inside the link in a template.
 */
export function paddedLinks(site: Site): string[] {
  const problems: string[] = [];
  for (const page of site.pages) {
    for (const ref of page.facts.refs.filter(isLink)) {
      if (ref.rawText !== ref.rawText.trim()) {
        problems.push(`${page.path}: the link to ${ref.value} has space at its start or end: "${ref.rawText}"`);
      }
    }
  }
  return problems;
}

/**
 * The locale of a URL path, for HTML files the route table does not list.
 * @example localeOfPath('/pt/hotlines/') // 'pt'
 */
export function localeOfPath(path: string): string {
  return splitPath(path).locale;
}
