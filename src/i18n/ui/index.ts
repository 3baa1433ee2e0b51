import { LOCALES, type LocaleCode } from '../locales';
import en from './en';
import { validateUIStrings, type UIKey, type UIStrings } from './schema';

export type { UIKey, UIStrings };

// Every locale file in this folder is loaded; a locale without one fails here.
const files = import.meta.glob<{ default: unknown }>(['./*.ts', '!./index.ts', '!./schema.ts'], {
  eager: true,
});

/**
 * Builds the checked table of every locale. Exported for tests; the site uses `UI`.
 * @example loadUI({ './en.ts': { default: en } }, ['en'])
 */
export function loadUI(
  modules: Record<string, { default: unknown }>,
  codes: readonly string[],
): Record<string, UIStrings> {
  const tables: Record<string, UIStrings> = {};
  for (const code of codes) {
    const mod = modules[`./${code}.ts`];
    if (!mod) {
      throw new Error(`UI strings for locale "${code}" are missing: create src/i18n/ui/${code}.ts`);
    }
    tables[code] = validateUIStrings(code, mod.default, en);
  }
  return tables;
}

/** The checked UI strings of every published locale. */
export const UI = loadUI(
  files,
  LOCALES.map((l) => l.code),
) as Record<LocaleCode, UIStrings>;

/**
 * Fills `{name}` placeholders in a template. Throws on a placeholder without a value.
 * @example fill('Call {number}', { number: '988' }) // 'Call 988'
 */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`Missing value for placeholder {${name}} in "${template}"`);
    return String(value);
  });
}

/** A piece of a filled template: literal text, or the value of the placeholder `name`. */
export interface FilledPart {
  readonly text: string;
  /** The placeholder this text fills; absent for the template's own words. */
  readonly name?: string;
}

/**
 * Fills `{name}` placeholders like `fill`, but keeps each value apart from the words around it, so a
 * component can isolate a phone number or ZIP code left to right inside right-to-left text.
 * Empty literal pieces are left out. Throws on a placeholder without a value.
 * @example fillParts('Call {number}', { number: '988' }) // [{ text: 'Call ' }, { text: '988', name: 'number' }]
 */
export function fillParts(template: string, vars: Readonly<Record<string, string | number>> = {}): FilledPart[] {
  const parts: FilledPart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    const value = vars[name];
    if (value === undefined) throw new Error(`Missing value for placeholder {${name}} in "${template}"`);
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ text: String(value), name });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/**
 * A translator bound to one locale.
 * @example useTranslations('es')('crisisBar.thenDial', { extension: '1161' }) // 'luego marque 1161'
 */
export function useTranslations(code: LocaleCode) {
  const table = UI[code];
  return (key: UIKey, vars?: Readonly<Record<string, string | number>>): string => fill(table[key], vars);
}

/**
 * A translator bound to one locale that returns the pieces of the string (see `fillParts`).
 * @example useTranslationParts('en')('hotline.call', { number: '988' }) // [{ text: 'Call ' }, { text: '988', name: 'number' }]
 */
export function useTranslationParts(code: LocaleCode) {
  const table = UI[code];
  return (key: UIKey, vars?: Readonly<Record<string, string | number>>): FilledPart[] => fillParts(table[key], vars);
}

/**
 * A UI string with its `{placeholders}` left in, for client scripts that fill them in the browser.
 * @example uiTemplate('en', 'search.noResults') // 'No pages found for “{query}”.'
 */
export function uiTemplate(code: LocaleCode, key: UIKey): string {
  return UI[code][key];
}

/** Keys that have plural forms: `<base>.one`, `<base>.other`, … */
type PluralBase = {
  [K in UIKey]: K extends `${infer Base}.other` ? Base : never;
}[UIKey];

/**
 * A plural-aware translator: picks `<base>.<category>` by `Intl.PluralRules` (falling back to
 * `<base>.other`) and fills `{count}` formatted for the locale.
 * @example usePlural('en')('search.resultCount', 1, { query: 'detox' }) // '1 page found for “detox”.'
 */
export function usePlural(code: LocaleCode) {
  const table = UI[code];
  const intl = LOCALES.find((l) => l.code === code)!.intl;
  const rules = new Intl.PluralRules(intl);
  const numbers = new Intl.NumberFormat(intl);
  return (base: PluralBase, count: number, vars: Readonly<Record<string, string | number>> = {}): string => {
    const key = `${base}.${rules.select(count)}` as UIKey;
    const template = table[key] ?? table[`${base}.other` as UIKey];
    return fill(template, { ...vars, count: numbers.format(count) });
  };
}
