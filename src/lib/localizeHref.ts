import { LOCALES, localizedPath, splitPath } from '../i18n/locales';

const prefixes = new Set<string>(LOCALES.map((l) => l.path).filter((p) => p !== ''));

/**
 * Points a site-internal page link at the same page in the reader's language, keeping any
 * #fragment. Content is written with English paths (/hotlines/); on a Spanish page, translated or
 * fallback, the link becomes /es/hotlines/. External links, files (/statistics/statistics.csv)
 * and links that already name a locale are left alone.
 * @example localizeHref('/families/#paying', 'es') // '/es/families/#paying'
 * @example localizeHref('/es/hotlines/', 'pt') // '/es/hotlines/'
 */
export function localizeHref(href: string, locale: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const match = /^([^?#]*)(.*)$/.exec(href)!;
  const path = match[1]!;
  const rest = match[2]!;
  if (!path.endsWith('/')) return href;
  const first = path.split('/')[1] ?? '';
  if (prefixes.has(first)) return href;
  return `${localizedPath(locale, splitPath(path).slug)}${rest}`;
}

/**
 * The rel value every link to another site carries (DESIGN §9).
 * @example externalRel('https://www.mass.gov/') // 'noopener noreferrer'
 */
export function externalRel(href: string): string | undefined {
  return /^https?:\/\//.test(href) ? 'noopener noreferrer' : undefined;
}
