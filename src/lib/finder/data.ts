import { contentDir, loadHotlines, loadSources } from '../contentFiles';
import { haversineMiles, type LatLon } from './distance';
import type { FinderListing } from './filter';
import { massachusettsZips, readZipCodes, townCentroids, type ZipRecord } from './centroids';
import { readServiceFiles, type ServiceData, type ServiceSchemaContext, type ServiceListing } from './schema';

/** The town the site serves: listings and towns are ordered by distance from its centre without a ZIP code. */
export const HOME_TOWN = 'Worcester';

/**
 * What listing files are checked against: sources, help lines, Massachusetts towns and ZIP codes.
 * @example serviceContext('content').towns.has('Worcester') // true
 */
export function serviceContext(
  dir = contentDir(),
  codes: Readonly<Record<string, ZipRecord>> = readZipCodes(),
): ServiceSchemaContext {
  const zips = massachusettsZips(codes);
  return {
    sources: new Map(loadSources(dir).map((s) => [s.id, { confidence: s.confidence }])),
    hotlineIds: new Set(loadHotlines(dir).map((h) => h.id)),
    towns: new Set(zips.map((z) => z.city)),
    zips: new Set(zips.map((z) => z.zip)),
  };
}

/**
 * Reads and validates every listing in content/services/.
 * @example loadServices().map((l) => l.id)
 */
export function loadServices(dir = contentDir()): ServiceListing[] {
  return readServiceFiles(`${dir}/services`, serviceContext(dir));
}

/** Place data the listings are placed with; built once per build. */
export interface Geography {
  readonly towns: ReadonlyMap<string, LatLon>;
  readonly zips: ReadonlyMap<string, LatLon>;
  /** Centre of HOME_TOWN. */
  readonly home: LatLon;
}

/**
 * Town and ZIP centres from the ZIP code package.
 * @example geography().home // Worcester's centre
 */
export function geography(codes: Readonly<Record<string, ZipRecord>> = readZipCodes()): Geography {
  const towns = townCentroids(codes);
  const zips = new Map(massachusettsZips(codes).map((r) => [r.zip, { lat: r.latitude, lon: r.longitude }]));
  const home = towns.get(HOME_TOWN);
  if (!home) throw new Error(`The ZIP code table has no town named ${HOME_TOWN}`);
  return { towns, zips, home };
}

/**
 * The small record the browser filters. The point is the centre of the listing's confirmed ZIP
 * code; unconfirmed places and places without one use the town centre and count as approximate.
 * @example toFinderListing(adcare, geo).approximate // false
 */
export function toFinderListing(listing: ServiceData & { id: string }, geo: Geography): FinderListing {
  const zipPoint = listing.zip && listing.status === 'open' ? geo.zips.get(listing.zip.code) : undefined;
  const townPoint = geo.towns.get(listing.town);
  const point = zipPoint ?? townPoint;
  if (!point) throw new Error(`Listing "${listing.id}": no centre for town "${listing.town}"`);
  return {
    id: listing.id,
    name: listing.name,
    status: listing.status,
    services: listing.services,
    medications: listing.medications,
    payment: listing.payment,
    walkIn: listing.walkIn,
    point: { lat: point.lat, lon: point.lon },
    approximate: zipPoint === undefined,
  };
}

/**
 * The towns of a set of listings, nearest to the home town first, each with its listings by name.
 * @example groupByTown(listings, geo)[0].town // 'Worcester'
 */
export function groupByTown<T extends Pick<ServiceData, 'town' | 'name'>>(
  listings: readonly T[],
  geo: Geography,
): { town: string; listings: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const l of listings) groups.set(l.town, [...(groups.get(l.town) ?? []), l]);
  const miles = (town: string) => {
    const p = geo.towns.get(town);
    return p ? haversineMiles(geo.home, p) : Number.POSITIVE_INFINITY;
  };
  return [...groups.entries()]
    .sort(([a], [b]) => miles(a) - miles(b) || a.localeCompare(b))
    .map(([town, items]) => ({ town, listings: items.sort((a, b) => a.name.localeCompare(b.name, 'en')) }));
}
