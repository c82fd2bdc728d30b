/**
 * Distances between sites on the ground: the haversine great-circle distance on WGS-84 latitude
 * and longitude, and each site's nearest neighbours. Pure.
 */

/** A point in WGS-84 degrees. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean Earth radius in km (IUGG), the usual radius for haversine distances. */
export const EARTH_RADIUS_KM = 6371.0088;

const RADIANS = Math.PI / 180;

/** The great-circle distance between two points, in km (haversine formula). */
export function haversineKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** One neighbour of a point: its position in the input list and its distance in km. */
export interface Neighbour {
  index: number;
  km: number;
}

/**
 * The `k` nearest other points of every point, nearest first (ties keep input order). Every pair
 * is measured once, so 2,000 sites take a few million distance sums: milliseconds, once a build.
 */
export function nearestNeighbours(points: readonly LatLon[], k: number): Neighbour[][] {
  const nearest: Neighbour[][] = points.map(() => []);
  const keep = (list: Neighbour[], candidate: Neighbour) => {
    if (list.length === k && list[k - 1]!.km <= candidate.km) return;
    let at = list.length;
    while (at > 0 && list[at - 1]!.km > candidate.km) at--;
    list.splice(at, 0, candidate);
    if (list.length > k) list.pop();
  };
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const km = haversineKm(points[i]!, points[j]!);
      keep(nearest[i]!, { index: j, km });
      keep(nearest[j]!, { index: i, km });
    }
  }
  return nearest;
}
