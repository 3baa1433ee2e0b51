/**
 * Site settings that come from the environment at build time, never from a default in code.
 * A value that is set but malformed fails the build with a message for the person deploying.
 */

/** Where readers send corrections and accessibility reports. */
export interface CorrectionsContact {
  /** An e-mail address or a web address (a form or a page that says how to write). */
  readonly kind: 'email' | 'url';
  /** The value as it is shown to readers. */
  readonly value: string;
  /** The link target: `mailto:` for an address, the web address itself otherwise. */
  readonly href: string;
}

const EMAIL =
  /^[^\s@<>()"',;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** Reserved example domains (RFC 2606) and `.invalid`/`.test`: placeholders that must never ship. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|example|invalid|test|localhost)$/i;

function fail(value: string, reason: string): never {
  throw new Error(
    `CORRECTIONS_CONTACT is set to "${value}", which ${reason}. Set it to an e-mail address (corrections@your-domain) ` +
      'or a web address starting with https://, or leave it unset: the site then says no contact has been published.',
  );
}

/**
 * The corrections contact for a build: a build for publication (`SITE_URL` set to a public address) must have
 * one, because pages invite readers to report mistakes only when there is somewhere to send them. A `SITE_URL`
 * on this machine (`npm start` on a port other than 4321 sets `http://localhost:<port>`) is a local build.
 * @throws Error saying what to set, when `SITE_URL` is set and `CORRECTIONS_CONTACT` is not (or is malformed).
 * @returns The contact, or null for a local or test build (no `SITE_URL`, or one on localhost) without one.
 * @example publicationContact({ SITE_URL: 'https://worcester-help.org' }) // throws: SITE_URL is set … set CORRECTIONS_CONTACT …
 * @example publicationContact({}) // null
 * @example publicationContact({ SITE_URL: 'http://localhost:4322' }) // null
 */
export function publicationContact(
  env: Readonly<Record<string, string | undefined>> = process.env,
): CorrectionsContact | null {
  const contact = correctionsContact(env);
  if (contact === null && isPublicSiteUrl(env['SITE_URL'] ?? '')) {
    throw new Error(
      'SITE_URL is set, so this is a build for publication, but CORRECTIONS_CONTACT is not: pages would have no way ' +
        'for readers to report a mistake. Set CORRECTIONS_CONTACT to an e-mail address (corrections@your-domain) or an ' +
        'https:// web address, for example: SITE_URL=https://your-host CORRECTIONS_CONTACT=corrections@your-domain npm run build',
    );
  }
  return contact;
}

/**
 * The corrections contact from `CORRECTIONS_CONTACT`, or null when it is unset or blank.
 * There is no default: an unset value means the About page says no contact has been published yet.
 * @example correctionsContact({ CORRECTIONS_CONTACT: 'fixes@worcester-help.org' })?.href // 'mailto:fixes@worcester-help.org'
 * @example correctionsContact({}) // null
 */
export function correctionsContact(
  env: Readonly<Record<string, string | undefined>> = process.env,
): CorrectionsContact | null {
  const raw = env['CORRECTIONS_CONTACT']?.trim() ?? '';
  if (raw === '') return null;
  if (raw.startsWith('mailto:')) fail(raw, 'starts with "mailto:"; give the address alone');
  if (/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return fail(raw, 'is not a valid web address');
    }
    if (url.protocol !== 'https:') fail(raw, 'is not an https:// web address');
    if (PLACEHOLDER_HOST.test(url.hostname)) fail(raw, 'uses a placeholder domain');
    return { kind: 'url', value: url.href, href: url.href };
  }
  if (!EMAIL.test(raw)) fail(raw, 'is neither an e-mail address nor a web address');
  const domain = raw.slice(raw.lastIndexOf('@') + 1);
  if (PLACEHOLDER_HOST.test(domain)) fail(raw, 'uses a placeholder domain');
  return { kind: 'email', value: raw, href: `mailto:${raw}` };
}

/**
 * Whether a `SITE_URL` names an address readers can reach: set, and not this machine (localhost, 127.0.0.0/8, ::1).
 * @example isPublicSiteUrl('https://worcester-help.org') // true
 * @example isPublicSiteUrl('http://localhost:4322') // false
 * @example isPublicSiteUrl('') // false
 */
export function isPublicSiteUrl(siteUrl: string): boolean {
  const value = siteUrl.trim();
  if (value === '') return false;
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return true; // malformed: resolveSiteUrl reports it; it is not a known local address
  }
  return !(host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host));
}
