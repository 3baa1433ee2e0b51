import { describe, expect, it } from 'vitest';
import { getLocale, isLocaleCode, LOCALES, localizedPath, splitPath } from '../../src/i18n/locales';

describe('locale list', () => {
  it('publishes English unprefixed, Spanish under /es/ and Portuguese under /pt/', () => {
    expect(LOCALES.map((l) => [l.code, l.path])).toEqual([
      ['en', ''],
      ['es', 'es'],
      ['pt', 'pt'],
    ]);
  });

  it('formats Spanish numbers the way US Spanish readers expect (2,357)', () => {
    expect(new Intl.NumberFormat(getLocale('es').intl).format(2357)).toBe('2,357');
  });

  it('formats Portuguese numbers the Brazilian way (2.357)', () => {
    expect(new Intl.NumberFormat(getLocale('pt').intl).format(2357)).toBe('2.357');
  });

  it('rejects an unknown locale code with the list of known ones', () => {
    expect(isLocaleCode('fr')).toBe(false);
    expect(() => getLocale('fr')).toThrow(/expected one of en, es, pt/);
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
});
