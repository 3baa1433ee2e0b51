import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getLocale, LOCALES, localizedPath, type LocaleCode } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { buildDate, datedBy, feedInstant } from '../../lib/dates';
import { siteRoutes, entryForRoute } from '../../lib/siteRoutes';
import { resolveSiteUrl } from '../../lib/siteUrl';

export function getStaticPaths() {
  return LOCALES.map((l) => ({ params: { locale: l.path || undefined }, props: { locale: l.code } }));
}

/**
 * One feed per locale: the news items really written in that language, newest first, each dated by a
 * Worcester date (noon in Worcester, see feedInstant), with its own address (atom:link rel="self") and the
 * build time as lastBuildDate.
 */
export async function GET(context: APIContext) {
  const locale = context.props['locale'] as LocaleCode;
  const t = useTranslations(locale);
  const site = resolveSiteUrl(process.env);
  const routes = (await siteRoutes()).filter(
    (r) => r.locale === locale && r.slug.startsWith('news/') && r.kind !== 'fallback',
  );
  const items = [];
  for (const route of routes) {
    const entry = await entryForRoute(route);
    if (!entry || !('publisher' in entry.data)) continue;
    items.push({
      title: entry.data.title,
      link: `${site}${route.path}`,
      description: entry.data.description,
      pubDate: feedInstant(datedBy(entry.data.published, entry.data.listed)),
    });
  }
  items.sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const self = `${site}${localizedPath(locale, '')}rss.xml`;
  return rss({
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    title: t('feed.title', { site: t('site.name') }),
    description: t('feed.description'),
    site: `${site}${localizedPath(locale, '')}`,
    items,
    customData: [
      `<language>${getLocale(locale).hreflang}</language>`,
      `<lastBuildDate>${buildDate(process.env).toUTCString()}</lastBuildDate>`,
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
  });
}
