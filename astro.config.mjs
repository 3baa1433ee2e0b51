// @ts-check
import { existsSync, mkdirSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { LOCALES } from './src/i18n/locales.ts';
import { contentDir } from './src/lib/contentFiles.ts';
import { routesFromDisk } from './src/lib/routesFromDisk.ts';
import { publicationContact } from './src/lib/siteConfig.ts';
import { resolveSiteUrl } from './src/lib/siteUrl.ts';

// No usage data leaves this machine, whichever command loads this file (npm scripts, `npx astro …`, tests).
// Astro reads the variable when it would send, which is after it has loaded this configuration.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

const site = resolveSiteUrl(process.env);
// A build for publication (SITE_URL set) needs a corrections contact; this fails early, saying what to set.
publicationContact(process.env);
const routes = routesFromDisk(contentDir(), site);
const sitemapRoutes = new Map(routes.filter((r) => r.inSitemap).map((r) => [r.canonical, r]));

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

/**
 * Astro marks the modules it generates for content entries (`*.mdx?astroPropagatedAssets`) with the directive
 * "use astro:head-inject"; Astro reads that marker before bundling, so the bundler dropping it loses nothing,
 * yet the bundler warns once per entry (over 60 warnings, about 630 lines, each build). Only that warning
 * about that directive is dropped; every other warning still prints.
 * @type {NonNullable<import('vite').Rolldown.InputOptions['onwarn']>}
 */
function dropHeadInjectDirectiveWarning(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
  warn(warning);
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // A fenced code block is printed as plain <pre><code>: syntax highlighting writes inline style attributes,
  // which the pages' Content-Security-Policy blocks.
  markdown: { syntaxHighlight: false },
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
  vite: {
    build: { rolldownOptions: { onwarn: dropHeadInjectDirectiveWarning } },
    // `astro preview` on a busy port fails instead of moving to the next one, where nothing would point.
    preview: { strictPort: true },
  },
  integrations: [
    mdx(),
    sitemap({
      filter: (page) => sitemapRoutes.has(page),
      // The alternates are the route table's, as in every page's head: real translations plus x-default.
      serialize: (item) => ({
        ...item,
        links: (sitemapRoutes.get(item.url)?.alternates ?? []).map((a) => ({ lang: a.hreflang, url: a.href })),
      }),
    }),
    localized404,
  ],
});
