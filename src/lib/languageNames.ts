import { LOCALES } from '../i18n/locales';

/**
 * The names of the site's languages, in the reader's language, joined as that language joins a list.
 * Derived from the locale list, so a sentence such as "Labels are in {languages}" stays true when a
 * language is added. Names come from `Intl.DisplayNames` (CLDR), by each language's primary subtag
 * (`pt-BR` is named "Portuguese").
 * @param readerIntl BCP 47 tag of the reader's locale (`Locale.intl`)
 * @param htmlLangs language tags to name, in order; every published locale by default
 * @throws RangeError when `readerIntl` or a tag is not a valid BCP 47 tag
 * @example languageList('en-US', ['en', 'es', 'pt-BR']) // 'English, Spanish, and Portuguese'
 * @example languageList('es-US', ['en', 'es']) // 'inglés y español'
 */
export function languageList(
  readerIntl: string,
  htmlLangs: readonly string[] = LOCALES.map((l) => l.htmlLang),
): string {
  const names = new Intl.DisplayNames([readerIntl], { type: 'language' });
  return new Intl.ListFormat(readerIntl, { type: 'conjunction' }).format(
    htmlLangs.map((tag) => {
      const primary = tag.split('-')[0] ?? tag;
      return names.of(primary) ?? primary;
    }),
  );
}
