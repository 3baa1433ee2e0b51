import { worcesterDay } from '../dates';
import { haversineMiles, type LatLon } from './distance';
import type { ListingStatus } from './status';
import type { MedicationSlug, PaymentSlug, ServiceSlug, TriState } from './taxonomy';

/**
 * What the filter needs to know of one listing. Small on purpose: the page embeds one per
 * listing and the browser filters thousands of them per keystroke.
 */
export interface FinderListing {
  readonly id: string;
  readonly name: string;
  /** The postal town, as in the listing file. */
  readonly town: string;
  /** Derived from dated sources (src/lib/finder/status.ts); `not-admitting` is never a match. */
  readonly status: ListingStatus;
  readonly services: Readonly<Record<ServiceSlug, TriState>>;
  readonly medications: Readonly<Record<MedicationSlug, TriState>>;
  readonly payment: Readonly<Record<PaymentSlug, TriState>>;
  readonly walkIn: TriState;
  /** Where distance is measured from. */
  readonly point: LatLon;
  /** True when the point is only the town centre (no sourced point or confirmed ZIP code). */
  readonly approximate: boolean;
}

/**
 * How many places a long result shows before "Show all" buttons: ten cards fill several phone
 * screens, and a result this short re-orders within a frame however many places there are.
 */
export const RESULTS_WINDOW = 10;

/**
 * How many places of each group (in reading order) to show. A short result (two windows or fewer)
 * is shown whole: a button for a few more would only get in the way. A longer one shows its first
 * RESULTS_WINDOW places in all, the earlier groups first, and whole any group the reader opened.
 * @example shownCounts([4, 13], [false, false]) // [4, 13]
 * @example shownCounts([6, 2400], [false, false]) // [6, 4]
 * @example shownCounts([30, 2400], [false, true]) // [10, 2400]
 */
export function shownCounts(totals: readonly number[], expanded: readonly boolean[]): number[] {
  if (totals.reduce((sum, n) => sum + n, 0) <= 2 * RESULTS_WINDOW) return [...totals];
  let left = RESULTS_WINDOW;
  return totals.map((total, i) => {
    if (expanded[i]) return total;
    const shown = Math.min(total, left);
    left -= shown;
    return shown;
  });
}

/** The reader's choices. Anything left out is "any". */
export interface FinderCriteria {
  readonly service?: ServiceSlug | undefined;
  readonly medication?: MedicationSlug | undefined;
  readonly payment?: PaymentSlug | undefined;
  /** Only places with a same-day start or walk-in. */
  readonly walkIn?: boolean | undefined;
  /** Hide places where a choice is unknown. */
  readonly confirmedOnly?: boolean | undefined;
  /** Only places within this many miles of the origin; ignored without an origin. */
  readonly within?: DistanceLimit | undefined;
}

/** The distance limits a reader can choose, in miles. */
export const DISTANCE_LIMITS = [10, 25, 50] as const;
export type DistanceLimit = (typeof DISTANCE_LIMITS)[number];

/** Where distance is measured from: a ZIP code's centre (with its town) or the device's location. */
export interface Origin {
  readonly point: LatLon;
  /** The origin's postal town when known (a ZIP code's town), else null. */
  readonly town: string | null;
}

/** One listing in the results, with its distance when an origin was given. */
export interface RankedListing {
  readonly listing: FinderListing;
  /** Miles from the origin, or null without one. */
  readonly miles: number | null;
  /**
   * True when the listing's point is only its town centre and the origin lies in that town: the
   * distance is unknown, and the page says "in <town>" instead of a number.
   */
  readonly sameTown: boolean;
}

export interface FinderResult {
  /** Every choice confirmed yes by a source. */
  readonly confirmed: RankedListing[];
  /** No choice confirmed no, at least one unknown: "call to ask". */
  readonly unknown: RankedListing[];
  /** How many a confirmed "no", the distance limit or the confirmed-only switch left out. */
  readonly excluded: number;
  /** How many places are not admitting new patients: never a match, never counted as one. */
  readonly notAdmitting: number;
}

/**
 * How one listing answers the criteria: `no` when any choice is confirmed no, `yes` when every
 * choice is confirmed yes, otherwise `unknown`. Only a confirmed no excludes.
 * @example matchListing(adcare, { service: 'detox', payment: 'medicare' }) // 'yes'
 * @example matchListing(nerc, { payment: 'masshealth' }) // 'no'
 */
export function matchListing(listing: FinderListing, criteria: FinderCriteria): TriState {
  // No arrays here: the browser calls this for every listing on every change.
  const service = criteria.service ? listing.services[criteria.service] : 'yes';
  const medication = criteria.medication ? listing.medications[criteria.medication] : 'yes';
  const payment = criteria.payment ? listing.payment[criteria.payment] : 'yes';
  const walkIn = criteria.walkIn ? listing.walkIn : 'yes';
  if (service === 'no' || medication === 'no' || payment === 'no' || walkIn === 'no') return 'no';
  if (service === 'unknown' || medication === 'unknown' || payment === 'unknown' || walkIn === 'unknown') {
    return 'unknown';
  }
  return 'yes';
}

// Plain code-point order: localeCompare is too slow to call thousands of times per keystroke.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders listings: nearest first (to the origin, or to `fallbackOrigin` without one), then open
 * before unconfirmed, then by name. Distances are computed once per listing.
 * @example rankListings(listings, { point: { lat: 42.26, lon: -71.8 }, town: 'Worcester' })[0].listing.id // the nearest
 */
export function rankListings(
  listings: readonly FinderListing[],
  origin: Origin | null,
  fallbackOrigin: LatLon | null = null,
): RankedListing[] {
  const from = origin?.point ?? fallbackOrigin;
  const rows = listings.map((listing) => {
    const sortMiles = from ? haversineMiles(from, listing.point) : 0;
    const sameTown = origin !== null && listing.approximate && origin.town === listing.town;
    return { listing, sortMiles, miles: origin ? sortMiles : null, sameTown };
  });
  rows.sort(
    (a, b) =>
      a.sortMiles - b.sortMiles ||
      Number(a.listing.status !== 'open') - Number(b.listing.status !== 'open') ||
      compareText(a.listing.name, b.listing.name),
  );
  return rows.map(({ listing, miles, sameTown }) => ({ listing, miles, sameTown }));
}

/**
 * Keeps the listings that answer the criteria, in the order given: every choice confirmed yes first,
 * then the "unknown, call to ask" group. A place not admitting new patients is never kept; a confirmed
 * no, a distance over the limit (or `confirmedOnly` for unknowns) leaves a listing out.
 */
function splitByAnswer(rows: readonly RankedListing[], criteria: FinderCriteria): FinderResult {
  const confirmed: RankedListing[] = [];
  const unknown: RankedListing[] = [];
  let excluded = 0;
  let notAdmitting = 0;
  const limit = criteria.within ?? Number.POSITIVE_INFINITY;
  for (const row of rows) {
    if (row.listing.status === 'not-admitting') {
      notAdmitting += 1;
      continue;
    }
    // A place in the reader's own town is within any limit, whatever its town centre's distance.
    if (row.miles !== null && !row.sameTown && row.miles > limit) {
      excluded += 1;
      continue;
    }
    const answer = matchListing(row.listing, criteria);
    if (answer === 'yes') confirmed.push(row);
    else if (answer === 'unknown' && !criteria.confirmedOnly) unknown.push(row);
    else excluded += 1;
  }
  return { confirmed, unknown, excluded, notAdmitting };
}

/**
 * A filter over a fixed set of listings. Filtering keeps the ranked order, so the listings are
 * ranked once per origin and each change of the criteria is a single pass without sorting.
 * @example const filter = createFilter(all, worcester); filter({ service: 'detox' }, null).confirmed
 */
export function createFilter(
  listings: readonly FinderListing[],
  fallbackOrigin: LatLon | null = null,
): (criteria: FinderCriteria, origin: Origin | null) => FinderResult {
  let ranked: { origin: Origin | null; rows: RankedListing[] } | null = null;
  const same = (a: Origin | null, b: Origin | null) =>
    a === b || (a?.point.lat === b?.point.lat && a?.point.lon === b?.point.lon && a?.town === b?.town);
  return (criteria, origin) => {
    if (!ranked || !same(ranked.origin, origin)) {
      ranked = { origin, rows: rankListings(listings, origin, fallbackOrigin) };
    }
    return splitByAnswer(ranked.rows, criteria);
  };
}

/**
 * Filters and ranks in one call (see `createFilter` to filter the same listings repeatedly).
 * @example filterListings(all, { service: 'detox' }, null).confirmed.length
 */
export function filterListings(
  listings: readonly FinderListing[],
  criteria: FinderCriteria,
  origin: Origin | null,
  fallbackOrigin: LatLon | null = null,
): FinderResult {
  return createFilter(listings, fallbackOrigin)(criteria, origin);
}

/**
 * True when no choice is made, so the page shows the whole list by town.
 * @example hasCriteria({}) // false
 * @example hasCriteria({ payment: 'masshealth' }) // true
 */
export function hasCriteria(criteria: FinderCriteria): boolean {
  return Boolean(
    criteria.service ||
    criteria.medication ||
    criteria.payment ||
    criteria.walkIn ||
    criteria.confirmedOnly ||
    criteria.within,
  );
}

/**
 * Whether a listing's last phone check is missing, recent, or older than 12 months before the build,
 * counted in Worcester days (America/New_York).
 * @example checkState('2024-01-15', new Date('2025-02-01T12:00:00Z')) // 'stale'
 * @example checkState(null, new Date()) // 'never'
 */
export function checkState(lastVerified: string | null, build: Date): 'never' | 'recent' | 'stale' {
  if (lastVerified === null) return 'never';
  const [y, m, d] = worcesterDay(build).split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y - 1, m - 1, d));
  return new Date(`${lastVerified}T00:00:00Z`) < limit ? 'stale' : 'recent';
}
