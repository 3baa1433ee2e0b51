import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/ui/en';
import { fill, loadUI, UI, useTranslations } from '../../src/i18n/ui';
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

  it('fail when a published locale has no strings file', () => {
    expect(() => loadUI({ './en.ts': { default: en } }, ['en', 'vi'])).toThrow(/create src\/i18n\/ui\/vi\.ts/);
  });

  it('fill placeholders and refuse a missing value', () => {
    expect(fill('then dial {extension}', { extension: '1161' })).toBe('then dial 1161');
    expect(() => fill('then dial {extension}')).toThrow(/Missing value for placeholder \{extension\}/);
  });

  it('translate the extension instruction in Spanish', () => {
    expect(useTranslations('es')('crisisBar.thenDial', { extension: '1161' })).toBe('luego marque 1161');
  });
});
