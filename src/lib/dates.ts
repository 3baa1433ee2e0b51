/**
 * Every date this site shows or emits is a Worcester date: a calendar day in Worcester, Massachusetts,
 * whatever the build machine's time zone and time of day. Date-only values from sources stay plain dates;
 * instants (the build time) become the Worcester day they fall on; feeds, which need an instant, get noon
 * in Worcester on that day. Every page, feed, download and test uses this module for dates.
 */

/** Worcester's time zone (IANA). */
export const WORCESTER_TIME_ZONE = 'America/New_York';

/** A date as sources give it: a year, a year and month, or a full date (`2017`, `2017-11`, `2017-11-10`). */
export type PartialDate = string;

const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * True for `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD` date.
 * @example isPartialDate('2024-06') // true
 */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  if (m[3] === undefined) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === value;
}

/**
 * Formats a partial date in a locale. A date-only value is a plain calendar date: it is read and printed
 * with UTC as a neutral zone, so no build machine's zone (New York, Auckland) shifts it by a day.
 * @example formatPartialDate('2017-11-10', 'en-US') // 'November 10, 2017'
 * @example formatPartialDate('2024-06', 'pt-BR') // 'junho de 2024'
 */
export function formatPartialDate(value: PartialDate, intl: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m || !isPartialDate(value)) throw new Error(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${value}"`);
  const [, y, mo, d] = m;
  if (mo === undefined) return new Intl.NumberFormat(intl, { useGrouping: false }).format(Number(y));
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)));
  const options: Intl.DateTimeFormatOptions =
    d === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(intl, options).format(date);
}

/**
 * The build date: `SOURCE_DATE_EPOCH` (seconds) when set, so builds and tests can pin it; otherwise now.
 * @example buildDate({ SOURCE_DATE_EPOCH: '1700000000' }).toISOString() // '2023-11-14T22:13:20.000Z'
 */
export function buildDate(env: Readonly<Record<string, string | undefined>>, now: () => Date = () => new Date()): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch === undefined || epoch === '') return now();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, received "${epoch}"`);
  return new Date(Number(epoch) * 1000);
}

/**
 * The Worcester calendar date (`YYYY-MM-DD`) of an instant: 03:00 UTC on 28 November is still 27 November
 * in Worcester. Daylight saving time follows the IANA rules for America/New_York.
 * @example worcesterDay(new Date('2026-11-28T03:00:00Z')) // '2026-11-27'
 * @example worcesterDay(new Date('2026-11-28T05:00:00Z')) // '2026-11-28'
 */
export function worcesterDay(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: WORCESTER_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Minutes Worcester is ahead of UTC at an instant (-300 in winter, -240 in summer). */
function worcesterOffsetMinutes(instant: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: WORCESTER_TIME_ZONE, timeZoneName: 'longOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/**
 * The instant a feed gives for a Worcester date: noon in Worcester that day (17:00 UTC in winter, 16:00 UTC
 * in summer), so readers from Hawaii to Brazil, and in Worcester, see the same day the page shows. Feeds
 * need an instant (RSS 2.0 `pubDate`, RFC 822); a midnight UTC instant reads as the day before in Worcester.
 * Throws on anything but a real `YYYY-MM-DD`.
 * @example feedInstant('2017-11-10').toUTCString() // 'Fri, 10 Nov 2017 17:00:00 GMT'
 */
export function feedInstant(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isPartialDate(day)) {
    throw new Error(`A feed date needs a full date (YYYY-MM-DD), received "${day}"`);
  }
  const noonUtc = new Date(`${day}T12:00:00Z`);
  return new Date(noonUtc.getTime() - worcesterOffsetMinutes(noonUtc) * 60_000);
}

/**
 * The full date a news item is dated by in feeds, structured data and lists: the original's own date when
 * it states a full one, otherwise the day this site first listed the item (never no date at all).
 * @example datedBy('2017-11-10', '2026-11-27') // '2017-11-10'
 * @example datedBy(null, '2026-11-27') // '2026-11-27'
 */
export function datedBy(published: PartialDate | null, listed: string): string {
  return published !== null && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : listed;
}

/**
 * A partial date with a short month name, for narrow table columns ("Sep 2017", "set. de 2017").
 * Date-only values are printed as the plain dates they are, as formatPartialDate does.
 * @example formatShortDate('2017-09', 'en-US') // 'Sep 2017'
 */
export function formatShortDate(value: PartialDate, intl: string): string {
  const m = PARTIAL_DATE.exec(value);
  if (!m || !isPartialDate(value)) throw new Error(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${value}"`);
  const [, y, mo, d] = m;
  if (mo === undefined) return formatPartialDate(value, intl);
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)));
  return new Intl.DateTimeFormat(intl, {
    year: 'numeric',
    month: 'short',
    ...(d === undefined ? {} : { day: 'numeric' }),
    timeZone: 'UTC',
  }).format(date);
}
