import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ContentError, parseYaml } from './dataFile';
import { locatePage, type LocatedPage } from './pageDocuments';
import { LOCALES } from '../i18n/locales';
import { GENERATED_SLUGS } from './generatedPages';
import { buildRouteTable, type PageDocument, type Route } from './routeTable';

/** Pages built from UI strings and data in every locale and never indexed (search, site map, wallet card). */
export const UTILITY_SLUGS: readonly string[] = ['search', 'site-map', 'card'];

/** Content folders that become pages, and the slug prefix each gives its files. */
export const PAGE_FOLDERS = [
  { folder: 'pages', prefix: '' },
  { folder: 'news', prefix: 'news/' },
] as const;

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
export function pagesFromDisk(contentDir: string, folder = 'pages', prefix = ''): LocatedPage[] {
  const base = join(contentDir, folder);
  if (!existsSync(base)) return [];
  return walk(base).map((file) => {
    const text = readFileSync(file, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const front = (match ? parseYaml(file, match[1] ?? '') : {}) as Record<string, unknown> | null;
    const translation = front?.['translation'];
    const hash = front?.['sourceHash'];
    if (hash !== undefined && hash !== null && typeof hash !== 'string') {
      // A hash such as 50611891e336 reads as a number in YAML; without quotes it cannot be compared.
      throw new ContentError(`${file}: field "sourceHash" must be written in quotes, like sourceHash: '0123456789ab'`);
    }
    const located = locatePage({
      id: pageId(relative(base, file)),
      filePath: file,
      translation: translation === 'draft' || translation === 'reviewed' ? translation : undefined,
      sourceHash: typeof hash === 'string' ? hash : undefined,
    });
    return { ...located, slug: `${prefix}${located.slug}`.replace(/\/$/, '') };
  });
}

/** Documents for the data-driven pages: English source plus a draft in every other locale. */
export function generatedDocuments(slugs: readonly string[] = GENERATED_SLUGS): PageDocument[] {
  return slugs.flatMap((slug) =>
    LOCALES.map((l) =>
      l.code === 'en' ? { locale: l.code, slug } : { locale: l.code, slug, translation: 'draft' as const },
    ),
  );
}

/**
 * The route table as the build will produce it, read straight from the content folder.
 * Astro pages, the sitemap filter and the browser tests all use it.
 * @example routesFromDisk('content', 'http://localhost:4321').filter((r) => r.kind === '404').length // 3
 */
export function routesFromDisk(contentDir: string, site: string): Route[] {
  const located = PAGE_FOLDERS.flatMap(({ folder, prefix }) => pagesFromDisk(contentDir, folder, prefix));
  const english = new Set(located.filter((p) => p.locale === 'en').map((p) => p.slug));
  for (const page of located) {
    if (page.locale !== 'en' && !english.has(page.slug)) {
      throw new ContentError(
        `${page.filePath}: orphan translation: there is no English page with the slug "${page.slug}" (a translation uses the exact English file name)`,
      );
    }
  }
  const pages = [...located, ...generatedDocuments()];
  return buildRouteTable({ site, pages, utilitySlugs: UTILITY_SLUGS });
}
