import { DEFAULT_LOCALE, LOCALES, localizedPath, type LocaleCode } from '../i18n/locales';

/** How a URL came to be, which decides its head tags, sitemap entry and search indexing. */
export type RouteKind = 'source' | 'translated-reviewed' | 'translated-draft' | 'fallback' | '404' | 'utility';

/** A page that exists as a document in one locale (English is the source). */
export interface PageDocument {
  readonly locale: LocaleCode;
  /** English slug shared by every locale, '' for the home page. */
  readonly slug: string;
  /** Review state of a translation; absent on English pages. */
  readonly translation?: 'draft' | 'reviewed' | undefined;
}

export interface Alternate {
  readonly hreflang: string;
  readonly href: string;
}

export interface Route {
  /** Site path with trailing slash, or `/…/404.html` for not-found pages. */
  readonly path: string;
  /** File in `dist/` that serves the path. */
  readonly file: string;
  /** Locale of the chrome (html lang, navigation, crisis bar). */
  readonly locale: LocaleCode;
  /** Locale of the main content (English on fallback pages). */
  readonly contentLocale: LocaleCode;
  readonly slug: string;
  readonly kind: RouteKind;
  /** Absolute canonical URL, or null for pages that should have none (404). */
  readonly canonical: string | null;
  /** hreflang alternates: real translations only, plus x-default. */
  readonly alternates: readonly Alternate[];
  readonly indexable: boolean;
  readonly inSitemap: boolean;
}

export interface RouteTableInput {
  /** Absolute origin, e.g. https://help.example.gov */
  readonly site: string;
  readonly pages: readonly PageDocument[];
  /** Slugs of pages built from UI strings alone in every locale (search, site map): never indexed. */
  readonly utilitySlugs?: readonly string[];
}

function fileFor(path: string): string {
  return path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}index.html`;
}

/**
 * Builds every URL of the site with its kind, canonical, alternates and indexing.
 * Every English page exists in every locale: translated when a translation exists,
 * otherwise as a fallback (English content, noindex, canonical to English).
 * Throws on a translation without an English source (an orphan) or a duplicate.
 * @example buildRouteTable({ site: 'https://x.org', pages: [{ locale: 'en', slug: '' }] }).length // 6
 */
export function buildRouteTable(input: RouteTableInput): Route[] {
  const site = input.site.replace(/\/$/, '');
  const abs = (path: string) => `${site}${path}`;
  const bySlug = new Map<string, Map<LocaleCode, PageDocument>>();
  for (const doc of input.pages) {
    const perLocale = bySlug.get(doc.slug) ?? new Map<LocaleCode, PageDocument>();
    if (perLocale.has(doc.locale)) throw new Error(`Two pages share locale "${doc.locale}" and slug "${doc.slug}"`);
    perLocale.set(doc.locale, doc);
    bySlug.set(doc.slug, perLocale);
  }
  const routes: Route[] = [];
  for (const [slug, perLocale] of bySlug) {
    if (!perLocale.has(DEFAULT_LOCALE)) {
      const orphans = [...perLocale.keys()].join(', ');
      throw new Error(`Orphan translation: slug "${slug}" exists in ${orphans} but not in English (content/pages/en/)`);
    }
    const real = LOCALES.filter((l) => perLocale.has(l.code));
    const alternates: Alternate[] = [
      ...real.map((l) => ({ hreflang: l.hreflang, href: abs(localizedPath(l.code, slug)) })),
      { hreflang: 'x-default', href: abs(localizedPath(DEFAULT_LOCALE, slug)) },
    ];
    for (const locale of LOCALES) {
      const path = localizedPath(locale.code, slug);
      const doc = perLocale.get(locale.code);
      let kind: RouteKind;
      if (!doc) kind = 'fallback';
      else if (locale.code === DEFAULT_LOCALE) kind = 'source';
      else kind = doc.translation === 'reviewed' ? 'translated-reviewed' : 'translated-draft';
      const isFallback = kind === 'fallback';
      routes.push({
        path,
        file: fileFor(path),
        locale: locale.code,
        contentLocale: isFallback ? DEFAULT_LOCALE : locale.code,
        slug,
        kind,
        canonical: abs(isFallback ? localizedPath(DEFAULT_LOCALE, slug) : path),
        alternates: isFallback ? [] : alternates,
        indexable: !isFallback,
        inSitemap: !isFallback,
      });
    }
  }
  for (const slug of input.utilitySlugs ?? []) {
    for (const locale of LOCALES) {
      const path = localizedPath(locale.code, slug);
      routes.push({
        path,
        file: fileFor(path),
        locale: locale.code,
        contentLocale: locale.code,
        slug,
        kind: 'utility',
        canonical: abs(path),
        alternates: [],
        indexable: false,
        inSitemap: false,
      });
    }
  }
  for (const locale of LOCALES) {
    const prefix = locale.path === '' ? '' : `/${locale.path}`;
    const path = `${prefix}/404.html`;
    routes.push({
      path,
      file: fileFor(path),
      locale: locale.code,
      contentLocale: locale.code,
      slug: '404',
      kind: '404',
      canonical: null,
      alternates: [],
      indexable: false,
      inSitemap: false,
    });
  }
  const seen = new Set<string>();
  for (const r of routes) {
    if (seen.has(r.path)) throw new Error(`Two routes share the path ${r.path}`);
    seen.add(r.path);
  }
  return routes;
}

/**
 * The route serving a path, or undefined.
 * @example findRoute(routes, '/es/')?.kind // 'translated-draft'
 */
export function findRoute(routes: readonly Route[], path: string): Route | undefined {
  return routes.find((r) => r.path === path);
}
