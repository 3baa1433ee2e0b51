import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, localizedPath } from '../../src/i18n/locales';
import { externalRel, localizeHref } from '../../src/lib/localizeHref';

/** Two languages other than the source one, for a link from a page in one to a page in the other. */
const [first, second] = LOCALES.filter((l) => l.code !== DEFAULT_LOCALE).map((l) => l.code);

describe('links in content', () => {
  it('lead to the same page in the reader’s language', () => {
    expect(localizeHref('/hotlines/', 'es')).toBe('/es/hotlines/');
    expect(localizeHref('/', 'pt')).toBe('/pt/');
  });

  it('keep their #fragment', () => {
    expect(localizeHref('/families/#paying-for-treatment', 'pt')).toBe('/pt/families/#paying-for-treatment');
  });

  it('stay in English on English pages', () => {
    expect(localizeHref('/treatment/detox/', 'en')).toBe('/treatment/detox/');
  });

  it('leave links that already name a language, files, fragments and other sites alone', () => {
    const other = localizedPath(first!, 'hotlines');
    expect(localizeHref(other, second!)).toBe(other);
    expect(localizeHref('/statistics/statistics.csv', 'es')).toBe('/statistics/statistics.csv');
    expect(localizeHref('#sources', 'es')).toBe('#sources');
    expect(localizeHref('https://www.mass.gov/', 'es')).toBe('https://www.mass.gov/');
  });

  it('never send a referrer to another site', () => {
    expect(externalRel('https://www.mass.gov/')).toBe('noopener noreferrer');
    expect(externalRel('/hotlines/')).toBeUndefined();
  });
});
