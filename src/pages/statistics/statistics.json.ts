import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { localizedPath } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import { buildDate, formatPartialDate, worcesterDay } from '../../lib/dates';
import { resolveSiteUrl } from '../../lib/siteUrl';
import { statsJson } from '../../lib/stats/export';
import { formatVintage } from '../../lib/stats/format';
import { siteStats } from '../../lib/stats/site';

/** Every observation with definitions, sources, statements, a citation and a licence note, as JSON; made at build time. */
export const GET: APIRoute = async () => {
  const { data, derived, sources } = siteStats();
  const t = useTranslations('en');
  const built = worcesterDay(buildDate(process.env));
  const url = `${resolveSiteUrl(process.env)}${localizedPath('en', 'statistics')}`;
  // The citation names the English page, as the page's own "How to cite" does.
  const title = (await getEntry('pages', 'en/statistics'))?.data.title ?? t('stats.download.title');
  const citation = t('stats.cite.format', {
    site: t('site.name'),
    title,
    url,
    dataAsOf: formatVintage(derived.dataAsOf, 'en-US', t),
    built: formatPartialDate(built, 'en-US'),
  });
  const body = statsJson(data, derived, sources, {
    title: t('stats.download.title'),
    url,
    generated: built,
    citation,
    licence: t('stats.download.licence'),
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
