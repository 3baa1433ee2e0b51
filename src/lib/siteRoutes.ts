import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from './contentFiles';
import { routesFromDisk } from './routesFromDisk';
import type { Route } from './routeTable';
import { resolveSiteUrl } from './siteUrl';

let cached: { routes: Route[]; entries: Promise<Map<string, CollectionEntry<'pages'>>> } | undefined;

function load() {
  cached ??= {
    routes: routesFromDisk(contentDir(), resolveSiteUrl(process.env)),
    entries: getCollection('pages').then((pages) => new Map(pages.map((p) => [p.id, p]))),
  };
  return cached;
}

/** The site's route table, built once per build. */
export async function siteRoutes(): Promise<Route[]> {
  return load().routes;
}

/** The MDX entry that supplies a route's main content (the English one on fallback pages). */
export async function entryForRoute(route: Route): Promise<CollectionEntry<'pages'> | undefined> {
  const id = `${route.contentLocale}/${route.slug === '' ? 'index' : route.slug}`;
  const entries = await load().entries;
  return entries.get(id) ?? entries.get(`${id}/index`);
}
