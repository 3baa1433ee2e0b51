import { describe, expect, it } from 'vitest';
import { geography, loadDerivedListings, toFinderListing } from '../../src/lib/finder/data';
import { factSheet } from '../../src/lib/finder/facts';
import { filterListings } from '../../src/lib/finder/filter';
import { SERVICE_SLUGS } from '../../src/lib/finder/taxonomy';

// The real listings, derived as a build on 30 November 2026 would derive them.
const BUILD = new Date('2026-11-30T12:00:00Z');
const listings = loadDerivedListings('content', BUILD);
const geo = geography();
const records = listings.map((l) => toFinderListing(l, geo));
const byId = (id: string) => {
  const found = listings.find((l) => l.id === id);
  if (!found) throw new Error(`no listing ${id}`);
  return found;
};
const origin01604 = () => {
  const p = geo.zips.get('01604');
  if (!p) throw new Error('01604 missing');
  return { point: p, town: 'Worcester' };
};

describe('the real listings, derived', () => {
  it('say Community Healthlink is not admitting new patients, from its dated sources', () => {
    const chl = byId('community-healthlink-queen-street');
    expect(chl.derived.status).toBe('not-admitting');
    expect(chl.derived.callFirst).toBe(true);
  });

  it('call no place open without a source from the last 24 months or a call', () => {
    for (const l of listings) {
      if (l.derived.status !== 'open') continue;
      const basis = l.derived.basis;
      expect(basis, l.id).not.toBeNull();
      expect(new Date(`${basis!.date.padEnd(10, '-01').slice(0, 10)}T00:00:00Z`) >= new Date('2024-11-30'), l.id).toBe(
        true,
      );
    }
  });

  it('never show a not-admitting place among the detox matches near 01604', () => {
    const result = filterListings(records, { service: 'detox' }, origin01604(), geo.home);
    const shown = [...result.confirmed, ...result.unknown].map((r) => r.listing.id);
    expect(shown).not.toContain('community-healthlink-queen-street');
    expect(result.confirmed.length).toBeGreaterThan(0);
  });

  it('show fewer confirmed places for every kind of care than for "any"', () => {
    const any = filterListings(records, {}, null, geo.home).confirmed.length;
    for (const service of SERVICE_SLUGS) {
      expect(filterListings(records, { service }, null, geo.home).confirmed.length, service).toBeLessThan(any);
    }
  });

  it('show only the van as a confirmed mobile unit', () => {
    const result = filterListings(records, { service: 'mobile-van' }, null, geo.home);
    expect(result.confirmed.map((r) => r.listing.id)).toEqual(['spectrum-mobile-unit']);
  });

  it('never count a planned service as a yes', () => {
    expect(byId('spectrum-main-south').services.outpatient).toBe('unknown');
    expect(byId('spectrum-millbury').services.medication).toBe('unknown');
    expect(byId('spectrum-southbridge').services.outpatient).toBe('unknown');
  });

  it('say "in Worcester" instead of a number for Worcester places known only by the town centre', () => {
    const result = filterListings(records, { service: 'outpatient' }, origin01604(), geo.home);
    const lincoln = result.confirmed.find((r) => r.listing.id === 'spectrum-lincoln-street');
    expect(lincoln?.sameTown).toBe(true);
  });

  it('show the year of each confirmed fact and flag the old ones', () => {
    const sheet = factSheet(byId('spectrum-westborough-campus'), 'en');
    const walkIn = sheet.rows.find((r) => r.row === 'walkIn');
    expect(walkIn?.lines).toEqual([{ kind: 'yes', paths: ['walkIn'], year: 2017, callToCheck: true }]);
  });

  it('show where sources disagree instead of picking one', () => {
    const sheet = factSheet(byId('spectrum-rapid-access-worcester'), 'en');
    expect(sheet.rows.find((r) => r.row === 'walkIn')?.lines).toEqual([
      { kind: 'disputed', paths: ['walkIn'], years: [2021, 2022] },
    ]);
    expect(toFinderListing(byId('spectrum-rapid-access-worcester'), geo).walkIn).toBe('unknown');
  });

  it('collect what nobody published into one line', () => {
    expect(factSheet(byId('spectrum-merrick-street'), 'en').notPublished).toEqual([
      'services',
      'medications',
      'payment',
      'walkIn',
      'hours',
      'ages',
      'languages',
    ]);
  });
});
