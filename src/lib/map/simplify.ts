/**
 * County boundaries thinned for the map: Douglas–Peucker on every ring with a tolerance scaled to
 * the whole map's extent, so a city's map keeps its detail and a national one stays light. The
 * published `geo/counties.geojson` keeps every vertex; this is only what the map draws.
 */
import type { MultiPolygon, Polygon, Position } from "geojson";
import { boundingBox, type CountyBoundaries, type CountyFeature } from "../geo/boundaries.ts";

function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [px, py] = p as [number, number];
  const [ax, ay] = a as [number, number];
  const [bx, by] = b as [number, number];
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The points of a line kept by Douglas–Peucker at `tolerance` (same units as the points); ends always kept. */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  // An explicit stack: national boundaries have rings of thousands of points.
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i]!, points[first]!, points[last]!);
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest !== -1) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * A closed ring thinned at `tolerance`, rounded to `decimals`; null when too little is left to
 * enclose anything (fewer than four positions), so tiny islands and slivers drop out.
 */
export function simplifyRing(
  ring: readonly Position[],
  tolerance: number,
  decimals: number,
): Position[] | null {
  const factor = 10 ** decimals;
  const kept = simplifyLine(ring, tolerance).map(
    ([x, y]) => [Math.round(x! * factor) / factor, Math.round(y! * factor) / factor] as Position,
  );
  const unique = kept.filter((p, i) => i === 0 || p[0] !== kept[i - 1]![0] || p[1] !== kept[i - 1]![1]);
  return unique.length >= 4 ? unique : null;
}

function simplifyGeometry(
  geometry: Polygon | MultiPolygon,
  tolerance: number,
  decimals: number,
): MultiPolygon {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  const simplified: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const ring = outer ? simplifyRing(outer, tolerance, decimals) : null;
    if (!ring) continue;
    const keptHoles = holes.map((hole) => simplifyRing(hole, tolerance, decimals)).filter((h) => h !== null);
    simplified.push([ring, ...keptHoles]);
  }
  // A county always keeps a shape: when every polygon was too small, keep the largest as it was.
  if (simplified.length === 0 && polygons[0]?.[0]) simplified.push([polygons[0][0]]);
  return { type: "MultiPolygon", coordinates: simplified };
}

/**
 * The boundaries thinned for drawing: tolerance is `fraction` of the larger side of the whole
 * extent (1/3000: about 70 m for Shiyan, near its ~100 m source grid; under a kilometre for a national map);
 * coordinates keep enough decimals for that tolerance.
 */
export function simplifyBoundaries(boundaries: CountyBoundaries, fraction = 1 / 3000): CountyBoundaries {
  const extent: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of boundaries.features) {
    const box = boundingBox(feature.geometry);
    extent[0] = Math.min(extent[0], box[0]);
    extent[1] = Math.min(extent[1], box[1]);
    extent[2] = Math.max(extent[2], box[2]);
    extent[3] = Math.max(extent[3], box[3]);
  }
  const side = Math.max(extent[2] - extent[0], extent[3] - extent[1], 0);
  const tolerance = side * fraction;
  const decimals = tolerance > 0 ? Math.min(5, Math.max(2, Math.ceil(-Math.log10(tolerance)) + 1)) : 5;
  return {
    type: "FeatureCollection",
    features: boundaries.features.map<CountyFeature>((feature) => ({
      type: "Feature",
      id: feature.id,
      properties: {
        name: feature.properties.name,
        ...(feature.properties.name_en ? { name_en: feature.properties.name_en } : {}),
      },
      geometry: simplifyGeometry(feature.geometry, tolerance, decimals),
    })),
  };
}
