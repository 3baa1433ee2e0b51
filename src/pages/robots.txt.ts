import type { APIRoute } from 'astro';
import { resolveSiteUrl } from '../lib/siteUrl';

// Crawlers may read everything; the sitemap lists only indexable pages (no fallbacks, no 404s).
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${resolveSiteUrl(process.env)}/sitemap-index.xml\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
