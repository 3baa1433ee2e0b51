import { describe, expect, it } from 'vitest';
import { LOCALES, localizedPath } from '../../src/i18n/locales';
import { buildRouteTable, findRoute, type PageDocument } from '../../src/lib/routeTable';

const site = 'https://help.test-city.org';
const pages: PageDocument[] = [
  { locale: 'en', slug: '' },
  { locale: 'es', slug: '', translation: 'reviewed' },
  { locale: 'pt', slug: '', translation: 'draft' },
  { locale: 'en', slug: 'treatment/detox' },
];
const routes = buildRouteTable({ site, pages });

describe('route table', () => {
  it('serves every English page in every locale, plus a 404 per locale', () => {
    const expected = LOCALES.flatMap((l) => [
      localizedPath(l.code, ''),
      localizedPath(l.code, 'treatment/detox'),
      `${localizedPath(l.code, '')}404.html`,
    ]);
    expect(expected).toEqual(expect.arrayContaining(['/', '/es/treatment/detox/', '/404.html']));
    expect(routes.map((r) => r.path).sort()).toEqual(expected.sort());
  });

  it('marks English pages as the source and translations by their review state', () => {
    expect(findRoute(routes, '/')?.kind).toBe('source');
    expect(findRoute(routes, '/es/')?.kind).toBe('translated-reviewed');
    expect(findRoute(routes, '/pt/')?.kind).toBe('translated-draft');
  });

  it('builds an untranslated page as a fallback: English content, noindex, canonical to English, out of the sitemap', () => {
    const fallback = findRoute(routes, '/es/treatment/detox/');
    expect(fallback).toMatchObject({
      kind: 'fallback',
      locale: 'es',
      contentLocale: 'en',
      canonical: `${site}/treatment/detox/`,
      indexable: false,
      inSitemap: false,
      alternates: [],
    });
  });

  it('links hreflang alternates only between real translations, plus x-default', () => {
    expect(findRoute(routes, '/')?.alternates).toEqual([
      { hreflang: 'en-US', href: `${site}/` },
      { hreflang: 'es-US', href: `${site}/es/` },
      { hreflang: 'pt-BR', href: `${site}/pt/` },
      { hreflang: 'x-default', href: `${site}/` },
    ]);
    expect(findRoute(routes, '/treatment/detox/')?.alternates.map((a) => a.hreflang)).toEqual(['en-US', 'x-default']);
  });

  it('keeps 404 pages out of the index and the sitemap, without a canonical', () => {
    expect(findRoute(routes, '/pt/404.html')).toMatchObject({
      kind: '404',
      canonical: null,
      indexable: false,
      inSitemap: false,
    });
  });

  it('names the dist file of each route', () => {
    expect(findRoute(routes, '/es/treatment/detox/')?.file).toBe('es/treatment/detox/index.html');
    expect(findRoute(routes, '/es/404.html')?.file).toBe('es/404.html');
  });

  it('adds utility pages in every locale, never indexed', () => {
    const withSearch = buildRouteTable({ site, pages, utilitySlugs: ['search'] });
    expect(findRoute(withSearch, '/pt/search/')).toMatchObject({ kind: 'utility', indexable: false, inSitemap: false });
  });

  it('fails on a translation that has no English page', () => {
    expect(() =>
      buildRouteTable({ site, pages: [...pages, { locale: 'es', slug: 'orphan', translation: 'draft' }] }),
    ).toThrow(/Orphan translation: slug "orphan"/);
  });

  it('fails on two pages with the same locale and slug', () => {
    expect(() => buildRouteTable({ site, pages: [...pages, { locale: 'en', slug: '' }] })).toThrow(/share locale "en"/);
  });
});
