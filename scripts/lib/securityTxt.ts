/**
 * `/.well-known/security.txt` (RFC 9116). The format requires a Contact and an Expires field; the
 * contact comes from CORRECTIONS_CONTACT and is never invented, so without it no file is published.
 */

/** Days between the build and the file's Expires date; weekly rebuilds keep it in the future. */
export const SECURITY_TXT_VALID_DAYS = 180;

export interface SecurityTxtInput {
  /** `mailto:` or `https:` link to the corrections contact, or null when none is configured. */
  readonly contactHref: string | null;
  /** Build date (SOURCE_DATE_EPOCH when set). */
  readonly built: Date;
  /** Production origin from SITE_URL, or null for a local build (then no Canonical field). */
  readonly site: string | null;
}

/**
 * The file's text, or null when there is no contact (RFC 9116 has no valid file without one).
 * @example securityTxt({ contactHref: null, built: new Date(), site: null }) // null
 * @example securityTxt({ contactHref: 'mailto:fixes@worcester-help.org', built: new Date('2026-01-01'), site: null })
 *   // '# …\nContact: mailto:fixes@worcester-help.org\nExpires: 2026-06-30T00:00:00.000Z\n'
 */
export function securityTxt(input: SecurityTxtInput): string | null {
  if (input.contactHref === null) return null;
  const expires = new Date(input.built.getTime() + SECURITY_TXT_VALID_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  const lines = [
    '# Security or privacy problems with this website. The same contact takes corrections to its content.',
    `Contact: ${input.contactHref}`,
    `Expires: ${expires.toISOString()}`,
  ];
  if (input.site !== null) lines.push(`Canonical: ${input.site.replace(/\/$/, '')}/.well-known/security.txt`);
  return `${lines.join('\n')}\n`;
}
