import { createRequire } from 'node:module';
import { medianPoint, type LatLon } from './distance';

/** One row of the `zipcodes` package's table. */
export interface ZipRecord {
  readonly zip: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly city: string;
  readonly state: string;
}

/** Massachusetts ZIP codes and town centres, as served at /data/ma-zip-centroids.json. */
export interface CentroidTable {
  /** Where the numbers come from, for anyone reading the file. */
  readonly source: string;
  /** Postal town names, each once; `zips` refers to them by index. */
  readonly towns: readonly string[];
  /** ZIP code to [latitude, longitude] of its centre (4 decimals, about 11 m) and the index of its town. */
  readonly zips: Readonly<Record<string, readonly [number, number, number]>>;
}

/** Massachusetts ZIP codes run from 01001 to 02791. */
export const MA_ZIP = /^0(1\d|2[0-7])\d{2}$/;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Reads the maintained `zipcodes` package (US Postal Service ZIP centres). Build time only.
 * @example readZipCodes()['01608']?.city // 'Worcester'
 */
export function readZipCodes(): Readonly<Record<string, ZipRecord>> {
  const require = createRequire(import.meta.url);
  const pkg = require('zipcodes') as { codes: Record<string, ZipRecord> };
  return pkg.codes;
}

/**
 * The installed version of the `zipcodes` package, named in the served table.
 * @example zipCodesVersion() // '8.0.0'
 */
export function zipCodesVersion(): string {
  const require = createRequire(import.meta.url);
  return (require('zipcodes/package.json') as { version: string }).version;
}

/**
 * The Massachusetts part of a ZIP table, sorted by ZIP code.
 * @example massachusettsZips({ '01608': worcester, '03301': concordNH }).map((r) => r.zip) // ['01608']
 */
export function massachusettsZips(codes: Readonly<Record<string, ZipRecord>>): ZipRecord[] {
  return Object.values(codes)
    .filter((r) => r.state === 'MA' && MA_ZIP.test(r.zip))
    .sort((a, b) => a.zip.localeCompare(b.zip));
}

/**
 * The table the browser downloads to turn a typed ZIP code into a point. It holds every
 * Massachusetts ZIP code, so fetching it reveals nothing about which one was typed.
 * The town lets the finder say "in Worcester" when a place's only known point is its town centre.
 * @example centroidTable(readZipCodes()).zips['01608'] // [42.2624, -71.8003, <index of 'Worcester'>]
 */
export function centroidTable(codes: Readonly<Record<string, ZipRecord>>, packageVersion = ''): CentroidTable {
  const rows = massachusettsZips(codes);
  const towns = [...new Set(rows.map((r) => r.city))].sort();
  const index = new Map(towns.map((t, i) => [t, i]));
  const zips: Record<string, readonly [number, number, number]> = {};
  for (const r of rows) zips[r.zip] = [round4(r.latitude), round4(r.longitude), index.get(r.city) ?? -1];
  return {
    source: `ZIP code centres from the zipcodes package${packageVersion ? ` ${packageVersion}` : ''} (US Postal Service data), Massachusetts only`,
    towns,
    zips,
  };
}

/**
 * Town centres: for each Massachusetts postal town, the median of its ZIP code centres.
 * Keys are the town names as the Postal Service writes them ("Worcester", "Westborough").
 * @example townCentroids(readZipCodes()).get('Worcester') // { lat: 42.2626, lon: -71.8023 }
 */
export function townCentroids(codes: Readonly<Record<string, ZipRecord>>): Map<string, LatLon> {
  const byTown = new Map<string, LatLon[]>();
  for (const r of massachusettsZips(codes)) {
    const list = byTown.get(r.city) ?? [];
    list.push({ lat: r.latitude, lon: r.longitude });
    byTown.set(r.city, list);
  }
  const out = new Map<string, LatLon>();
  for (const [town, points] of byTown) {
    const p = medianPoint(points);
    out.set(town, { lat: round4(p.lat), lon: round4(p.lon) });
  }
  return out;
}
