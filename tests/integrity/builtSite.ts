/**
 * Reads a built folder (dist/ or a fixture) into the facts the integrity checks use. Pages are driven by
 * the route table; HTML files the table does not list are read too, so nothing escapes the checks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Page } from '@playwright/test';
import type { Route } from '../../src/lib/routeTable';
import { foreignInCss, foreignInMarkup, foreignInScript, type ForeignUrl } from './foreignUrls';
import { localeOfPath, type Site, type SitePage } from './linkRules';
import { pageFacts } from './pageFacts';

/** Every file under a folder, as paths relative to it with forward slashes. */
export function filesUnder(dir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)],
    );
  return walk(dir).map((f) => relative(dir, f).split(sep).join('/'));
}

/** The URL path an HTML file is served at (`es/hotlines/index.html` -> `/es/hotlines/`). */
function pathOf(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The built site as the link rules see it: every HTML file in the folder, with its route when the route table
 * lists it. The origin comes from the home page's canonical link, which the build writes from SITE_URL.
 */
export async function readSite(page: Page, dir: string, routes: readonly Route[]): Promise<Site> {
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
  if (canonical === undefined) throw new Error(`${dir}/index.html has no canonical link to take the site origin from`);
  const byFile = new Map(routes.map((r) => [r.file, r]));
  const htmlFiles = filesUnder(dir).filter((f) => f.endsWith('.html'));
  const pages: SitePage[] = [];
  for (const file of htmlFiles) {
    const route = byFile.get(file);
    const path = route?.path ?? pathOf(file);
    const facts = await pageFacts(page, readFileSync(join(dir, file), 'utf8'));
    pages.push({
      path,
      locale: route?.locale ?? localeOfPath(path),
      slug: route?.slug ?? '',
      kind: route?.kind ?? 'unlisted',
      facts,
    });
  }
  return {
    origin: new URL(canonical).origin,
    pages,
    fileKind(path) {
      const full = join(dir, ...path.split('/'));
      if (!full.startsWith(dir) || !existsSync(full)) return 'missing';
      return statSync(full).isDirectory() ? 'dir' : 'file';
    },
  };
}

/** Every foreign load in a folder's HTML, SVG, CSS and JavaScript files. */
export async function scanForeign(page: Page, dir: string): Promise<ForeignUrl[]> {
  const found: ForeignUrl[] = [];
  for (const file of filesUnder(dir)) {
    const type = extname(file);
    if (!['.html', '.svg', '.css', '.js', '.mjs'].includes(type)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    if (type === '.html' || type === '.svg') {
      found.push(
        ...foreignInMarkup(file, await pageFacts(page, text, type === '.svg' ? 'image/svg+xml' : 'text/html')),
      );
    } else if (type === '.css') {
      found.push(...foreignInCss(file, text));
    } else {
      found.push(...foreignInScript(file, text));
    }
  }
  return found;
}
