import { haversineMiles, type LatLon } from './distance';
import type { MedicationSlug, PaymentSlug, ServiceSlug, TriState } from './taxonomy';

/**
 * What the filter needs to know of one listing. Small on purpose: the page embeds one per
 * listing and the browser filters thousands of them per keystroke.
 */
export interface FinderListing {
  readonly id: string;
  readonly name: string;
  readonly status: 'open' | 'unconfirmed';
  readonly services: Readonly<Record<ServiceSlug, TriState>>;
  readonly medications: Readonly<Record<MedicationSlug, TriState>>;
  readonly payment: Readonly<Record<PaymentSlug, TriState>>;
  readonly walkIn: TriState;
  /** Where distance is measured from. */
  readonly point: LatLon;
  /** True when the point is the town centre (no confirmed ZIP code, or status unconfirmed). */
  readonly approximate: boolean;
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
}

/** One listing in the results, with its distance when an origin was given. */
export interface RankedListing {
  readonly listing: FinderListing;
  /** Miles from the origin, or null without one. */
  readonly miles: number | null;
}

export interface FinderResult {
  /** Every choice confirmed yes by a source. */
  readonly confirmed: RankedListing[];
  /** No choice confirmed no, at least one unknown: "call to ask". */
  readonly unknown: RankedListing[];
  /** How many a confirmed "no" (or the confirmed-only switch) left out. */
  readonly excluded: number;
}

/**
 * How one listing answers the criteria: `no` when any choice is confirmed no, `yes` when every
 * choice is confirmed yes, otherwise `unknown`. Only a confirmed no excludes.
 * @example matchListing(adcare, { service: 'detox', payment: 'medicare' }) // 'yes'
 * @example matchListing(nerc, { payment: 'masshealth' }) // 'no'
 */
export function matchListing(listing: FinderListing, criteria: FinderCriteria): TriState {
  let result: TriState = 'yes';
  const answers: TriState[] = [];
  if (criteria.service) answers.push(listing.services[criteria.service]);
  if (criteria.medication) answers.push(listing.medications[criteria.medication]);
  if (criteria.payment) answers.push(listing.payment[criteria.payment]);
  if (criteria.walkIn) answers.push(listing.walkIn);
  for (const answer of answers) {
    if (answer === 'no') return 'no';
    if (answer === 'unknown') result = 'unknown';
  }
  return result;
}

// Plain code-point order: localeCompare is too slow to call thousands of times per keystroke.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Orders listings: nearest first (to the origin, or to `fallbackOrigin` without one), then open
 * before unconfirmed, then by name. Distances are computed once per listing.
 * @example rankListings(listings, { lat: 42.26, lon: -71.80 })[0].listing.id // the nearest
 */
export function rankListings(
  listings: readonly FinderListing[],
  origin: LatLon | null,
  fallbackOrigin: LatLon | null = null,
): RankedListing[] {
  const from = origin ?? fallbackOrigin;
  const rows = listings.map((listing) => {
    const sortMiles = from ? haversineMiles(from, listing.point) : 0;
    return { listing, sortMiles, miles: origin ? sortMiles : null };
  });
  rows.sort(
    (a, b) =>
      a.sortMiles - b.sortMiles ||
      Number(a.listing.status === 'unconfirmed') - Number(b.listing.status === 'unconfirmed') ||
      compareText(a.listing.name, b.listing.name),
  );
  return rows.map(({ listing, miles }) => ({ listing, miles }));
}

/**
 * Filters and ranks: confirmed matches first, then the "unknown, call to ask" group; a
 * confirmed no (or `confirmedOnly` for unknowns) leaves a listing out.
 * @example filterListings(all, { service: 'detox' }, null).confirmed.length
 */
export function filterListings(
  listings: readonly FinderListing[],
  criteria: FinderCriteria,
  origin: LatLon | null,
  fallbackOrigin: LatLon | null = null,
): FinderResult {
  const yes: FinderListing[] = [];
  const maybe: FinderListing[] = [];
  let excluded = 0;
  for (const listing of listings) {
    const answer = matchListing(listing, criteria);
    if (answer === 'yes') yes.push(listing);
    else if (answer === 'unknown' && !criteria.confirmedOnly) maybe.push(listing);
    else excluded += 1;
  }
  return {
    confirmed: rankListings(yes, origin, fallbackOrigin),
    unknown: rankListings(maybe, origin, fallbackOrigin),
    excluded,
  };
}

/**
 * True when no choice is made, so the page shows the whole list by town.
 * @example hasCriteria({}) // false
 * @example hasCriteria({ payment: 'masshealth' }) // true
 */
export function hasCriteria(criteria: FinderCriteria): boolean {
  return Boolean(
    criteria.service || criteria.medication || criteria.payment || criteria.walkIn || criteria.confirmedOnly,
  );
}

/**
 * Whether a listing's last phone check is missing, recent, or older than 12 months before the build.
 * @example checkState('2024-01-15', new Date('2025-02-01')) // 'stale'
 * @example checkState(null, new Date()) // 'never'
 */
export function checkState(lastVerified: string | null, build: Date): 'never' | 'recent' | 'stale' {
  if (lastVerified === null) return 'never';
  const limit = new Date(Date.UTC(build.getUTCFullYear() - 1, build.getUTCMonth(), build.getUTCDate()));
  return new Date(`${lastVerified}T00:00:00Z`) < limit ? 'stale' : 'recent';
}
