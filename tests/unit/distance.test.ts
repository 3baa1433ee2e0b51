import { describe, expect, it } from 'vitest';
import { haversineMiles, medianPoint, roundMiles } from '../../src/lib/finder/distance';
import { centroidTable, readZipCodes, townCentroids } from '../../src/lib/finder/centroids';

const towns = townCentroids(readZipCodes());
const town = (name: string) => {
  const point = towns.get(name);
  if (!point) throw new Error(`no centre for ${name}`);
  return point;
};

describe('haversineMiles', () => {
  it('is zero from a place to itself', () => {
    expect(haversineMiles(town('Worcester'), town('Worcester'))).toBe(0);
  });

  it('measures one degree of latitude as about 69 miles', () => {
    expect(haversineMiles({ lat: 42, lon: -71 }, { lat: 43, lon: -71 })).toBeCloseTo(69.1, 1);
  });

  it('puts Boston about 38 miles from Worcester', () => {
    expect(haversineMiles(town('Worcester'), town('Boston'))).toBeGreaterThan(36);
    expect(haversineMiles(town('Worcester'), town('Boston'))).toBeLessThan(41);
  });

  it('puts Westborough about 10 miles from Worcester', () => {
    expect(haversineMiles(town('Worcester'), town('Westborough'))).toBeGreaterThan(8);
    expect(haversineMiles(town('Worcester'), town('Westborough'))).toBeLessThan(12);
  });

  it('puts Pittsfield about 73 miles from Worcester in a straight line', () => {
    expect(haversineMiles(town('Worcester'), town('Pittsfield'))).toBeGreaterThan(68);
    expect(haversineMiles(town('Worcester'), town('Pittsfield'))).toBeLessThan(78);
  });

  it('is the same in both directions', () => {
    expect(haversineMiles(town('Milford'), town('Saugus'))).toBeCloseTo(
      haversineMiles(town('Saugus'), town('Milford')),
      9,
    );
  });
});

describe('roundMiles', () => {
  it('keeps one decimal under 10 miles and whole miles above', () => {
    expect(roundMiles(3.14159)).toBe(3.1);
    expect(roundMiles(38.4)).toBe(38);
  });
});

describe('medianPoint', () => {
  it('is not pulled away by one far-off point', () => {
    expect(
      medianPoint([
        { lat: 1, lon: 1 },
        { lat: 2, lon: 2 },
        { lat: 9, lon: 9 },
      ]),
    ).toEqual({ lat: 2, lon: 2 });
  });

  it('refuses an empty list', () => {
    expect(() => medianPoint([])).toThrow(/at least one point/);
  });
});

describe('the ZIP code table served to the browser', () => {
  const table = centroidTable(readZipCodes());

  it('holds Massachusetts ZIP codes only', () => {
    const zips = Object.keys(table.zips);
    expect(zips.length).toBeGreaterThan(600);
    expect(zips.every((z) => /^0(1\d|2[0-7])\d{2}$/.test(z))).toBe(true);
    expect(table.zips['03301']).toBeUndefined();
  });

  it('places Worcester ZIP codes in Worcester', () => {
    expect(
      haversineMiles({ lat: table.zips['01608']![0], lon: table.zips['01608']![1] }, town('Worcester')),
    ).toBeLessThan(3);
  });
});
