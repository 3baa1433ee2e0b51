import { describe, expect, it } from 'vitest';
import { languageList } from '../../src/lib/languageNames';
import { LOCALES } from '../../src/i18n/locales';

describe('the list of the site languages in a sentence', () => {
  it('names each language in the reader’s language, joined as that language joins lists', () => {
    expect(languageList('en-US', ['en', 'es', 'pt-BR'])).toBe('English, Spanish, and Portuguese');
    expect(languageList('es-US', ['en', 'es'])).toBe('inglés y español');
    expect(languageList('pt-BR', ['en', 'pt-BR'])).toBe('inglês e português');
  });

  it('names every published language by default, one name per locale', () => {
    const english = new Intl.DisplayNames(['en-US'], { type: 'language' });
    const list = languageList('en-US');
    for (const l of LOCALES) expect(list).toContain(english.of(l.htmlLang.split('-')[0]!)!);
  });
});
