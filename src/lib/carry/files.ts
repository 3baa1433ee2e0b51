/** Content-Type of the contact files (RFC 6350 §10.1: text/vcard, UTF-8 only in version 4.0). */
export const VCARD_CONTENT_TYPE = 'text/vcard; charset=utf-8';

/**
 * The file name of a locale's contact file, served at the site root. Kept apart from the vCard
 * builder so the deployment scripts can name the files without loading the UI strings.
 * @example vcardFileName('es') // 'contacts-es.vcf'
 */
export function vcardFileName(locale: string): string {
  return `contacts-${locale}.vcf`;
}
