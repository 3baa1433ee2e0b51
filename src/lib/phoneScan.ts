/**
 * Finds phone numbers in built pages so a test can prove that every number a reader sees
 * or can tap comes from content/hotlines.yaml or content/services/*.yaml.
 *
 * A "run" is a sequence of digit groups joined by phone separators (space, no-break space,
 * hyphen, dot, parentheses, plus). A run of 7 or more digits is phone-like when its digit count
 * and group boundaries fit a North American number: 7 digits (555-0100), 10 (508-555-0100) or
 * 11 starting with 1 (1-508-555-0100). Other runs are years, dates, ZIP+4 codes or grouped figures
 * ("2017 2018", "2017-11-10", "01608-1234"). Figures grouped in thousands ("2,357", "1.234.567") are read
 * as one figure and never join a run, a parenthesis belongs to a run only around a three-digit area code
 * (so "2,357 (2022)" is a figure and a year), and money is excluded by its "$".
 * Toll-free vanity numbers (1-800-662-HELP) are converted to digits with the phone keypad.
 */

/** A phone-like number found in text or a link. */
export interface PhoneMatch {
  /** The text as found. */
  readonly raw: string;
  /** Normalised digits: 10 for a full number (no leading 1), 7 for a local number without area code. */
  readonly digits: string;
  /** Whether it was written with letters (1-877-MyRehab). */
  readonly vanity: boolean;
}

/** A figure grouped in thousands (skipped), or a run of digit groups joined by phone separators. */
const TOKEN =
  /(?<grouped>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?![.\d]))|(?<run>[+(]*\d+(?:[ \u00a0.\-\u2010\u2011()+]{1,3}\d+)*)/g;
/** A parenthesis that does not wrap a three-digit area code ends a run: "357 (2022" is two numbers. */
const STRAY_PARENTHESIS = /\((?!\d{3}\))|(?<!\(\d{3})\)/;
const VANITY =
  /(?<![\p{L}\p{N}])(?:1[-.])?\(?(8(?:00|33|44|55|66|77|88))\)?[-.]([A-Za-z0-9]{3}[-.]?[A-Za-z0-9]{4})(?![\p{L}\p{N}])/gu;
const KEYPAD: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ 2: 'abc', 3: 'def', 4: 'ghi', 5: 'jkl', 6: 'mno', 7: 'pqrs', 8: 'tuv', 9: 'wxyz' }).flatMap(
    ([digit, letters]) => [...letters].map((l) => [l, digit]),
  ),
);

/** Digit positions where a group may end, by total length (NANP: 1 | 3 | 3 | 4). */
const SPLITS: Readonly<Record<number, readonly number[]>> = { 7: [3], 10: [3, 6], 11: [1, 4, 7] };

function boundaries(groups: readonly string[]): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const g of groups.slice(0, -1)) {
    at += g.length;
    ends.push(at);
  }
  return ends;
}

/** The normalised digits of a run when its groups form a phone number, else null. */
function phoneDigits(groups: readonly string[]): string | null {
  const all = groups.join('');
  const allowed = SPLITS[all.length];
  if (!allowed) return null;
  if (!boundaries(groups).every((b) => allowed.includes(b))) return null;
  if (all.length === 11) return all.startsWith('1') && /^[2-9]\d{2}[2-9]/.test(all.slice(1)) ? all.slice(1) : null;
  if (all.length === 10) return /^[2-9]\d{2}[2-9]/.test(all) ? all : null;
  return /^[2-9]/.test(all) ? all : null;
}

/**
 * The phone number a run starts with, trying shorter prefixes so "1-800-464-9555 1161"
 * (number, then extension) is still found.
 */
function leadingPhone(groups: readonly string[]): string | null {
  for (let n = groups.length; n >= 1; n--) {
    const digits = phoneDigits(groups.slice(0, n));
    if (digits) return digits;
  }
  return null;
}

/**
 * Every phone-like number in a text, vanity numbers included. Money ("$2500000") is skipped.
 * @example findPhoneNumbers('Call (508) 854-3320 or 1-877-MyRehab.').map((m) => m.digits) // ['5088543320', '8776973422']
 * @example findPhoneNumbers('In 2017 2018 and on 2017-11-10, ZIP 01608-1234.') // []
 */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  for (const m of text.matchAll(VANITY)) {
    const [raw, area = '', rest = ''] = m;
    if (!/[A-Za-z]/.test(rest)) continue;
    const digits = area + [...rest.replace(/[-.]/g, '')].map((c) => KEYPAD[c.toLowerCase()] ?? c).join('');
    found.push({ raw, digits, vanity: true });
  }
  for (const m of text.matchAll(TOKEN)) {
    const run = m.groups?.['run'];
    if (run === undefined) continue;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    if (/\$\s?$/.test(before)) continue;
    for (const raw of run.split(STRAY_PARENTHESIS)) {
      const groups = raw.split(/\D+/).filter((g) => g.length > 0);
      if (groups.join('').length < 7) continue;
      const digits = leadingPhone(groups);
      if (digits) found.push({ raw: raw.trim(), digits, vanity: false });
    }
  }
  return found;
}

/**
 * Phone numbers in a link target. `tel:` and `sms:` links are read in full. In web addresses a bare
 * run of digits is a page id, not a number anyone dials, so only formatted numbers (with separators) count.
 * @example findPhoneNumbersInHref('tel:+18004649555,1161').map((m) => m.digits) // ['8004649555']
 * @example findPhoneNumbersInHref('https://news.example/2025/02/12/3025096/') // []
 */
export function findPhoneNumbersInHref(href: string): PhoneMatch[] {
  let value = href.trim();
  try {
    value = decodeURIComponent(value);
  } catch {
    // A malformed escape: scan the text as written.
  }
  if (/^https?:/i.test(value)) return findPhoneNumbers(value).filter((m) => m.vanity || /\D/.test(m.raw));
  return findPhoneNumbers(value.replace(/^[a-z][a-z0-9+.-]*:/i, ''));
}

/**
 * The set of numbers a page may show: each number found in the given data values (10 digits),
 * plus its last 7 digits so a number written without its area code also matches.
 * @example allowedNumbers(['+18003667732']).has('3667732') // true
 */
export function allowedNumbers(values: Iterable<string>): Set<string> {
  const allowed = new Set<string>();
  for (const value of values) {
    for (const m of findPhoneNumbers(value)) {
      allowed.add(m.digits);
      if (m.digits.length === 10) allowed.add(m.digits.slice(3));
    }
  }
  return allowed;
}

/** Data keys whose values are numbers that must never ship; their values are not allowed numbers. */
const FORBIDDEN_KEY = /unverified|do_not_publish/i;

/**
 * Every string value in parsed YAML data, skipping values under keys that mark numbers as unverified.
 * @example dataStrings({ phone: '+15085550100', phone_unverified_do_not_publish: '(508) 555-0199' }) // ['+15085550100']
 */
export function dataStrings(data: unknown): string[] {
  if (typeof data === 'string') return [data];
  if (Array.isArray(data)) return data.flatMap(dataStrings);
  if (data !== null && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => (FORBIDDEN_KEY.test(key) ? [] : dataStrings(value)));
  }
  return [];
}

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
]);

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references Astro writes (named basics and numeric).
 * @example decodeEntities('1&#x2d;800 &amp; more') // '1-800 & more'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The text of an HTML document as a reader gets it, hidden parts included (closed <details>,
 * hidden hints): inline tags join their text, other tags break lines, scripts and styles are dropped.
 * Attribute texts that assistive technology reads (aria-label, title, alt) are added on their own lines.
 * @example htmlToText('<p>Call <span>1-800</span>-366-7732</p><td>2017</td><td>83</td>') // '\nCall 1-800-366-7732\n\n2017\n\n83\n'
 */
export function htmlToText(html: string): string {
  const withoutCode = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, '\n')
    .replace(/<!--[\s\S]*?-->/g, '');
  const attributes = [...withoutCode.matchAll(/\s(?:aria-label|title|alt)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  const text = withoutCode.replace(/<\/?([a-z][a-z0-9-]*)\b[^>]*>/gi, (_, tag: string) =>
    INLINE_TAGS.has(tag.toLowerCase()) ? '' : '\n',
  );
  return decodeEntities([text, ...attributes].join('\n'));
}

/**
 * Every href value in an HTML document, decoded.
 * @example hrefsOf('<a href="tel:+18003667732">x</a>') // ['tel:+18003667732']
 */
export function hrefsOf(html: string): string[] {
  return [...html.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)].map((m) =>
    decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''),
  );
}

/** A phone-like number on a page that the data files do not contain. */
export interface UnknownNumber {
  readonly where: 'text' | 'href';
  readonly raw: string;
  readonly digits: string;
}

/**
 * The phone-like numbers in an HTML document (its text and its hrefs) that are not allowed.
 * @example unknownNumbers('<p>Call 508-555-0199</p>', new Set()) // [{ where: 'text', raw: '508-555-0199', digits: '5085550199' }]
 */
export function unknownNumbers(html: string, allowed: ReadonlySet<string>): UnknownNumber[] {
  const fromText = findPhoneNumbers(htmlToText(html)).map((m) => ({ where: 'text' as const, ...m }));
  const fromHrefs = hrefsOf(html).flatMap((h) =>
    findPhoneNumbersInHref(h).map((m) => ({ where: 'href' as const, ...m })),
  );
  return [...fromText, ...fromHrefs]
    .filter((m) => !allowed.has(m.digits))
    .map(({ where, raw, digits }) => ({ where, raw, digits }));
}
