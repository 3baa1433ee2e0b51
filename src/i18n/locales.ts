/**
 * The one list of languages the site is published in. Astro config, routing,
 * hreflang, the language switcher, the sitemap, Pagefind, `Intl` and the tests
 * all read it. Adding a language is adding an entry here, a UI string file in
 * `src/i18n/ui/` and content under `content/pages/<code>/`.
 */
export interface Locale {
  /** Short code used in file names and UI string tables. */
  readonly code: string;
  /** URL prefix; the empty string for the default (unprefixed) locale. */
  readonly path: string;
  /** Value of `<html lang>` and `<main lang>`. */
  readonly htmlLang: string;
  /** Value of `hreflang` on alternate links and in the sitemap. */
  readonly hreflang: string;
  /** BCP 47 tag for `Intl` number and date formatting. */
  readonly intl: string;
  /** Name of the language in that language, for the switcher. */
  readonly label: string;
  /** Writing direction. */
  readonly dir: 'ltr' | 'rtl';
}

export const LOCALES = [
  { code: 'en', path: '', htmlLang: 'en', hreflang: 'en-US', intl: 'en-US', label: 'English', dir: 'ltr' },
  { code: 'es', path: 'es', htmlLang: 'es', hreflang: 'es-US', intl: 'es-US', label: 'Español', dir: 'ltr' },
  { code: 'pt', path: 'pt', htmlLang: 'pt-BR', hreflang: 'pt-BR', intl: 'pt-BR', label: 'Português', dir: 'ltr' },
  { code: 'vi', path: 'vi', htmlLang: 'vi', hreflang: 'vi-US', intl: 'vi-VN', label: 'Tiếng Việt', dir: 'ltr' },
  { code: 'ar', path: 'ar', htmlLang: 'ar', hreflang: 'ar-US', intl: 'ar-u-nu-latn', label: 'العربية', dir: 'rtl' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

/** The source language: every page is written in it first. */
export const DEFAULT_LOCALE: LocaleCode = 'en';

const byCode = new Map<string, Locale>(LOCALES.map((l) => [l.code, l]));

/** True when `code` names a published locale. */
export function isLocaleCode(code: string): code is LocaleCode {
  return byCode.has(code);
}

/**
 * The locale entry for a code; throws for an unknown code.
 * @example getLocale('es').intl // 'es-US'
 */
export function getLocale(code: string): Locale {
  const locale = byCode.get(code);
  if (!locale) {
    throw new Error(`Unknown locale "${code}": expected one of ${LOCALES.map((l) => l.code).join(', ')}`);
  }
  return locale;
}

/**
 * The site path of a slug in a locale, always with a trailing slash.
 * @example localizedPath('es', 'treatment/detox') // '/es/treatment/detox/'
 * @example localizedPath('en', '') // '/'
 */
export function localizedPath(code: string, slug: string): string {
  const prefix = getLocale(code).path;
  const parts = [prefix, ...slug.split('/')].filter((p) => p.length > 0);
  return parts.length === 0 ? '/' : `/${parts.join('/')}/`;
}

/**
 * Splits a site path into its locale and slug.
 * @example splitPath('/pt/hotlines/') // { locale: 'pt', slug: 'hotlines' }
 */
export function splitPath(pathname: string): { locale: LocaleCode; slug: string } {
  const parts = pathname.split('/').filter((p) => p.length > 0);
  const first = parts[0];
  const prefixed = LOCALES.find((l) => l.path !== '' && l.path === first);
  if (prefixed) return { locale: prefixed.code, slug: parts.slice(1).join('/') };
  return { locale: DEFAULT_LOCALE, slug: parts.join('/') };
}

/**
 * The `lang` an element in the reader's language needs inside content of another language
 * (a notice on a fallback page), or undefined when the two are the same.
 * @example langWithin('es', 'en') // 'es'
 * @example langWithin('pt', 'pt') // undefined
 */
export function langWithin(locale: string, contentLocale: string): string | undefined {
  return locale === contentLocale ? undefined : getLocale(locale).htmlLang;
}

/**
 * The `dir` that goes with `langWithin`: the reader's writing direction on an element in the reader's
 * language inside content of another language, or undefined when the two are the same. Without it, a
 * right-to-left notice inside English content would be laid out left to right.
 * @example dirWithin('es', 'en') // 'ltr'
 * @example dirWithin('pt', 'pt') // undefined
 */
export function dirWithin(locale: string, contentLocale: string): 'ltr' | 'rtl' | undefined {
  return locale === contentLocale ? undefined : getLocale(locale).dir;
}
