import type { LocaleCode } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import type { CarryLine } from './lines';

/**
 * One line as a person reads it in a message or a note: name, number, extension written out, and the
 * year the number was published while unverified.
 * @example lineText(spectrumOutpatient, 'en') // 'Spectrum outpatient: 1-800-464-9555, then dial 1161 (published 2017)'
 */
export function lineText(line: CarryLine, locale: LocaleCode): string {
  const t = useTranslations(locale);
  const number = line.extension
    ? t('carry.numberThenDial', { number: line.display, extension: line.extension })
    : line.display;
  const text = t('carry.lineText', { label: line.label, number });
  return line.publishedYear === null ? text : t('carry.lineUnverified', { line: text, year: line.publishedYear });
}

/**
 * The text a reader sends to someone: a heading, one help line per row, and the help-lines page.
 * Rows end with a line feed (`\n`), which every messaging app shows as a line break.
 * @example smsBody(lines, 'en', 'https://help.city.gov/hotlines/').split('\n')[0] // 'Help lines for addiction and crisis:'
 */
export function smsBody(lines: readonly CarryLine[], locale: LocaleCode, pageUrl: string): string {
  const t = useTranslations(locale);
  return [t('carry.smsHeading'), ...lines.map((l) => lineText(l, locale)), t('carry.moreAt', { url: pageUrl })].join(
    '\n',
  );
}

/**
 * An `sms:` link that opens the reader's messaging app with `body` filled in and no recipient, in the
 * form both iOS and Android read (`sms:?&body=`). The body is percent-encoded as UTF-8
 * (`encodeURIComponent`), so spaces are `%20` (never `+`, which some apps keep as a plus), line breaks
 * `%0A`, `+` `%2B`, `#` `%23`, `&` `%26` and accents their UTF-8 bytes.
 * @example smsHref('Call 988 & ask') // 'sms:?&body=Call%20988%20%26%20ask'
 */
export function smsHref(body: string): string {
  if (body.length === 0) throw new Error('An sms: link needs a message body');
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/**
 * A text cut into runs, marking the printed phone numbers (`1-800-464-9555`) so a page can keep each on
 * one line: a break after one of its hyphens would split the number in two. Joined, the runs give back
 * the text.
 * @example numberRuns('Call 1-800-464-9555 now') // [{ text: 'Call ', number: false }, { text: '1-800-464-9555', number: true }, { text: ' now', number: false }]
 */
export function numberRuns(text: string): { text: string; number: boolean }[] {
  return text
    .split(/(\b1-\d{3}-\d{3}-\d{4}\b)/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, number: /^1-\d{3}-\d{3}-\d{4}$/.test(part) }));
}
