import { describe, expect, it } from 'vitest';
import { externalRel, localizeHref } from '../../src/lib/localizeHref';

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
    expect(localizeHref('/es/hotlines/', 'pt')).toBe('/es/hotlines/');
    expect(localizeHref('/statistics/statistics.csv', 'es')).toBe('/statistics/statistics.csv');
    expect(localizeHref('#sources', 'es')).toBe('#sources');
    expect(localizeHref('https://www.mass.gov/', 'es')).toBe('https://www.mass.gov/');
  });

  it('never send a referrer to another site', () => {
    expect(externalRel('https://www.mass.gov/')).toBe('noopener noreferrer');
    expect(externalRel('/hotlines/')).toBeUndefined();
  });
});
