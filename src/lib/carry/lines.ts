import { localizedPath, type LocaleCode } from '../../i18n/locales';
import { crisisBarYear } from '../hotlines';
import type { Hotline, Source } from '../schemas';
import { displayNumber, telHref } from '../tel';

/**
 * Lines the card, the text message and the contact file carry besides the crisis-bar lines, in this
 * order after them: the state's own helpline (issue 16: "911, 988, the Spectrum lines …, the state helpline").
 */
export const CARRY_EXTRA_LINE_IDS: readonly string[] = ['ma-substance-use-helpline'];

/** One help line as carried away: on the wallet card, in the text message and in the contact file. */
export interface CarryLine {
  readonly id: string;
  /** Short name in the reader's language, e.g. "Spectrum outpatient". */
  readonly label: string;
  /** E.164 number or short code, e.g. "+18004649555" or "988". */
  readonly number: string;
  /** The number as printed, digits equal to the link's, e.g. "1-800-464-9555". */
  readonly display: string;
  /** Digits dialled after the line answers, or null. */
  readonly extension: string | null;
  /** `tel:` URL with the extension after a comma pause. */
  readonly tel: string;
  /** Year the number was last published while nobody has verified it by calling (the crisis bar's
   * `crisisBarYear`); null once verified, and for 911 and 988. */
  readonly publishedYear: number | null;
}

type LineInput = Pick<Hotline, 'id' | 'crisisBar' | 'channels' | 'extension' | 'short' | 'sources' | 'verified'>;
type SourceInput = Pick<Source, 'publisher' | 'published'>;

/**
 * The lines to carry away, in crisis-bar order then {@link CARRY_EXTRA_LINE_IDS}, with their texts
 * in `locale`. Only lines with a `call` channel. Throws when an extra line id is not in the list.
 * @example carryLines(hotlines, sources, 'es').map((l) => l.number) // ['911', '988', '+18003667732', '+18004649555', '+18003275050']
 */
export function carryLines(
  hotlines: readonly LineInput[],
  sources: ReadonlyMap<string, SourceInput>,
  locale: LocaleCode,
  extraIds: readonly string[] = CARRY_EXTRA_LINE_IDS,
): CarryLine[] {
  const bar = hotlines.filter((l) => l.crisisBar !== undefined).sort((a, b) => (a.crisisBar ?? 0) - (b.crisisBar ?? 0));
  const extra = extraIds.map((id) => {
    const line = hotlines.find((l) => l.id === id);
    if (!line) throw new Error(`content/hotlines.yaml has no line "${id}", which the wallet card carries`);
    return line;
  });
  return [...bar, ...extra]
    .filter((l) => l.channels.call !== undefined)
    .map((l) => {
      const number = l.channels.call!;
      return {
        id: l.id,
        label: l.short[locale],
        number,
        display: displayNumber(number),
        extension: l.extension,
        tel: telHref(number, l.extension),
        publishedYear: crisisBarYear(l, sources),
      };
    });
}

/**
 * The absolute address of the help-lines page in a locale: what the QR code, the text message and the
 * contact file point to.
 * @example hotlinesUrl('https://help.city.gov', 'pt') // 'https://help.city.gov/pt/hotlines/'
 */
export function hotlinesUrl(site: string, locale: LocaleCode): string {
  return `${site.replace(/\/$/, '')}${localizedPath(locale, 'hotlines')}`;
}
