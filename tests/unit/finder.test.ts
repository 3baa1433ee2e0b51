import { describe, expect, it } from 'vitest';
import {
  checkState,
  RESULTS_WINDOW,
  createFilter,
  filterListings,
  hasCriteria,
  matchListing,
  rankListings,
  shownCounts,
  type FinderListing,
} from '../../src/lib/finder/filter';
import { MEDICATION_SLUGS, PAYMENT_SLUGS, SERVICE_SLUGS, type TriState } from '../../src/lib/finder/taxonomy';

const WORCESTER = { lat: 42.2626, lon: -71.8023 };
/** An origin at a point, in a town (a ZIP code's) or in none (the device's location). */
const at = (point: { lat: number; lon: number }, town: string | null = null) => ({ point, town });
const all = <T extends string>(slugs: readonly T[]) =>
  Object.fromEntries(slugs.map((s) => [s, 'unknown'])) as Record<T, TriState>;

/** A listing with every attribute unknown, then the given changes. */
const listing = (id: string, changes: Partial<Omit<FinderListing, 'id'>> = {}): FinderListing => ({
  id,
  name: id,
  town: 'Worcester',
  status: 'open',
  services: all(SERVICE_SLUGS),
  medications: all(MEDICATION_SLUGS),
  payment: all(PAYMENT_SLUGS),
  walkIn: 'unknown',
  point: WORCESTER,
  approximate: true,
  ...changes,
});

const detoxYes = listing('detox-yes', { services: { ...all(SERVICE_SLUGS), detox: 'yes' } });
const detoxNo = listing('detox-no', { services: { ...all(SERVICE_SLUGS), detox: 'no' } });
const detoxUnknown = listing('detox-unknown');

describe('matchListing', () => {
  it('answers yes when a source confirms every choice', () => {
    expect(matchListing(detoxYes, { service: 'detox' })).toBe('yes');
  });

  it('answers no when a source rules out any choice', () => {
    expect(matchListing(detoxNo, { service: 'detox' })).toBe('no');
  });

  it('answers unknown when no source says', () => {
    expect(matchListing(detoxUnknown, { service: 'detox' })).toBe('unknown');
  });

  it('answers no when one choice is ruled out even if another is confirmed', () => {
    const nerc = listing('nerc', {
      services: { ...all(SERVICE_SLUGS), detox: 'yes' },
      payment: { ...all(PAYMENT_SLUGS), masshealth: 'no' },
    });
    expect(matchListing(nerc, { service: 'detox', payment: 'masshealth' })).toBe('no');
  });

  it('answers unknown when one choice is confirmed and another is not known', () => {
    expect(matchListing(detoxYes, { service: 'detox', payment: 'medicare' })).toBe('unknown');
  });

  it('counts the walk-in choice like any other', () => {
    expect(matchListing(listing('walk', { walkIn: 'no' }), { walkIn: true })).toBe('no');
    expect(matchListing(listing('walk', { walkIn: 'yes' }), { walkIn: true })).toBe('yes');
  });

  it('answers yes to no choices at all', () => {
    expect(matchListing(detoxNo, {})).toBe('yes');
  });
});

describe('filterListings', () => {
  const listings = [detoxUnknown, detoxNo, detoxYes];

  it('puts confirmed matches first and unknowns in their own group', () => {
    const result = filterListings(listings, { service: 'detox' }, null);
    expect(result.confirmed.map((r) => r.listing.id)).toEqual(['detox-yes']);
    expect(result.unknown.map((r) => r.listing.id)).toEqual(['detox-unknown']);
  });

  it('leaves out only the confirmed no', () => {
    expect(filterListings(listings, { service: 'detox' }, null).excluded).toBe(1);
  });

  it('leaves out unknowns too when only confirmed places are wanted', () => {
    const result = filterListings(listings, { service: 'detox', confirmedOnly: true }, null);
    expect(result.unknown).toEqual([]);
    expect(result.excluded).toBe(2);
  });

  it('gives no distance without an origin', () => {
    expect(filterListings(listings, {}, null).confirmed.every((r) => r.miles === null)).toBe(true);
  });

  it('never keeps a place that is not admitting new patients, and never counts it as a match', () => {
    const closed = listing('closed', { status: 'not-admitting', services: { ...all(SERVICE_SLUGS), detox: 'yes' } });
    const result = filterListings([closed, detoxYes], { service: 'detox' }, at(WORCESTER, 'Worcester'));
    expect(result.confirmed.map((r) => r.listing.id)).toEqual(['detox-yes']);
    expect(result.unknown).toEqual([]);
    expect(result.notAdmitting).toBe(1);
    expect(filterListings([closed], {}, at(WORCESTER)).confirmed).toEqual([]);
  });

  it("leaves out places beyond the distance limit, but keeps one known only to be in the reader's town", () => {
    const pittsfield = listing('pittsfield', { town: 'Pittsfield', point: { lat: 42.45, lon: -73.25 } });
    const inTown = listing('in-town', { point: { lat: 42.6, lon: -71.8 } });
    const result = filterListings([pittsfield, inTown], { within: 10 }, at(WORCESTER, 'Worcester'));
    expect(result.confirmed.map((r) => r.listing.id)).toEqual(['in-town']);
    expect(result.excluded).toBe(1);
  });

  it('ignores the distance limit without an origin', () => {
    const pittsfield = listing('pittsfield', { point: { lat: 42.45, lon: -73.25 } });
    expect(filterListings([pittsfield], { within: 10 }, null).confirmed).toHaveLength(1);
  });

  it('can come back empty', () => {
    const result = filterListings([detoxNo], { service: 'detox' }, null);
    expect(result.confirmed.length + result.unknown.length).toBe(0);
  });
});

describe('rankListings', () => {
  const near = listing('b-near', { point: { lat: 42.27, lon: -71.8 } });
  const far = listing('a-far', { point: { lat: 42.45, lon: -73.25 } });
  const nearUnconfirmed = listing('a-near-unconfirmed', { point: { lat: 42.27, lon: -71.8 }, status: 'unconfirmed' });

  it('puts the nearest first and reports miles', () => {
    const ranked = rankListings([far, near], at(WORCESTER));
    expect(ranked.map((r) => r.listing.id)).toEqual(['b-near', 'a-far']);
    expect(ranked[0]!.miles).toBeLessThan(1);
  });

  it('orders by distance from the fallback point without an origin, without reporting miles', () => {
    const ranked = rankListings([far, near], null, WORCESTER);
    expect(ranked.map((r) => r.listing.id)).toEqual(['b-near', 'a-far']);
    expect(ranked[0]!.miles).toBeNull();
  });

  it('puts an open place before an unconfirmed one at the same distance', () => {
    expect(rankListings([nearUnconfirmed, near], at(WORCESTER)).map((r) => r.listing.id)).toEqual([
      'b-near',
      'a-near-unconfirmed',
    ]);
  });

  it('orders by name when nothing else differs', () => {
    expect(rankListings([listing('b'), listing('a')], null).map((r) => r.listing.id)).toEqual(['a', 'b']);
  });
});

describe('sameTown', () => {
  const townCentre = listing('centre', { approximate: true });
  const ownPoint = listing('own-point', { approximate: false });

  it("says a town-centre place is in the reader's town when the ZIP code is there", () => {
    const [row] = rankListings([townCentre], at({ lat: 42.2776, lon: -71.7783 }, 'Worcester'));
    expect(row!.sameTown).toBe(true);
  });

  it('gives a number for a place with its own point, and for a town centre elsewhere', () => {
    expect(rankListings([ownPoint], at(WORCESTER, 'Worcester'))[0]!.sameTown).toBe(false);
    expect(rankListings([townCentre], at(WORCESTER, 'Shrewsbury'))[0]!.sameTown).toBe(false);
    expect(rankListings([townCentre], at(WORCESTER))[0]!.sameTown).toBe(false);
  });
});

describe('createFilter', () => {
  const near = listing('near', {
    point: { lat: 42.27, lon: -71.8 },
    services: { ...all(SERVICE_SLUGS), detox: 'yes' },
  });
  const far = listing('far', { point: { lat: 42.45, lon: -73.25 } });
  const farNo = listing('far-no', {
    point: { lat: 42.45, lon: -73.2 },
    services: { ...all(SERVICE_SLUGS), detox: 'no' },
  });
  const ids = (rows: readonly { listing: FinderListing }[]) => rows.map((r) => r.listing.id);

  it('gives what filterListings gives, change after change', () => {
    const listings = [far, farNo, near, detoxUnknown];
    const filter = createFilter(listings, WORCESTER);
    for (const criteria of [{ service: 'detox' }, {}, { service: 'detox', confirmedOnly: true }] as const) {
      expect(filter(criteria, null)).toEqual(filterListings(listings, criteria, null, WORCESTER));
    }
  });

  it('ranks again when the origin moves', () => {
    const filter = createFilter([near, far], WORCESTER);
    expect(ids(filter({}, null).confirmed)).toEqual(['near', 'far']);
    const pittsfield = at({ lat: 42.45, lon: -73.25 });
    expect(ids(filter({}, pittsfield).confirmed)).toEqual(['far', 'near']);
    expect(filter({}, pittsfield).confirmed[0]!.miles).toBeLessThan(1);
    expect(ids(filter({}, null).confirmed)).toEqual(['near', 'far']);
  });
});

describe('shownCounts', () => {
  const W = RESULTS_WINDOW;

  it('shows a short result whole', () => {
    expect(shownCounts([4, 15], [false, false])).toEqual([4, 15]);
    expect(shownCounts([W, W], [false, false])).toEqual([W, W]);
  });

  it('shows the first places of a long result, confirmed matches first', () => {
    expect(shownCounts([3, 2 * W], [false, false])).toEqual([3, W - 3]);
    expect(shownCounts([5000, 5000], [false, false])).toEqual([W, 0]);
    expect(shownCounts([0, 5000], [false, false])).toEqual([0, W]);
    expect(shownCounts([5000], [false])).toEqual([W]);
  });

  it('shows whole a group the reader opened', () => {
    expect(shownCounts([3, 5000], [false, true])).toEqual([3, 5000]);
    expect(shownCounts([5000, 5000], [true, false])).toEqual([5000, W]);
  });
});

describe('hasCriteria', () => {
  it('is false with no choice and true with any', () => {
    expect(hasCriteria({})).toBe(false);
    expect(hasCriteria({ walkIn: true })).toBe(true);
    expect(hasCriteria({ confirmedOnly: true })).toBe(true);
    expect(hasCriteria({ within: 25 })).toBe(true);
  });
});

describe('checkState', () => {
  const build = new Date('2026-11-27T12:00:00Z');

  it('says never when nobody has called', () => {
    expect(checkState(null, build)).toBe('never');
  });

  it('says recent within 12 months of the build', () => {
    expect(checkState('2025-11-27', build)).toBe('recent');
  });

  it('counts in Worcester days: 3 a.m. UTC on 28 November is still the 27th there', () => {
    expect(checkState('2025-11-27', new Date('2026-11-28T03:00:00Z'))).toBe('recent');
    expect(checkState('2025-11-27', new Date('2026-11-28T06:00:00Z'))).toBe('stale');
  });

  it('says stale when older than 12 months before the build', () => {
    expect(checkState('2025-11-26', build)).toBe('stale');
  });
});
