// The search each language is tested and measured with, derived from the locale list and the UI strings
// so a new language is covered without naming it here.
import { LOCALES, localizedPath, type LocaleCode } from '../../src/i18n/locales';
import type { UIStrings } from '../../src/i18n/ui/schema';

/**
 * The UI strings of every locale, read without Vite's `import.meta.glob` (which `src/i18n/ui/index.ts`
 * uses), for the browser tests and the benchmark. Throws when a locale has no strings file.
 * @example (await uiTables()).es['search.label'] // 'Buscar'
 */
export async function uiTables(): Promise<Record<LocaleCode, UIStrings>> {
  const entries = await Promise.all(
    LOCALES.map(async (l) => {
      const mod = (await import(`../../src/i18n/ui/${l.code}.ts`)) as { default: UIStrings };
      return [l.code, mod.default] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<LocaleCode, UIStrings>;
}

/** One language's search: where the search page is, the field's label and a word to search for. */
export interface SearchProbe {
  readonly locale: LocaleCode;
  /** Site path of the search page, e.g. `/es/search/`. */
  readonly path: string;
  /** Accessible name of the search field (UI string `search.label`). */
  readonly label: string;
  /** The first word of the language's name for detox (UI string `finder.service.detox`), lower case. */
  readonly query: string;
}

/**
 * The search probe for every locale, in locale-list order. The query is the word a reader of that
 * language would type for detox, which the detox page of that language contains.
 * @example (await searchProbes())[0] // { locale: 'en', path: '/search/', label: 'Search for', query: 'detox' }
 */
export async function searchProbes(): Promise<SearchProbe[]> {
  const ui = await uiTables();
  return LOCALES.map((l) => {
    const strings = ui[l.code];
    const query = (strings['finder.service.detox'].split(/\s/)[0] ?? '').toLocaleLowerCase(l.intl);
    return { locale: l.code, path: localizedPath(l.code, 'search'), label: strings['search.label'], query };
  });
}
