import { getEntry } from 'astro:content';
import { getLocale } from '../i18n/locales';
import { datedBy } from './dates';
import { useTranslations } from '../i18n/ui';
import type { Route } from './routeTable';
import type { NewsData, PageData } from './schemas';
import { resolveSiteUrl } from './siteUrl';
import { siteStats } from './stats/site';
import { datasetLd, newsArticleLd, type JsonLd } from './structuredData';

/**
 * The page-specific JSON-LD of an MDX page: a NewsArticle for news items (based on the original
 * release), a Dataset for the statistics page. Fallback pages get none (they are not indexed).
 */
export async function pageStructuredData(route: Route, data: PageData | NewsData): Promise<JsonLd[]> {
  if (!route.indexable || !route.canonical) return [];
  const site = resolveSiteUrl(process.env);
  const inLanguage = getLocale(route.contentLocale).hreflang;
  if ('publisher' in data) {
    const original = data.isBasedOn ? await getEntry('sources', data.isBasedOn) : undefined;
    return [
      newsArticleLd({
        headline: data.title,
        url: route.canonical,
        datePublished: datedBy(data.published, data.listed),
        siteName: useTranslations(route.contentLocale)('site.name'),
        inLanguage,
        isBasedOn: original?.data.url ?? null,
        image: `${site}/og-default.png`,
      }),
    ];
  }
  if (route.slug === 'statistics') {
    const stats = siteStats();
    const t = useTranslations(route.contentLocale);
    return [
      datasetLd({
        name: data.title,
        description: data.description,
        url: route.canonical,
        inLanguage,
        creators: stats.data.indicators.map((i) => i.publisher.en),
        csvUrl: `${site}/statistics/statistics.csv`,
        jsonUrl: `${site}/statistics/statistics.json`,
        licence: t('stats.download.licence'),
        dateModified: stats.derived.dataAsOf,
        spatialCoverage: 'Massachusetts, United States',
      }),
    ];
  }
  return [];
}
