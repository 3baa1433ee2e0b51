/** A point on the map in decimal degrees. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Mean radius of the Earth in statute miles (IUGG value, 6,371.0088 km). */
export const EARTH_RADIUS_MILES = 3958.7613;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Straight-line ("as the crow flies") distance in miles between two points, by the haversine formula.
 * Road distance is longer; the finder says "about".
 * @example Math.round(haversineMiles({ lat: 42.2626, lon: -71.8023 }, { lat: 42.3601, lon: -71.0589 })) // 38 (Worcester to Boston)
 */
export function haversineMiles(a: LatLon, b: LatLon): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Rounds a distance for display: one decimal under 10 miles, whole miles above.
 * @example roundMiles(3.14159) // 3.1
 * @example roundMiles(38.4) // 38
 */
export function roundMiles(miles: number): number {
  return miles < 10 ? Math.round(miles * 10) / 10 : Math.round(miles);
}

/**
 * The middle of a set of points: the median latitude and the median longitude, so that one
 * far-off point (a post-office-box ZIP code placed elsewhere) does not pull a town's centre away.
 * @example medianPoint([{ lat: 1, lon: 1 }, { lat: 2, lon: 2 }, { lat: 9, lon: 9 }]) // { lat: 2, lon: 2 }
 */
export function medianPoint(points: readonly LatLon[]): LatLon {
  if (points.length === 0) throw new Error('medianPoint needs at least one point');
  const median = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  return { lat: median(points.map((p) => p.lat)), lon: median(points.map((p) => p.lon)) };
}
