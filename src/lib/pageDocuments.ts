import { DEFAULT_LOCALE, isLocaleCode, LOCALES, type LocaleCode } from '../i18n/locales';
import { ContentError } from './dataFile';
import type { PageDocument } from './routeTable';

/** What the route table needs to know of one MDX page entry. */
export interface PageEntryInfo {
  /** Collection id: `<locale>/<slug>`, `<locale>/index` for a home page. */
  readonly id: string;
  readonly filePath: string;
  readonly translation?: 'draft' | 'reviewed' | undefined;
  readonly sourceHash?: string | undefined;
}

export interface LocatedPage extends PageDocument {
  readonly id: string;
  readonly filePath: string;
}

/**
 * Splits a page entry id into locale and slug, checking the locale folder and
 * translation fields. Throws a ContentError naming the file and field.
 * @example locatePage({ id: 'es/treatment/detox', filePath: '…', translation: 'draft', sourceHash: 'abcdefabcdef' })
 */
export function locatePage(entry: PageEntryInfo): LocatedPage {
  const [folder = '', ...rest] = entry.id.split('/');
  if (!isLocaleCode(folder)) {
    throw new ContentError(
      `${entry.filePath}: folder "${folder}" is not a published locale; pages live in content/pages/<${LOCALES.map((l) => l.code).join('|')}>/`,
    );
  }
  const locale: LocaleCode = folder;
  const slug = rest.join('/').replace(/(^|\/)index$/, '');
  if (locale === DEFAULT_LOCALE) {
    if (entry.translation !== undefined || entry.sourceHash !== undefined) {
      throw new ContentError(
        `${entry.filePath}: field "translation"/"sourceHash" belongs on translations only, not on English source pages`,
      );
    }
  } else {
    if (entry.translation === undefined) {
      throw new ContentError(
        `${entry.filePath}: field "translation" is required on translated pages (draft until a fluent reviewer has checked it)`,
      );
    }
    if (entry.sourceHash === undefined) {
      throw new ContentError(
        `${entry.filePath}: field "sourceHash" is required on translated pages (run npm run check:translations)`,
      );
    }
  }
  return { id: entry.id, filePath: entry.filePath, locale, slug, translation: entry.translation };
}
