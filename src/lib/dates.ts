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
 * Formats a partial date in a locale. Date-only values are read and printed in
 * UTC, so a build in New York still prints 10 November for 2017-11-10.
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
 * The UTC calendar date (`YYYY-MM-DD`) of an instant.
 * @example isoDay(new Date('2026-11-27T23:30:00-05:00')) // '2026-11-28'
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
