import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getLocale, LOCALES, localizedPath, type LocaleCode } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { siteRoutes, entryForRoute } from '../../lib/siteRoutes';
import { resolveSiteUrl } from '../../lib/siteUrl';

export function getStaticPaths() {
  return LOCALES.map((l) => ({ params: { locale: l.path || undefined }, props: { locale: l.code } }));
}

/** One feed per locale: the news items really written in that language, newest first. */
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
    if (!entry || !('published' in entry.data)) continue;
    const published = entry.data.published;
    items.push({
      title: entry.data.title,
      link: `${site}${route.path}`,
      description: entry.data.description,
      ...(published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? { pubDate: new Date(`${published}T00:00:00Z`) } : {}),
    });
  }
  items.sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0));
  return rss({
    title: t('feed.title', { site: t('site.name') }),
    description: t('feed.description'),
    site: `${site}${localizedPath(locale, '')}`,
    items,
    customData: `<language>${getLocale(locale).hreflang}</language>`,
  });
}
