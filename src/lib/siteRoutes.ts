import { getCollection, type CollectionEntry } from 'astro:content';
import { getLocale } from '../i18n/locales';
import { contentDir } from './contentFiles';
import { routesFromDisk } from './routesFromDisk';
import type { Route } from './routeTable';
import { resolveSiteUrl } from './siteUrl';

export type ContentEntry = CollectionEntry<'pages'> | CollectionEntry<'news'>;

let cached: { routes: Route[]; entries: Promise<Map<string, ContentEntry>> } | undefined;

async function loadEntries(): Promise<Map<string, ContentEntry>> {
  const map = new Map<string, ContentEntry>();
  for (const page of await getCollection('pages')) map.set(`pages:${page.id}`, page);
  for (const item of await getCollection('news')) map.set(`news:${item.id}`, item);
  return map;
}

function load() {
  cached ??= {
    routes: routesFromDisk(contentDir(), resolveSiteUrl(process.env)),
    entries: loadEntries(),
  };
  return cached;
}

/** The site's route table, built once per build. */
export async function siteRoutes(): Promise<Route[]> {
  return load().routes;
}

/** The route of a path; throws when the route table has none (a page file without a route). */
export async function routeFor(path: string): Promise<Route> {
  const route = (await siteRoutes()).find((r) => r.path === path);
  if (!route) throw new Error(`The route table has no entry for ${path}`);
  return route;
}

/** The MDX entry that supplies a route's main content (the English one on fallback pages). */
export async function entryForRoute(route: Route): Promise<ContentEntry | undefined> {
  const entries = await load().entries;
  const isNewsItem = route.slug.startsWith('news/');
  const slug = isNewsItem ? route.slug.slice('news/'.length) : route.slug;
  const collection = isNewsItem ? 'news' : 'pages';
  const id = `${route.contentLocale}/${slug === '' ? 'index' : slug}`;
  return entries.get(`${collection}:${id}`) ?? entries.get(`${collection}:${id}/index`);
}

/**
 * getStaticPaths for a page file under src/pages/[...locale]/ that is built in every locale
 * (utility pages such as search, and data-built pages): `locale` is undefined for English.
 * @example export const getStaticPaths = () => pathsForSlug('search');
 */
export async function pathsForSlug(slug: string) {
  return (await siteRoutes())
    .filter((r) => r.slug === slug && r.kind !== '404')
    .map((route) => ({ params: { locale: getLocale(route.locale).path || undefined }, props: { route } }));
}
