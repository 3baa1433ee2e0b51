/** Numbers that are not E.164 but are dialled as they are (US emergency and crisis short codes). */
export const SHORT_CODES = ['911', '988'] as const;

const E164_NANP = /^\+1[2-9]\d{2}[2-9]\d{6}$/;

/**
 * True for a North American E.164 number (`+18004649555`) or an allowed short code.
 * @example isDialable('+18003667732') // true
 * @example isDialable('800-366-7732') // false
 */
export function isDialable(value: string): boolean {
  return E164_NANP.test(value) || (SHORT_CODES as readonly string[]).includes(value);
}

/**
 * The `tel:` URL for a number, with the extension after a comma pause (never `;ext=`).
 * @example telHref('+18004649555', '1161') // 'tel:+18004649555,1161'
 * @example telHref('911') // 'tel:911'
 */
export function telHref(number: string, extension?: string | null): string {
  if (!isDialable(number)) throw new Error(`Not a dialable number: "${number}"`);
  if (extension != null && !/^\d{1,6}$/.test(extension)) {
    throw new Error(`Extension must be 1 to 6 digits, received "${extension}"`);
  }
  return `tel:${number}${extension ? `,${extension}` : ''}`;
}

/**
 * The number as printed on the page. Its digits are exactly the link's digits
 * (country code included), so what a reader copies is what the link dials.
 * @example displayNumber('+18003667732') // '1-800-366-7732'
 * @example displayNumber('988') // '988'
 */
export function displayNumber(number: string): string {
  if (!isDialable(number)) throw new Error(`Not a dialable number: "${number}"`);
  if (!number.startsWith('+1')) return number;
  const d = number.slice(2);
  return `1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
}

/**
 * The number in international form for machines (structured data): `+1-800-366-7732`, with an extension
 * written ` ext. 1161`. Schema.org's ContactPoint and Google's guidance ask for the `+` and country code.
 * Short codes (911, 988) have no international form and throw.
 * @example internationalNumber('+18004649555', '1161') // '+1-800-464-9555 ext. 1161'
 */
export function internationalNumber(number: string, extension?: string | null): string {
  if (!E164_NANP.test(number)) throw new Error(`Not an E.164 number: "${number}"`);
  const d = number.slice(2);
  const base = `+1-${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  return extension ? `${base} ext. ${extension}` : base;
}

/**
 * Only the digits of a string, for comparing what is shown with what is dialled.
 * @example digitsOf('tel:+18004649555,1161') // '180046495551161'
 */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}
