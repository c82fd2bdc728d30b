/**
 * County boundaries (WGS-84 GeoJSON, one feature per county with `id` = GB/T 2260 code) and the
 * point-in-polygon questions the validator, the generator and the map ask of them.
 */
import { booleanPointInPolygon } from "@turf/boolean-point-in-polygon";
import type { Feature, MultiPolygon, Polygon } from "geojson";

/** What a county feature carries besides its shape. */
export interface CountyProperties {
  name: string;
  name_en?: string;
  /** The county seat (the source's label point), `[lon, lat]` in WGS-84, where known. */
  seat?: [number, number];
}

/** One county's boundary; `id` is its six-digit county code. */
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties> & { id: string };

/** County boundaries as published in `data/geo/counties.geojson`. */
export interface CountyBoundaries {
  type: "FeatureCollection";
  features: CountyFeature[];
}

/** A bounding box `[west, south, east, north]` in degrees. */
export type BBox = [number, number, number, number];

/** The smallest box holding every vertex of a polygon or multipolygon. */
export function boundingBox(geometry: Polygon | MultiPolygon): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (const [lon, lat] of ring) {
        if (lon === undefined || lat === undefined) continue;
        if (lon < box[0]) box[0] = lon;
        if (lat < box[1]) box[1] = lat;
        if (lon > box[2]) box[2] = lon;
        if (lat > box[3]) box[3] = lat;
      }
    }
  }
  return box;
}

interface Indexed {
  byCode: Map<string, { feature: CountyFeature; box: BBox }>;
  all: { feature: CountyFeature; box: BBox }[];
}

// Boundaries are read once and asked about thousands of sites; the boxes are computed once per
// collection and forgotten with it.
const indexes = new WeakMap<CountyBoundaries, Indexed>();

function indexOf(boundaries: CountyBoundaries): Indexed {
  const known = indexes.get(boundaries);
  if (known) return known;
  const all = boundaries.features.map((feature) => ({ feature, box: boundingBox(feature.geometry) }));
  const index: Indexed = { all, byCode: new Map(all.map((entry) => [entry.feature.id, entry])) };
  indexes.set(boundaries, index);
  return index;
}

function inBox(box: BBox, lon: number, lat: number): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/** True when the WGS-84 point lies inside (or on the edge of) the county's boundary; false for an unknown county. */
export function isInsideCounty(
  countyCode: string,
  lon: number,
  lat: number,
  boundaries: CountyBoundaries,
): boolean {
  const entry = indexOf(boundaries).byCode.get(countyCode);
  if (!entry || !inBox(entry.box, lon, lat)) return false;
  return booleanPointInPolygon([lon, lat], entry.feature);
}

/** Codes of every county whose boundary holds the point, in the collection's order (normally one). */
export function countiesContaining(lon: number, lat: number, boundaries: CountyBoundaries): string[] {
  return indexOf(boundaries)
    .all.filter((entry) => inBox(entry.box, lon, lat) && booleanPointInPolygon([lon, lat], entry.feature))
    .map((entry) => entry.feature.id);
}

/** The code of the county whose boundary holds the point, or null when none does. */
export function countyContaining(lon: number, lat: number, boundaries: CountyBoundaries): string | null {
  for (const entry of indexOf(boundaries).all) {
    if (inBox(entry.box, lon, lat) && booleanPointInPolygon([lon, lat], entry.feature)) {
      return entry.feature.id;
    }
  }
  return null;
}

/** The bounding box of one county, or null for an unknown county. */
export function countyBox(countyCode: string, boundaries: CountyBoundaries): BBox | null {
  return indexOf(boundaries).byCode.get(countyCode)?.box ?? null;
}

/** Boundaries as GeoJSON text with one feature a line: diffable, and no bigger than it needs to be. */
export function boundariesText(boundaries: CountyBoundaries): string {
  return `{"type":"FeatureCollection","features":[\n${boundaries.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}

/** The validator's question: is the point inside the county (null when no boundary is known for it)? */
export function insideCountyOf(
  boundaries: CountyBoundaries,
): (countyCode: string, lon: number, lat: number) => boolean | null {
  return (county, lon, lat) =>
    countyBox(county, boundaries) === null ? null : isInsideCounty(county, lon, lat, boundaries);
}
