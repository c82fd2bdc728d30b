/**
 * Distances between sites on the ground: the haversine great-circle distance on WGS-84 latitude
 * and longitude, and each site's nearest neighbours. Pure.
 */
import { around } from "geokdbush";
import KDBush from "kdbush";

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
 * The `k` nearest other points of every point, nearest first (ties keep input order), with
 * distances by `haversineKm`. Candidates come from a k-d tree (geokdbush, Vladimir Agafonkin's
 * great-circle search over kdbush): measuring every pair took minutes for the 35,000 sites of the
 * national sample. The tree finds the k-th nearest; every point within that distance (and a
 * hair more, for the two formulas' rounding) is then measured here and sorted, so the result is
 * the same as measuring every pair.
 */
export function nearestNeighbours(points: readonly LatLon[], k: number): Neighbour[][] {
  if (points.length === 0 || k <= 0) return points.map(() => []);
  const tree = new KDBush(points.length);
  for (const point of points) tree.add(point.lon, point.lat);
  tree.finish();
  return points.map((point, i) => {
    const others = (j: number) => j !== i;
    const nearestK = around(tree, point.lon, point.lat, k, Infinity, others);
    if (nearestK.length === 0) return [];
    const reach = haversineKm(point, points[nearestK.at(-1)!]!) * (1 + 1e-9) + 1e-9;
    return around(tree, point.lon, point.lat, Infinity, reach, others)
      .map((index) => ({ index, km: haversineKm(point, points[index]!) }))
      .sort((a, b) => a.km - b.km || a.index - b.index)
      .slice(0, k);
  });
}
