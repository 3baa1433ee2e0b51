// @ts-check
import { existsSync, mkdirSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { LOCALES, DEFAULT_LOCALE } from './src/i18n/locales.ts';
import { contentDir } from './src/lib/contentFiles.ts';
import { routesFromDisk } from './src/lib/routesFromDisk.ts';
import { publicationContact } from './src/lib/siteConfig.ts';
import { resolveSiteUrl } from './src/lib/siteUrl.ts';

const site = resolveSiteUrl(process.env);
// A build for publication (SITE_URL set) needs a corrections contact; this fails early, saying what to set.
publicationContact(process.env);
const routes = routesFromDisk(contentDir(), site);
const sitemapUrls = new Set(routes.filter((r) => r.inSitemap).map((r) => r.canonical));

/**
 * Astro writes /es/404/index.html; static hosts and our nginx config expect /es/404.html.
 * @type {import('astro').AstroIntegration}
 */
const localized404 = {
  name: 'localized-404',
  hooks: {
    'astro:build:done': ({ dir }) => {
      const out = fileURLToPath(dir);
      for (const locale of LOCALES.filter((l) => l.path !== '')) {
        const built = `${out}${locale.path}/404/index.html`;
        if (!existsSync(built)) continue;
        mkdirSync(`${out}${locale.path}`, { recursive: true });
        renameSync(built, `${out}${locale.path}/404.html`);
        rmdirSync(`${out}${locale.path}/404`);
      }
    },
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "form-action 'self'",
      ],
    },
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => sitemapUrls.has(page),
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(LOCALES.map((l) => [l.path === '' ? DEFAULT_LOCALE : l.path, l.hreflang])),
      },
    }),
    localized404,
  ],
});
