import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseYaml } from './dataFile';
import { locatePage, type LocatedPage } from './pageDocuments';
import { buildRouteTable, type Route } from './routeTable';

/** Pages built from UI strings and data alone in every locale (never indexed). */
export const UTILITY_SLUGS: readonly string[] = [];

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.mdx') ? [join(dir, d.name)] : [],
  );
}

/**
 * The collection id of a page file: its path under content/pages without `.mdx`.
 * The content config uses the same function, so disk and collection agree.
 * @example pageId('en/treatment/detox.mdx') // 'en/treatment/detox'
 */
export function pageId(relativePath: string): string {
  return relativePath
    .split(sep)
    .join('/')
    .replace(/\.mdx$/, '');
}

/**
 * Every MDX page under `<contentDir>/pages`, located (locale, slug) and checked.
 * Only `translation` and `sourceHash` are read here; the collection schema checks the rest.
 */
export function pagesFromDisk(contentDir: string): LocatedPage[] {
  const base = join(contentDir, 'pages');
  return walk(base).map((file) => {
    const text = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const front = (match ? parseYaml(file, match[1] ?? '') : {}) as Record<string, unknown> | null;
    const translation = front?.['translation'];
    const hash = front?.['sourceHash'];
    return locatePage({
      id: pageId(relative(base, file)),
      filePath: file,
      translation: translation === 'draft' || translation === 'reviewed' ? translation : undefined,
      sourceHash: typeof hash === 'string' ? hash : undefined,
    });
  });
}

/**
 * The route table as the build will produce it, read straight from the content folder.
 * Astro pages, the sitemap filter and the browser tests all use it.
 * @example routesFromDisk('content', 'http://localhost:4321').filter((r) => r.kind === '404').length // 3
 */
export function routesFromDisk(contentDir: string, site: string): Route[] {
  return buildRouteTable({ site, pages: pagesFromDisk(contentDir), utilitySlugs: UTILITY_SLUGS });
}
