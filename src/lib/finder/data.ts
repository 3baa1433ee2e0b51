import { contentDir, loadHotlines, loadSources } from '../contentFiles';
import { buildDate, worcesterDay, type PartialDate } from '../dates';
import { ATTRIBUTE_PATHS, attributeEvidence, type AttributeEvidence, type AttributePath } from './evidence';
import { deriveStatus, earliestDay, type AdmittingEvidence, type DerivedStatus } from './status';
import { haversineMiles, type LatLon } from './distance';
import type { FinderListing } from './filter';
import { massachusettsZips, readZipCodes, townCentroids, type ZipRecord } from './centroids';
import { readServiceFiles, type ServiceData, type ServiceSchemaContext, type ServiceListing } from './schema';
import { ATTRIBUTE_GROUPS, type AttributeGroup, type TriState } from './taxonomy';

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
    sources: new Map(loadSources(dir).map((s) => [s.id, { confidence: s.confidence, published: s.published }])),
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

/** A listing with everything the build derives from its dated sources. */
export interface DerivedListing extends ServiceData {
  readonly id: string;
  /** Status, what it rests on, and whether to call first. */
  readonly derived: DerivedStatus;
  /** Evidence for each attribute that is yes or no. */
  readonly evidence: ReadonlyMap<AttributePath, AttributeEvidence>;
  /** The newest date among the listing's sources, or null when none is dated. */
  readonly newestSource: PartialDate | null;
}

/**
 * Derives status and per-attribute evidence from a validated listing, its sources' dates and the
 * build date. Pure: the same inputs always give the same listing.
 * @param published publication date of each source id (null when undated)
 * @param build the build date (`SOURCE_DATE_EPOCH`)
 * @example deriveListing(adcare, dates, new Date('2026-11-30')).derived.status // 'unconfirmed'
 */
export function deriveListing(
  listing: ServiceData & { id: string },
  published: ReadonlyMap<string, PartialDate | null>,
  build: Date,
): DerivedListing {
  const dateOf = (id: string) => published.get(id) ?? null;
  const admitting: AdmittingEvidence[] = [];
  for (const s of listing.sources) {
    const date = dateOf(s.id);
    if (s.admitting !== null && date !== null) admitting.push({ basis: s.id, date, admitting: s.admitting === 'yes' });
  }
  if (listing.lastVerified) admitting.push({ basis: 'phone call', date: listing.lastVerified.date, admitting: true });
  const citations = listing.sources.map((s) => ({ ...s, published: dateOf(s.id) }));
  const evidence = new Map<AttributePath, AttributeEvidence>();
  for (const path of ATTRIBUTE_PATHS) {
    const e = attributeEvidence(path, valueOf(listing, path), citations, build);
    if (e) evidence.set(path, e);
  }
  const dates = citations.map((c) => c.published).filter((d): d is PartialDate => d !== null);
  const newestSource = dates.sort((a, b) => earliestDay(b).getTime() - earliestDay(a).getTime())[0] ?? null;
  return { ...listing, derived: deriveStatus(admitting, build), evidence, newestSource };
}

/** The value of an attribute path in a listing. */
function valueOf(listing: ServiceData, path: AttributePath): TriState {
  if (path === 'walkIn') return listing.walkIn;
  const [group, slug] = path.split('.') as [AttributeGroup, string];
  return (listing[group] as Readonly<Record<string, TriState>>)[slug] ?? 'unknown';
}

let cached: { key: string; listings: DerivedListing[] } | null = null;

/**
 * Every listing in content/services/, validated and derived against the build date. Read once per
 * build (per content folder and build date).
 * @example loadDerivedListings().filter((l) => l.derived.status === 'open')
 */
export function loadDerivedListings(dir = contentDir(), build: Date = buildDate(process.env)): DerivedListing[] {
  // Windows are counted in Worcester days: a build at 1 a.m. UTC on 1 December is still 30 November there.
  const day = worcesterDay(build);
  const key = `${dir}\n${day}`;
  if (cached?.key === key) return cached.listings;
  const published = new Map(loadSources(dir).map((s) => [s.id, s.published]));
  const noon = new Date(`${day}T12:00:00Z`);
  const listings = loadServices(dir).map((l) => deriveListing(l, published, noon));
  cached = { key, listings };
  return listings;
}

/**
 * The small record the browser filters. The point is the listing's own sourced point, else the centre
 * of its confirmed ZIP code, else its town centre (then `approximate`). Attribute values are the
 * effective ones: a value sources disagree about counts as unknown.
 * @example toFinderListing(adcare, geo).approximate // false
 */
export function toFinderListing(listing: DerivedListing, geo: Geography): FinderListing {
  const zipPoint = listing.zip ? geo.zips.get(listing.zip.code) : undefined;
  const ownPoint = listing.point ? { lat: listing.point.lat, lon: listing.point.lon } : undefined;
  const townPoint = geo.towns.get(listing.town);
  const point = ownPoint ?? zipPoint ?? townPoint;
  if (!point) throw new Error(`Listing "${listing.id}": no centre for town "${listing.town}"`);
  const effective = <G extends AttributeGroup>(group: G) =>
    Object.fromEntries(
      ATTRIBUTE_GROUPS[group].map((slug) => [slug, listing.evidence.get(`${group}.${slug}`)?.effective ?? 'unknown']),
    ) as FinderListing[G];
  return {
    id: listing.id,
    name: listing.name,
    town: listing.town,
    status: listing.derived.status,
    services: effective('services'),
    medications: effective('medications'),
    payment: effective('payment'),
    walkIn: listing.evidence.get('walkIn')?.effective ?? 'unknown',
    point: { lat: point.lat, lon: point.lon },
    approximate: ownPoint === undefined && zipPoint === undefined,
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
