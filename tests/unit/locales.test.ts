import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, getLocale, isLocaleCode, LOCALES, localizedPath, splitPath } from '../../src/i18n/locales';

describe('locale list', () => {
  it('publishes the default language unprefixed and every other language under its own code', () => {
    expect(LOCALES.filter((l) => l.path === '').map((l) => l.code)).toEqual([DEFAULT_LOCALE]);
    for (const l of LOCALES.filter((x) => x.code !== DEFAULT_LOCALE)) expect(l.path, l.code).toBe(l.code);
    expect(LOCALES.map((l) => [l.code, l.path])).toEqual(
      expect.arrayContaining([
        ['es', 'es'],
        ['pt', 'pt'],
      ]),
    );
  });

  it('gives every language a unique code, lang, hreflang and name, and tags Intl can use', () => {
    for (const field of ['code', 'htmlLang', 'hreflang', 'label'] as const) {
      expect(new Set(LOCALES.map((l) => l[field])).size, field).toBe(LOCALES.length);
    }
    for (const l of LOCALES) {
      expect(Intl.getCanonicalLocales(l.intl), l.code).toEqual([l.intl]);
      expect(Intl.getCanonicalLocales(l.htmlLang), l.code).toEqual([l.htmlLang]);
      expect(new Intl.NumberFormat(l.intl).resolvedOptions().locale.split('-')[0], l.code).toBe(l.intl.split('-')[0]);
    }
  });

  it('formats Spanish numbers the way US Spanish readers expect (2,357)', () => {
    expect(new Intl.NumberFormat(getLocale('es').intl).format(2357)).toBe('2,357');
  });

  it('formats Portuguese numbers the Brazilian way (2.357)', () => {
    expect(new Intl.NumberFormat(getLocale('pt').intl).format(2357)).toBe('2.357');
  });

  it('rejects an unknown locale code with the list of known ones', () => {
    expect(isLocaleCode('fr')).toBe(false);
    expect(() => getLocale('fr')).toThrow(`expected one of ${LOCALES.map((l) => l.code).join(', ')}`);
  });
});

describe('localized paths', () => {
  it('puts the home page at / in English and /es/ in Spanish', () => {
    expect(localizedPath('en', '')).toBe('/');
    expect(localizedPath('es', '')).toBe('/es/');
  });

  it('mirrors nested English slugs under the locale prefix with a trailing slash', () => {
    expect(localizedPath('pt', 'treatment/detox')).toBe('/pt/treatment/detox/');
  });

  it('splits a path back into its locale and slug', () => {
    expect(splitPath('/es/treatment/detox/')).toEqual({ locale: 'es', slug: 'treatment/detox' });
    expect(splitPath('/hotlines/')).toEqual({ locale: 'en', slug: 'hotlines' });
  });
});

describe('text in the reader’s language inside other-language content', () => {
  it('is marked with the reader’s lang only when the languages differ', async () => {
    const { langWithin } = await import('../../src/i18n/locales');
    expect(langWithin('pt', 'en')).toBe('pt-BR');
    expect(langWithin('es', 'es')).toBeUndefined();
  });

  it('carries the reader’s writing direction with the language, from the locale entry', async () => {
    const { dirWithin } = await import('../../src/i18n/locales');
    for (const l of LOCALES.filter((x) => x.code !== DEFAULT_LOCALE)) {
      expect(dirWithin(l.code, DEFAULT_LOCALE), l.code).toBe(l.dir);
      expect(dirWithin(l.code, l.code), l.code).toBeUndefined();
    }
  });
});
