import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en';
import { fill, fillParts, loadUI, UI, useTranslationParts, useTranslations } from '../../src/i18n/ui';
import { validateUIStrings } from '../../src/i18n/ui/schema';
import { LOCALES } from '../../src/i18n/locales';

describe('UI strings', () => {
  it('exist for every key in every published locale', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(UI[locale.code]).sort()).toEqual(Object.keys(en).sort());
    }
  });

  it('fail naming the locale, file and key when one is missing', () => {
    const rest = Object.fromEntries(Object.entries(en).filter(([key]) => key !== 'crisisBar.title'));
    expect(() => validateUIStrings('es', rest, en)).toThrow(
      /locale "es" \(src\/i18n\/ui\/es\.ts\)[\s\S]*key "crisisBar\.title" is missing/,
    );
  });

  it('fail when a translation is empty', () => {
    expect(() => validateUIStrings('pt', { ...en, 'skipLink.label': '  ' }, en)).toThrow(
      /key "skipLink\.label" is empty/,
    );
  });

  it('fail on a key English does not have (a typo)', () => {
    expect(() => validateUIStrings('es', { ...en, 'crisisBar.titel': 'x' }, en)).toThrow(
      /"crisisBar\.titel" are not in src\/i18n\/ui\/en\.ts/,
    );
  });

  it('fail when a translation loses a placeholder, naming the key and the placeholder', () => {
    expect(() => validateUIStrings('ar', { ...en, 'crisisBar.thenDial': 'ثم اطلب الرقم الفرعي' }, en)).toThrow(
      /key "crisisBar\.thenDial" lost \{extension\}/,
    );
  });

  it('fail when a translation adds a placeholder English does not fill', () => {
    expect(() => validateUIStrings('vi', { ...en, 'crisisBar.thenDial': 'rồi bấm {extension} {ext}' }, en)).toThrow(
      /key "crisisBar\.thenDial" has \{ext\}/,
    );
  });

  it('let a singular plural form say "one" in words instead of {count}', () => {
    const table = { ...en, 'finder.results.all.one': 'El único lugar' };
    expect(() => validateUIStrings('es', table, en)).not.toThrow();
    expect(() => validateUIStrings('es', { ...en, 'finder.results.all.other': 'Todos los lugares' }, en)).toThrow(
      /key "finder\.results\.all\.other" lost \{count\}/,
    );
  });

  it('fail when a published locale has no strings file', () => {
    expect(() => loadUI({ './en.ts': { default: en } }, ['en', 'vi'])).toThrow(/create src\/i18n\/ui\/vi\.ts/);
  });

  it('fill placeholders and refuse a missing value', () => {
    expect(fill('then dial {extension}', { extension: '1161' })).toBe('then dial 1161');
    expect(() => fill('then dial {extension}')).toThrow(/Missing value for placeholder \{extension\}/);
  });

  it('fill placeholders as separate parts, so a number can be isolated left to right', () => {
    expect(fillParts('Call {number}, then dial {extension}.', { number: '1-800-464-9555', extension: '1161' })).toEqual(
      [
        { text: 'Call ' },
        { text: '1-800-464-9555', name: 'number' },
        { text: ', then dial ' },
        { text: '1161', name: 'extension' },
        { text: '.' },
      ],
    );
    expect(fillParts('{number}', { number: 988 })).toEqual([{ text: '988', name: 'number' }]);
    expect(() => fillParts('Call {number}')).toThrow(/Missing value for placeholder \{number\}/);
  });

  it('give the same text in parts as in one string, in every locale', () => {
    const vars = { number: '1-800-327-5050' };
    for (const l of LOCALES) {
      const parts = useTranslationParts(l.code)('hotline.call', vars);
      expect(parts.map((p) => p.text).join(''), l.code).toBe(useTranslations(l.code)('hotline.call', vars));
      expect(
        parts.filter((p) => p.name === 'number'),
        l.code,
      ).toEqual([{ text: vars.number, name: 'number' }]);
    }
  });

  it('translate the extension instruction in Spanish', () => {
    expect(useTranslations('es')('crisisBar.thenDial', { extension: '1161' })).toBe('luego marque 1161');
  });
});
