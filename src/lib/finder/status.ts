import { type PartialDate } from '../dates';

/**
 * A listing's status, derived at build time from dated sources and phone calls; no file sets it.
 * - `open`: a source dated within STATUS_WINDOW_MONTHS of the build shows the place treating people,
 *   or a person confirmed it by phone in that window.
 * - `unconfirmed`: nothing that recent; "call before you go".
 * - `not-admitting`: the newest source that speaks of it says the place stopped taking new patients
 *   or closed. Never a match in the finder.
 */
export type ListingStatus = 'open' | 'unconfirmed' | 'not-admitting';

/** How recent a source or call must be for "open" (DESIGN.md §6: "a source from the last 24 months"). */
export const STATUS_WINDOW_MONTHS = 24;

/** One dated statement about whether a place was taking new patients. */
export interface AdmittingEvidence {
  /** Source id, or `phone call` for a verification call. */
  readonly basis: string;
  /** When the statement was true: the source's publication date or the day of the call. */
  readonly date: PartialDate;
  /** True: open and treating people; false: stopped admitting or closed. */
  readonly admitting: boolean;
}

/** The derived status with what it rests on. */
export interface DerivedStatus {
  readonly status: ListingStatus;
  /** The evidence the status rests on (the newest statement), or null when no source speaks of it. */
  readonly basis: AdmittingEvidence | null;
  /** True when the page must say "call before you go": every status but a recent "open". */
  readonly callFirst: boolean;
}

/**
 * The first day a partial date can mean (`2024` → 1 January 2024), in UTC. Using the earliest day
 * means a source dated only by year never looks more recent than it may be.
 * @example earliestDay('2024-11').toISOString() // '2024-11-01T00:00:00.000Z'
 */
export function earliestDay(date: PartialDate): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/**
 * The day `months` calendar months before `build` (UTC), clamped to the month's last day.
 * @example monthsBefore(new Date('2026-11-30T12:00:00Z'), 24).toISOString() // '2024-11-30T00:00:00.000Z'
 */
export function monthsBefore(build: Date, months: number): Date {
  const y = build.getUTCFullYear();
  const m = build.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(build.getUTCDate(), lastDay)));
}

/**
 * Derives a listing's status from dated statements about whether it was admitting.
 * The newest statement decides (on the same day, "not admitting" wins); "open" also needs that
 * statement to be on or after the day STATUS_WINDOW_MONTHS before the build.
 * @param evidence statements from sources (each with the source's date) and from phone calls
 * @param build the build date (`SOURCE_DATE_EPOCH`), see `buildDate` in src/lib/dates.ts
 * @example deriveStatus([{ basis: 'a', date: '2023-06-28', admitting: false }], new Date()).status // 'not-admitting'
 * @example deriveStatus([{ basis: 'b', date: '2019', admitting: true }], new Date('2026-11-30')).status // 'unconfirmed'
 */
export function deriveStatus(evidence: readonly AdmittingEvidence[], build: Date): DerivedStatus {
  let newest: AdmittingEvidence | null = null;
  for (const e of evidence) {
    if (newest === null) {
      newest = e;
      continue;
    }
    const diff = earliestDay(e.date).getTime() - earliestDay(newest.date).getTime();
    if (diff > 0 || (diff === 0 && !e.admitting)) newest = e;
  }
  if (newest === null) return { status: 'unconfirmed', basis: null, callFirst: true };
  if (!newest.admitting) return { status: 'not-admitting', basis: newest, callFirst: true };
  const recent = earliestDay(newest.date) >= monthsBefore(build, STATUS_WINDOW_MONTHS);
  return recent
    ? { status: 'open', basis: newest, callFirst: false }
    : { status: 'unconfirmed', basis: newest, callFirst: true };
}
