/**
 * ZIP codes as people and links give them. Every way a ZIP code reaches the finder (typed, pasted,
 * autofilled, ZIP+4, with spaces or a dash, or in the URL fragment) goes through `normalizeZip`
 * before anything checks its length, so a pasted " 01604" is never cut to " 0160".
 */

/** Digits and the separators people write inside a ZIP code (spaces of any kind, hyphens and dashes). */
const SEPARATORS = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\u2010-\u2015\u2212-]/g;

/**
 * The five-digit ZIP code in what a person typed or pasted, or null when it is not one.
 * Accepts surrounding and inner spaces, a ZIP+4 (`01604-1234`, `01604 1234`, `016041234`) and
 * full-width or other Unicode decimal digits. Whether Massachusetts has the code is answered by the
 * centroid table, not here.
 * @param input any text (a form field's value, a fragment value)
 * @returns five ASCII digits, or null
 * @example normalizeZip(' 01604') // '01604'
 * @example normalizeZip('01604-1234') // '01604'
 * @example normalizeZip('1604') // null
 */
export function normalizeZip(input: string): string | null {
  const compact = input.normalize('NFKC').replace(SEPARATORS, '');
  if (!/^\d+$/u.test(compact)) return null;
  if (compact.length === 5 || compact.length === 9) return compact.slice(0, 5);
  return null;
}

/**
 * True while a field's text could still become a ZIP code as the person goes on typing (digits and
 * separators only, fewer than five digits). Used to hold back "A ZIP code has 5 digits" until the
 * person has finished.
 * @example isZipInProgress('016') // true
 * @example isZipInProgress('01a') // false
 */
export function isZipInProgress(input: string): boolean {
  const compact = input.normalize('NFKC').replace(SEPARATORS, '');
  return /^\d{0,4}$/u.test(compact);
}
