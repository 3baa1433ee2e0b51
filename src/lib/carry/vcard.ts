import type { LocaleCode } from '../../i18n/locales';
import { useTranslations } from '../../i18n/ui';
import type { CarryLine } from './lines';
import { lineText } from './text';

/**
 * A value escaped as an RFC 6350 §3.4 text value: backslash, comma, semicolon and line breaks.
 * @example escapeText('a, b; c\nd') // 'a\\, b\\; c\\nd'
 */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r?\n/g, '\\n');
}

/**
 * A content line folded as RFC 6350 §3.2 asks: at most 75 octets of UTF-8 per physical line, each
 * continuation starting with one space, never splitting a character. Lines end with CRLF.
 * @example foldLine('NOTE:' + 'x'.repeat(80)).split('\r\n').length // 2
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const rows: string[] = [];
  let row = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = rows.length === 0 ? 75 : 74;
    if (bytes + size > limit) {
      rows.push(row);
      row = '';
      bytes = 0;
    }
    row += char;
    bytes += size;
  }
  rows.push(row);
  return rows.join('\r\n ');
}

/**
 * A vCard 4.0 (RFC 6350) holding the help lines as one contact in `locale`: each number a `TEL` with its
 * short name as the label (`itemN.X-ABLABEL`, which Apple and Google contacts show), extensions dialled
 * after a comma pause as on the site's `tel:` links (`tel:+18004649555,1161`), the lines again in the
 * note with the year of unverified numbers, and the help-lines page as `URL`.
 * @example buildVCard(lines, 'en', 'https://help.city.gov/hotlines/').startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n') // true
 */
export function buildVCard(lines: readonly CarryLine[], locale: LocaleCode, pageUrl: string): string {
  const t = useTranslations(locale);
  const name = escapeText(t('carry.contactName'));
  const note = [t('carry.smsHeading'), ...lines.map((l) => lineText(l, locale)), t('carry.moreAt', { url: pageUrl })];
  const content = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'KIND:org',
    `FN:${name}`,
    `ORG:${name}`,
    'X-ABSHOWAS:COMPANY',
    ...lines.flatMap((l, i) => [
      `item${i + 1}.TEL;VALUE=uri;TYPE=voice:${l.tel}`,
      `item${i + 1}.X-ABLABEL:${escapeText(l.label)}`,
    ]),
    `URL:${pageUrl}`,
    `NOTE:${escapeText(note.join('\n'))}`,
    'END:VCARD',
  ];
  return `${content.map(foldLine).join('\r\n')}\r\n`;
}
